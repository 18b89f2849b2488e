import type { common } from "@ariadne/domain";
import type { TFunction } from "i18next";
import { z } from "zod";

export type Checked<T> = { ok: true; data: T } | { ok: false; fields: Record<string, string> };

interface IssueLike {
  code: string;
  path: PropertyKey[];
  origin?: string;
  expected?: string;
  minimum?: unknown;
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

/** What a number field allows, read from its schema: a bound beyond the safe integers is no bound. */
export interface NumberRule {
  min: number | null;
  max: number | null;
  whole: boolean;
}

/** The schemas that only wrap another, whose field is that other's field. */
const wrappers = [
  z.ZodOptional,
  z.ZodNullable,
  z.ZodDefault,
  z.ZodPrefault,
  z.ZodNonOptional,
  z.ZodReadonly,
  z.ZodCatch,
  z.ZodLazy,
] as const;
const isWrapper = (schema: z.core.$ZodType): schema is InstanceType<(typeof wrappers)[number]> =>
  wrappers.some((wrapper) => schema instanceof wrapper);

/**
 * The number rule of the field at `path` in `schema`, if that field is a number: so that an error
 * says the whole allowed range ("a number from −90 to 90"), not only the bound an issue names.
 */
export function numberRuleAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): NumberRule | null {
  if (isWrapper(schema)) return numberRuleAt(schema.unwrap(), path);
  // A pipe (a codec, a transform's source) is typed at its input: the value the user gave.
  if (schema instanceof z.ZodPipe) return numberRuleAt(schema.in, path);
  if (schema instanceof z.ZodUnion || schema instanceof z.ZodXor) {
    for (const option of schema.options) {
      const rule = numberRuleAt(option, path);
      if (rule) return rule;
    }
    return null;
  }
  if (path.length === 0) return schema instanceof z.ZodNumber ? numberRule(schema) : null;
  const [head, ...rest] = path;
  if (schema instanceof z.ZodObject) {
    const key = String(head);
    return Object.hasOwn(schema.shape, key) ? numberRuleAt(schema.shape[key], rest) : null;
  }
  if (schema instanceof z.ZodArray) return numberRuleAt(schema.element, rest);
  if (schema instanceof z.ZodRecord) return numberRuleAt(schema.valueType, rest);
  if (schema instanceof z.ZodTuple) {
    // A tuple has no accessor of its own for its items; its public `def` names them.
    const item = schema.def.items[Number(head)] ?? schema.def.rest;
    return item ? numberRuleAt(item, rest) : null;
  }
  return null;
}

/** The integer formats of zod's numbers (`z.int()`, `.int()`, `z.int32()`, `z.uint32()`). */
const wholeFormats: ReadonlySet<string> = new Set<z.core.$ZodNumberFormats>(["safeint", "int32", "uint32"]);

/** A number schema's rule: a bound beyond the safe integers (`z.int()`'s own) or infinite is no bound. */
function numberRule(schema: z.ZodNumber): NumberRule {
  const bound = (x: number | null) => (x !== null && Math.abs(x) < Number.MAX_SAFE_INTEGER ? x : null);
  // zod deprecates `isInt` for `format`; unlike `isInt`, it does not take `.multipleOf(1)` for whole,
  // which no schema of ours uses (a whole number is `.int()` or `z.int()`).
  return {
    min: bound(schema.minValue),
    max: bound(schema.maxValue),
    whole: schema.format !== null && wholeFormats.has(schema.format),
  };
}

/** What a number field allows, in a sentence: "A whole number, 0 or more.", "A number from −90 to 90." */
export function numberText(t: TFunction, rule: NumberRule): string {
  const kind = rule.whole ? "whole" : "number";
  if (rule.min !== null && rule.max !== null)
    return t(`validation.${kind}Range`, { min: rule.min, max: rule.max });
  if (rule.min !== null) return t(`validation.${kind}AtLeast`, { min: rule.min });
  if (rule.max !== null) return t(`validation.${kind}AtMost`, { max: rule.max });
  return t(rule.whole ? "validation.wholeNumber" : "validation.number");
}

function valueAt(values: unknown, path: readonly PropertyKey[]): unknown {
  let value = values;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

const isEmpty = (value: unknown) =>
  value === undefined || value === null || (typeof value === "string" && value.trim() === "");

const numberCodes = new Set(["invalid_type", "too_big", "too_small", "not_multiple_of"]);

function messageFor(
  t: TFunction,
  field: string,
  issue: IssueLike,
  value: unknown,
  rule: NumberRule | null,
): string {
  // A record of nothing is refused at an empty field (a case's pseudonym) with what the least is,
  // which "fill in this field" would not say; other reasons (a date's format) follow emptiness.
  if (issue.code === "custom" && issue.params?.reason === "case_minimum") return t(reasonKeys.case_minimum);
  if (isEmpty(value)) return t("validation.required");
  // A number field says what it allows, whichever way the value missed (not a number, a fraction,
  // beyond a bound); a fraction where only whole numbers go is said as such. A refinement's own
  // issue (`custom`) is about something else, as that one year must not come after another.
  if (rule && numberCodes.has(issue.code)) {
    if (typeof value === "number" && Number.isFinite(value) && rule.whole && !Number.isInteger(value))
      return t("validation.wholeNumber");
    return numberText(t, rule);
  }
  switch (issue.code) {
    case "too_big":
      if (issue.origin === "array" || issue.origin === "set")
        return t("validation.tooMany", { max: Number(issue.maximum) });
      return t("validation.tooLong", { max: Number(issue.maximum) });
    case "too_small":
      if (issue.origin === "array" || issue.origin === "set")
        return Number(issue.minimum) === 1
          ? t("validation.chooseOne")
          : t("validation.chooseAtLeast", { min: Number(issue.minimum) });
      if (issue.origin === "string") return t("validation.tooShort", { min: Number(issue.minimum) });
      return t("validation.invalid");
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

export interface CheckOptions {
  /**
   * The input an issue belongs to, by the issue's path, for a form whose inputs are not the
   * schema's top-level fields (a point typed as latitude and longitude, a count for each group):
   * the key of `fields` the form shows under that input. By default the path's first name.
   */
  fieldOf?: (path: readonly PropertyKey[]) => string;
  /** A field's rule in the form's own words ("Choose at least one target group."), said for any issue of it. */
  wording?: Record<string, string>;
}

/**
 * Checks a form's values with the same zod schema the API uses, before sending, so the user gets
 * field errors in their own language; the server still checks everything again.
 */
export function checkForm<S extends z.ZodType>(
  schema: S,
  values: Record<string, unknown>,
  t: TFunction,
  options: CheckOptions = {},
): Checked<z.infer<S>> {
  const parsed = schema.safeParse(values);
  if (parsed.success) return { ok: true, data: parsed.data };
  const fields: Record<string, string> = {};
  for (const issue of parsed.error.issues as IssueLike[]) {
    const field = options.fieldOf?.(issue.path) ?? String(issue.path[0] ?? "_form");
    fields[field] ??=
      options.wording?.[field] ??
      messageFor(t, field, issue, valueAt(values, issue.path), numberRuleAt(schema, issue.path));
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
