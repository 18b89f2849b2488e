import type { common } from "@ariadne/domain";
import type { TFunction } from "i18next";
import type { z } from "zod";

export type Checked<T> = { ok: true; data: T } | { ok: false; fields: Record<string, string> };

interface IssueLike {
  code: string;
  path: PropertyKey[];
  maximum?: unknown;
  format?: string;
  params?: { reason?: unknown };
}

/** The translation of why the shared text and date types refuse a value (`common.InputReason`). */
const reasonKeys: Record<common.InputReason, string> = {
  control_characters: "validation.controlCharacters",
  line_breaks: "validation.lineBreaks",
  date_format: "validation.date",
  date_range: "validation.dateRange",
  case_minimum: "validation.caseMinimum",
};

/** The user's-language sentence for a reason the domain or the API gave, if it is one we know. */
export function reasonText(t: TFunction, reason: unknown): string | undefined {
  return typeof reason === "string" && reason in reasonKeys
    ? t(reasonKeys[reason as common.InputReason])
    : undefined;
}

function messageFor(t: TFunction, field: string, issue: IssueLike, value: unknown): string {
  if (value === undefined || value === null || (typeof value === "string" && value.trim() === "")) {
    return t("validation.required");
  }
  switch (issue.code) {
    case "too_big":
      return t("validation.tooLong", { max: Number(issue.maximum) });
    case "invalid_format":
      if (issue.format === "email") return t("validation.email");
      if (issue.format === "regex") return t(field === "totp" ? "validation.totp" : "validation.format");
      return t("validation.choose");
    case "invalid_value":
      return t("validation.choose");
    case "custom":
      return reasonText(t, issue.params?.reason) ?? t("validation.invalid");
    default:
      return t("validation.invalid");
  }
}

/**
 * Checks a form's values with the same zod schema the API uses, before sending, so the user gets
 * field errors in their own language; the server still checks everything again.
 */
export function checkForm<S extends z.ZodType>(
  schema: S,
  values: Record<string, unknown>,
  t: TFunction,
): Checked<z.infer<S>> {
  const parsed = schema.safeParse(values);
  if (parsed.success) return { ok: true, data: parsed.data };
  const fields: Record<string, string> = {};
  for (const issue of parsed.error.issues as IssueLike[]) {
    const field = String(issue.path[0] ?? "_form");
    fields[field] ??= messageFor(t, field, issue, values[field]);
  }
  return { ok: false, fields };
}

/**
 * The field errors still standing once the values may have changed: `shown` were set when the check
 * gave `basis`; `now` is the check of the values as they are. A field the check still faults shows
 * its current message; a field the check faulted and no longer does was fixed and is cleared; an
 * error the check could not see (the server's) stays until that field's value changes.
 */
export function standingErrors(
  shown: Record<string, string>,
  basis: Checked<unknown>,
  now: Checked<unknown>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, message] of Object.entries(shown)) {
    const current = now.ok ? undefined : now.fields[field];
    if (current !== undefined) {
      out[field] = current;
      continue;
    }
    const wasLocal = !basis.ok && basis.fields[field] !== undefined;
    if (wasLocal) continue;
    if (basis.ok && now.ok && !sameValue(fieldOf(basis.data, field), fieldOf(now.data, field))) continue;
    out[field] = message;
  }
  return out;
}

function fieldOf(data: unknown, field: string): unknown {
  return data !== null && typeof data === "object" ? (data as Record<string, unknown>)[field] : undefined;
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}
