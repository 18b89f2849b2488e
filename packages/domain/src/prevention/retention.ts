/**
 * How long prevention keeps its records (issue 15, point 5). GDPR art. 5(1)(e) (storage
 * limitation): a report of concern is a signal, kept two years so a pattern at one place can still
 * be seen; an outreach visit is the evidence of the local map and the action plan's follow-up, kept
 * five years (the plan's usual cycle). A campaign's material files (leaflets, posters) are kept
 * a year after the campaign ended, long enough to reprint or report on it; the deployment sets
 * another span with ARIADNE_MATERIAL_RETENTION_MONTHS. A municipality with another rule changes these numbers.
 */
export const preventionRetention = {
  concernMonths: 24,
  visitMonths: 60,
  materialMonthsAfterEnd: 12,
} as const;

/** The first day still kept: records dated before it are removed, as of `asOf` (YYYY-MM-DD). */
export function retentionCutoff(asOf: string, months: number): string {
  const [y, m, d] = asOf.split("-").map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
}
