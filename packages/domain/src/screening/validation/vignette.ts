import type { AssistanceLevel } from "../assistance.ts";
import type { ScreeningOutcome } from "../evaluate.ts";
import type { Observation, ProfileId, ScreeningInputData } from "../types.ts";

export const sectors = [
  "agriculture",
  "construction",
  "cleaning",
  "restaurant",
  "nail_and_beauty",
  "domestic_work",
  "begging",
  "forced_criminality",
  "sexual_exploitation",
  "sham_marriage",
  "benefit_fraud",
] as const;
export type Sector = (typeof sectors)[number];

/**
 * A written situation, recorded as a frontline worker would record it at first contact (only
 * what the person or the situation shows), with the result Ariadne is expected to give and why.
 * Composites of the kinds of cases decided in Nordic and UK courts; no real person.
 */
export interface Vignette {
  id: string;
  title: string;
  sector: Sector;
  child: boolean;
  /** The work began voluntarily and turned coercive at the workplace. */
  beganVoluntarily: boolean;
  situation: string;
  input: ScreeningInputData;
  expected: { assistance: AssistanceLevel; ilo: ScreeningOutcome };
  why: string;
}

const at = "2026-10-01";
const o =
  (status: Observation["status"]) =>
  (indicator: string): Observation => ({ indicator, status, observedAt: at });

/** A catalogue-v2 input from present and absent ids. */
export function recorded(
  profiles: ProfileId[],
  present: string[],
  absent: string[] = [],
): ScreeningInputData {
  return {
    catalogueVersion: "catalogue-v2",
    profiles,
    observations: [...present.map(o("present")), ...absent.map(o("absent"))],
  };
}
