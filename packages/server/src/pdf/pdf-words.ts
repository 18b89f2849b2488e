/**
 * Dates and coded values as a PDF or an export prints them: the unambiguous long form of a date
 * ("4 December 2026", "4. joulukuuta 2026") and a language's or country's name in the reader's
 * language (`Intl.DisplayNames`), never the code alone. Moments are dated in UTC: the server does not
 * know the reader's time zone, and a printed day must not depend on where the server runs.
 */

const calendarDate = /^(\d{4})-(\d{2})-(\d{2})$/;

function dateLocale(lang: string): string {
  return lang.toLowerCase().startsWith("en") ? "en-GB" : lang;
}

/** "4 December 2026" (en), "4. joulukuuta 2026" (fi), "4 december 2026" (sv); "" for nothing. */
export function longDate(value: string | Date | null | undefined, lang: string): string {
  if (value === null || value === undefined || value === "") return "";
  let date: Date;
  if (value instanceof Date) date = value;
  else {
    const day = calendarDate.exec(value);
    date = day ? new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]))) : new Date(value);
  }
  if (Number.isNaN(date.getTime())) return String(value);
  return new Intl.DateTimeFormat(dateLocale(lang), { dateStyle: "long", timeZone: "UTC" }).format(date);
}

function displayName(type: "language" | "region", code: string, lang: string): string {
  try {
    return new Intl.DisplayNames([lang], { type, fallback: "code" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** An ISO 639 code by its name in the reader's language: "uk" → "Ukrainian", "ukraina", "ukrainska". */
export function languageName(code: string, lang: string): string {
  return displayName("language", code, lang);
}

/** An ISO 3166-1 code by its name in the reader's language: "UA" → "Ukraine", "Ukraina", "Ukraina". */
export function countryName(code: string, lang: string): string {
  return displayName("region", code.toUpperCase(), lang);
}
