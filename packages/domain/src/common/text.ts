import { z } from "zod";

/**
 * Plain text we store must not carry control characters: PostgreSQL refuses the NUL byte in text
 * (the request would end in a 500), and the others are invisible, break exports (CSV, PDF) and can
 * hide content from a reviewer. Tabs and line breaks are allowed where a field is multi-line.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters we refuse
const singleLineControl = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters we refuse
const multiLineControl = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/;

/** Why a text or date is refused, carried in the issue's `params.reason` so the web app can translate it. */
export type InputReason =
  | "control_characters"
  | "line_breaks"
  | "date_format"
  | "date_range"
  /** A new record without the least it needs (a case of nothing: `cases.caseHasMinimum`). */
  | "case_minimum";

const refused = (reason: InputReason, message: string) => ({ message, params: { reason } });

/**
 * A stored single-line text (a name, a title): trimmed, at most `max` characters, no control
 * characters, no line breaks or tabs. Chain `.min(1)` where the field is required.
 * `trim: false` keeps the value as typed (a password).
 */
export function singleLineText(max: number, options: { trim?: boolean } = {}) {
  const base = options.trim === false ? z.string() : z.string().trim();
  return base
    .max(max)
    .refine(
      (s) => !/[\t\n\r]/.test(s),
      refused("line_breaks", "must be a single line (no line breaks or tabs)"),
    )
    .refine(
      (s) => !singleLineControl.test(s.replace(/[\t\n\r]/g, "")),
      refused("control_characters", "must not contain control characters"),
    );
}

/** A stored multi-line text (a note, a description): trimmed, at most `max` characters; tabs and line breaks allowed, other control characters not. */
export function multiLineText(max: number) {
  return z
    .string()
    .trim()
    .max(max)
    .refine(
      (s) => !multiLineControl.test(s),
      refused("control_characters", "must not contain control characters"),
    );
}

/** The years a stored date may fall in: PostgreSQL takes far more, but a year 0 or 9999 is a typo. */
export const dateYears = { min: 1900, max: 2200 } as const;

function calendarParts(s: string): [number, number, number] | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(2000, mo - 1, d));
  date.setUTCFullYear(y);
  const real = date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
  return real ? [y, mo, d] : null;
}

/** True for a real calendar date written YYYY-MM-DD (2026-02-29 is not one). */
export function isCalendarDate(s: string): boolean {
  return calendarParts(s) !== null;
}

const inYears = (year: number) => year >= dateYears.min && year <= dateYears.max;

/** A calendar date YYYY-MM-DD, a real one, in the years 1900–2200 (ISO 8601 calendar date). */
export const CalendarDate = z
  .string()
  .refine(isCalendarDate, {
    ...refused("date_format", "must be a real calendar date YYYY-MM-DD"),
    abort: true,
  })
  .refine(
    (s) => inYears(Number(s.slice(0, 4))),
    refused("date_range", `must be a date in the years ${dateYears.min}–${dateYears.max}`),
  )
  .meta({ format: "date" });

/** An instant with its offset (ISO 8601, `2026-11-01T10:00:00Z`), in the years 1900–2200. */
export const DateTime = z.iso
  .datetime({ offset: true })
  .refine(
    (s) => inYears(Number(s.slice(0, 4))),
    refused("date_range", `must be a time in the years ${dateYears.min}–${dateYears.max}`),
  );
