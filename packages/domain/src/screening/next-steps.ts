import type { ProfileResult } from "./evaluate.ts";
import type { Message } from "./messages.ts";

/**
 * What to do after a screening, whatever its result: immediate-danger questions first, the way
 * to assistance last.
 */
export function nextSteps(profiles: readonly ProfileResult[], hasBarriers: boolean): Message[] {
  const steps: Message[] = [
    { key: "screening.next.immediateDanger" },
    { key: "screening.danger.safeNow" },
    { key: "screening.danger.injuredOrIll" },
    { key: "screening.danger.othersAtRisk" },
    { key: "screening.danger.call112" },
  ];
  if (profiles.some((p) => p.isChild)) steps.push({ key: "screening.next.childProtection" });
  if (hasBarriers) steps.push({ key: "screening.next.approach" });
  if (profiles.some((p) => p.outcome === "not_indicated_yet"))
    steps.push({ key: "screening.next.continueScreening" });
  // Assistance is unconditional and open to potential victims (CBSS/HEUNI 2016, "Referral to
  // assistance"), so the way to it ends every screening, whatever the result.
  steps.push({ key: "screening.next.referral" });
  return steps;
}
