import { retentionCutoff } from "../prevention/index.ts";

/**
 * How long a completion (attendance at a session, or self-study) is kept: it names a person, so
 * GDPR art. 5(1)(e) (storage limitation) limits it to what coverage and the certificate need. It
 * stays while it can still count as training: five years (the action plan's usual cycle, as for
 * outreach visits), or the course's refresher interval and a year's grace when that is longer.
 */
export const trainingRetention = { minimumMonths: 60, graceMonths: 12 } as const;

/** Months a completion of a course with this refresher interval is kept. */
export function completionRetentionMonths(refresherMonths: number): number {
  return Math.max(trainingRetention.minimumMonths, refresherMonths + trainingRetention.graceMonths);
}

/** The first completion day still kept for a course, as of `asOf` (YYYY-MM-DD). */
export function completionCutoff(asOf: string, refresherMonths: number): string {
  return retentionCutoff(asOf, completionRetentionMonths(refresherMonths));
}
