import type { LocaleId } from "../../i18n/locales.ts";
import type { Lang, ProfileId } from "../../screening/index.ts";
import { trainingTexts } from "../texts.ts";

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
  /** The situation in the built-in languages (every language's is in `locales/<lang>/training.json`). */
  situation: Record<Lang, string>;
  /** A trainer's own scenario: the one language its situation is written in (a library one has every language). */
  language?: LocaleId;
}

type Flags = { child?: boolean; voluntary?: boolean; absent?: string[] };

const textOf = (texts: { scenarios: Record<string, string> }, id: string) => texts.scenarios[id] ?? "";

/**
 * A scenario written compactly: id, sector, profiles, facts and flags; its situation is read from
 * the training texts (`scenarios.<id>`), one file per language.
 */
export function scenario(
  id: string,
  sector: ScenarioSector,
  profiles: ProfileId[],
  present: string[],
  flags: Flags,
): Scenario {
  const { en, fi, sv } = trainingTexts.builtIn;
  return {
    id,
    sector,
    child: flags.child ?? false,
    beganVoluntarily: flags.voluntary ?? false,
    profiles,
    present,
    absent: flags.absent ?? [],
    situation: { en: textOf(en, id), fi: textOf(fi, id), sv: textOf(sv, id) },
  };
}

/**
 * The situation in a reader's language: a library scenario in any language Ariadne speaks
 * (English where that language has no text for it yet, its texts once loaded); a municipality's
 * own scenario in the one language it was written in.
 */
export function scenarioSituationIn(s: Scenario, locale: string): string {
  const path = ["scenarios", s.id];
  return trainingTexts.has("en", path) ? trainingTexts.text(locale, path) : s.situation.en;
}
