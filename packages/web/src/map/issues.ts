import type { TFunction } from "i18next";
import { ApiFailure } from "../api/client.ts";
import { errorText, reasonText } from "../ui/index.ts";

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
  issues: { path: string; message: string; reason?: string }[],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const field = fieldOfPath(issue.path);
    out[field] ??=
      field === "coords" ? placeMessage(t, issue) : (reasonText(t, issue.reason) ?? t("validation.invalid"));
  }
  return out;
}

/** The domain's and the server's word on a place, in the user's language; an area's corner by its number. */
export function placeMessage(t: TFunction, issue: { path: string; message: string }): string {
  const corner = /coordinates\.0\.(\d+)$/.exec(issue.path);
  if (/outside/i.test(issue.message))
    return corner ? t("map.cornerOutside", { n: Number(corner[1]) + 1 }) : t("map.outside");
  if (/crosses itself/i.test(issue.message)) return t("map.areaCrosses");
  if (/enclose an area/i.test(issue.message)) return t("map.areaFlat");
  if (/at least four positions/i.test(issue.message)) return t("map.areaTooFew");
  return t("validation.invalid");
}

/** What a failed save tells its form: the fields the API named, and the alert above them. */
export function saveFailure(t: TFunction, e: unknown): { fields: Record<string, string>; error: string } {
  const fields = e instanceof ApiFailure ? issueFields(t, e.issues) : {};
  return { fields, error: Object.keys(fields).length ? t("common.fixErrors") : errorText(t, e) };
}
