import type { FactorRatings } from "./priority.ts";
import type { MappingEntry } from "./schemas.ts";
import type { ExploitationForm } from "./vocabularies.ts";

type Details<K extends MappingEntry["details"]["kind"]> = Extract<MappingEntry["details"], { kind: K }>;

export interface RatingSuggestion {
  /** Only the factors the map can speak to; the rest stay the coordinator's judgement. */
  ratings: Partial<FactorRatings>;
  /** Per suggested factor, the entries it rests on and why. */
  basis: { factor: keyof FactorRatings; entryIds: string[]; reason: string }[];
}

const evidenceRating = { suspected: 2, indicated: 3, confirmed: 4 } as const;
const seesOften = new Set(["daily", "weekly", "monthly"]);

/** 0 trained actors in regular contact → 5 (nobody can see it); 10 or more → 0. */
export function fewTrainedActorsRating(trainedInContact: number): number {
  if (trainedInContact === 0) return 5;
  if (trainedInContact === 1) return 4;
  if (trainedInContact === 2) return 3;
  if (trainedInContact <= 4) return 2;
  if (trainedInContact <= 9) return 1;
  return 0;
}

/**
 * Suggests the factors the mapping itself supports for a group × location × form: prevalence
 * from the strongest current evidence of that form (for the group's kind or the location's
 * sector, where the evidence names them), and "how few trained actors can see it" from the
 * identifying actors in regular contact with the group's kind. Stale and archived entries do not
 * count. "Who can identify victims?" (CBSS 2016, Mapping the local situation).
 */
export function suggestRatings(
  target: { group: MappingEntry | null; location: MappingEntry | null; form: ExploitationForm },
  entries: readonly MappingEntry[],
): RatingSuggestion {
  const current = entries.filter((e) => !e.archived && !e.stale);
  const groupKind = target.group?.details.kind === "vulnerable_group" ? target.group.details.groupKind : null;
  const sector = target.location?.details.kind === "location" ? target.location.details.sector : null;
  const ratings: Partial<FactorRatings> = {};
  const basis: RatingSuggestion["basis"] = [];

  const evidence = current.filter((e): e is MappingEntry & { details: Details<"exploitation_form"> } => {
    if (e.details.kind !== "exploitation_form") return false;
    const d = e.details;
    if (d.form !== target.form && d.form !== "mixed") return false;
    const groupOk = groupKind === null || d.groupKinds.length === 0 || d.groupKinds.includes(groupKind);
    const sectorOk = sector === null || d.sectors.length === 0 || d.sectors.includes(sector);
    return groupOk && sectorOk;
  });
  if (evidence.length > 0) {
    const strongest = Math.max(...evidence.map((e) => evidenceRating[e.details.evidence]));
    // Several independent sources of the same form count as more prevalent than one.
    ratings.prevalence = Math.min(5, strongest + (evidence.length >= 3 ? 1 : 0));
    basis.push({
      factor: "prevalence",
      entryIds: evidence.map((e) => e.id),
      reason: `${evidence.length} current source(s) of this form; strongest evidence rated ${strongest}`,
    });
  }

  if (groupKind !== null) {
    const trained = current.filter(
      (e) =>
        e.details.kind === "identifying_actor" &&
        e.details.trained &&
        seesOften.has(e.details.contactFrequency) &&
        (e.details.groupKinds.length === 0 || e.details.groupKinds.includes(groupKind)),
    );
    ratings.fewTrainedActors = fewTrainedActorsRating(trained.length);
    basis.push({
      factor: "fewTrainedActors",
      entryIds: trained.map((e) => e.id),
      reason: `${trained.length} trained actor(s) meet this group at least monthly`,
    });
  }
  return { ratings, basis };
}
