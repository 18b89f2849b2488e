/**
 * Every date and time on screen goes through here, in the reader's language (`Intl.DateTimeFormat`).
 * A calendar date (`YYYY-MM-DD`: a deadline, a date of birth) is a day, not a moment: it is shown as
 * that day wherever the reader is. A moment (an ISO timestamp) is shown in the reader's time zone.
 */

/** English as written in Europe (4 Dec 2026), not in the US order (12/4/2026). */
export function dateLocale(lang: string): string {
  return lang.toLowerCase().startsWith("en") ? "en-GB" : lang;
}

const calendarDate = /^(\d{4})-(\d{2})-(\d{2})$/;

type DateValue = string | Date | null | undefined;

function parse(value: DateValue): { date: Date; calendar: boolean } | null {
  if (value === null || value === undefined || value === "") return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : { date: value, calendar: false };
  const day = calendarDate.exec(value);
  if (day)
    return { date: new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]))), calendar: true };
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : { date, calendar: false };
}

function format(
  value: DateValue,
  lang: string,
  options: Intl.DateTimeFormatOptions,
  timeZone?: string,
): string {
  const parsed = parse(value);
  if (!parsed) return typeof value === "string" && value ? value : "—";
  const zone = parsed.calendar ? "UTC" : timeZone;
  return new Intl.DateTimeFormat(dateLocale(lang), {
    ...options,
    ...(zone ? { timeZone: zone } : {}),
  }).format(parsed.date);
}

/** The day an instant fell on where the reader is, as `YYYY-MM-DD` (a date field's value; not UTC's day). */
export function localDayOf(instant: Date | string): string {
  const d = new Date(instant);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Today's date where the reader is, as `YYYY-MM-DD` (a date field's value; not UTC's today). */
export function localToday(): string {
  return localDayOf(new Date());
}

/** A day: "4 Dec 2026", "4.12.2026", "4 dec. 2026". */
export function formatDate(value: DateValue, lang: string, timeZone?: string): string {
  return format(value, lang, { dateStyle: "medium" }, timeZone);
}

/** A moment: "4 Dec 2026, 14:05", "4.12.2026 klo 14.05", "4 dec. 2026 14:05". */
export function formatDateTime(value: DateValue, lang: string, timeZone?: string): string {
  const parsed = parse(value);
  if (parsed?.calendar) return formatDate(value, lang);
  return format(value, lang, { dateStyle: "medium", timeStyle: "short" }, timeZone);
}

/** A time of day: "14:05", "14.05". */
export function formatTime(value: DateValue, lang: string, timeZone?: string): string {
  return format(value, lang, { timeStyle: "short" }, timeZone);
}

/** The unambiguous long form for exports and print: "4 December 2026", "4. joulukuuta 2026". */
export function formatLongDate(value: DateValue, lang: string, timeZone?: string): string {
  return format(value, lang, { dateStyle: "long" }, timeZone);
}

/** A moment to the second, where the order of events matters (the audit trail). */
export function formatPreciseDateTime(value: DateValue, lang: string, timeZone?: string): string {
  return format(value, lang, { dateStyle: "medium", timeStyle: "medium" }, timeZone);
}
