import type { Lang, ProfileId } from "../../screening/index.ts";

/** The forms and sectors of the local map a scenario is set in (issue 14, item 2). */
export const scenarioSectors = [
  "agriculture",
  "construction",
  "cleaning",
  "restaurant",
  "beauty",
  "domestic_work",
  "begging",
  "criminality",
  "sexual_exploitation",
  "sham_marriage",
  "benefit_fraud",
] as const;
export type ScenarioSector = (typeof scenarioSectors)[number];

/**
 * A scenario exercise: a situation in a few lines and the facts it shows, as catalogue-v2
 * indicator ids. The answer key is never written here: the screening engine's evaluation of the
 * same facts is the key (see `scoreScenario`). Composites of the kinds of cases decided in Nordic
 * and UK courts, as the screening validation set; no real person.
 */
export interface Scenario {
  id: string;
  sector: ScenarioSector;
  child: boolean;
  /** The work began voluntarily and turned coercive at the workplace. */
  beganVoluntarily: boolean;
  profiles: ProfileId[];
  /** What the situation shows. */
  present: string[];
  /** What the situation rules out (the person said so). */
  absent: string[];
  situation: Record<Lang, string>;
}

type Flags = { child?: boolean; voluntary?: boolean; absent?: string[] };

/** A scenario written compactly: id, sector, profiles, facts, flags and the three texts. */
export function scenario(
  id: string,
  sector: ScenarioSector,
  profiles: ProfileId[],
  present: string[],
  flags: Flags,
  en: string,
  fi: string,
  sv: string,
): Scenario {
  return {
    id,
    sector,
    child: flags.child ?? false,
    beganVoluntarily: flags.voluntary ?? false,
    profiles,
    present,
    absent: flags.absent ?? [],
    situation: { en, fi, sv },
  };
}
