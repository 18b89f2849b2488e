import { catalogueFor } from "./catalogues.ts";
import { evaluateScreening, type ScreeningOutcome } from "./evaluate.ts";
import type { Catalogue, ProfileId, ScreeningInputData } from "./types.ts";

export interface TimelineEntry {
  date: string;
  outcome: ScreeningOutcome;
  profiles: { profile: ProfileId; outcome: ScreeningOutcome; missing: number | null }[];
  /** Profiles whose outcome differs from the previous date (all of them on the first date). */
  changed: ProfileId[];
}

/**
 * How the result changed across the dates of a person's observations: trafficking is a process,
 * and the situation changes over time (CBSS/HEUNI 2016, chapter "Indicators").
 */
export function screeningTimeline(
  input: ScreeningInputData,
  catalogue: Catalogue = catalogueFor(input.catalogueVersion),
): TimelineEntry[] {
  const dates = [...new Set(input.observations.map((o) => o.observedAt))]
    .filter((d) => input.asOf === undefined || d <= input.asOf)
    .sort();
  const entries: TimelineEntry[] = [];
  let previous = new Map<ProfileId, ScreeningOutcome>();
  for (const date of dates) {
    const r = evaluateScreening({ ...input, asOf: date }, catalogue);
    const profiles = r.profiles.map((p) => ({ profile: p.profile, outcome: p.outcome, missing: p.missing }));
    const changed = profiles.filter((p) => previous.get(p.profile) !== p.outcome).map((p) => p.profile);
    previous = new Map(profiles.map((p) => [p.profile, p.outcome]));
    entries.push({ date, outcome: r.outcome, profiles, changed });
  }
  return entries;
}
