import type { TFunction } from "i18next";

/** A field of our forms for an issue path of the API (`body.details.geometry.coordinates` → `coords`). */
export function fieldOfPath(path: string): string {
  const p = path.replace(/^body\.?/, "");
  if (p.startsWith("details.geometry")) return "coords";
  if (p.startsWith("source.date")) return "sourceDate";
  if (p.startsWith("source.kind")) return "sourceKind";
  if (p.startsWith("source.reference")) return "sourceReference";
  if (p.startsWith("details.forms")) return "form";
  if (p.startsWith("details.")) return p.split(".")[1] ?? "_form";
  if (p.startsWith("ratings.")) return p.split(".")[1] ?? "_form";
  return p.split(".")[0] || "_form";
}

/** Field errors of our forms from the API's issues, in the user's language. */
export function issueFields(
  t: TFunction,
  issues: { path: string; message: string }[],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const field = fieldOfPath(issue.path);
    out[field] ??=
      field === "coords" && /outside/i.test(issue.message) ? t("map.outside") : t("validation.invalid");
  }
  return out;
}
