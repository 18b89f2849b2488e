/**
 * Retention (GDPR art. 5(1)(e), storage limitation): a municipality anonymises a closed case N
 * months after closure. Anonymisation keeps the coded fields statistics need (gender, age band,
 * citizenship, forms of exploitation) and removes everything that identifies the person.
 */

export interface RetentionPolicy {
  monthsAfterClosure: number;
}

export const defaultRetentionPolicy: RetentionPolicy = { monthsAfterClosure: 36 };

export interface RetentionCandidate {
  caseId: string;
  caseCode: string;
  status: string;
  closedOn: string | null;
  anonymised: boolean;
}

export interface RetentionDecision {
  caseId: string;
  caseCode: string;
  closedOn: string;
  dueOn: string;
}

/** Adds whole months to a calendar date, clamping to the month's last day (31 Jan + 1 = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = total % 12;
  const last = new Date(Date.UTC(ny, nm + 1, 0)).getUTCDate();
  const day = Math.min(d, last);
  return `${String(ny).padStart(4, "0")}-${String(nm + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The closed, not yet anonymised cases whose retention period has run out by `asOf`. */
export function casesDueForAnonymisation(
  candidates: readonly RetentionCandidate[],
  policy: RetentionPolicy,
  asOf: string,
): RetentionDecision[] {
  const due: RetentionDecision[] = [];
  for (const c of candidates) {
    if (c.anonymised || c.status !== "closed" || !c.closedOn) continue;
    const dueOn = addMonths(c.closedOn, policy.monthsAfterClosure);
    if (dueOn <= asOf) due.push({ caseId: c.caseId, caseCode: c.caseCode, closedOn: c.closedOn, dueOn });
  }
  return due.sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0));
}
