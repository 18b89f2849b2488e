/**
 * Overdue referrals (issue 5, item 5): a referral sent and still unanswered when its stage's
 * response time in the scheme of assistance has passed is flagged to the coordinators.
 */
export interface AwaitingReferral {
  id: string;
  status: string;
  sentAt: string | null;
  responseHours: number | null;
}

export interface OverdueReferral {
  id: string;
  dueAt: string;
  hoursOverdue: number;
}

/** When an answer to the referral is due (epoch ms): its sending plus its stage's response time; null before sending. */
export function dueAtOf(r: Pick<AwaitingReferral, "sentAt" | "responseHours">): number | null {
  if (r.sentAt === null || r.responseHours === null) return null;
  return Date.parse(r.sentAt) + r.responseHours * 3_600_000;
}

/** Whether the referral is sent, still unanswered, and past its due time at `now` (epoch ms). */
export function isOverdue(r: AwaitingReferral, now: number): boolean {
  const due = dueAtOf(r);
  return r.status === "sent" && due !== null && due < now;
}

/** The sent, unanswered referrals whose response time had passed at `asOf` (ISO 8601), most overdue first. */
export function findOverdueReferrals(
  referrals: readonly AwaitingReferral[],
  asOf: string,
): OverdueReferral[] {
  const now = Date.parse(asOf);
  const out: OverdueReferral[] = [];
  for (const r of referrals) {
    const due = dueAtOf(r);
    if (due !== null && isOverdue(r, now)) {
      out.push({
        id: r.id,
        dueAt: new Date(due).toISOString(),
        hoursOverdue: Math.floor((now - due) / 3_600_000),
      });
    }
  }
  return out.sort((a, b) => b.hoursOverdue - a.hoursOverdue || a.id.localeCompare(b.id));
}
