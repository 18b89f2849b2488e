import { indexCatalogue } from "./catalogue-index.ts";
import { catalogueFor } from "./catalogues.ts";
import { evaluateScreening, latestObservations, type ScreeningResultData } from "./evaluate.ts";
import { strengthRank } from "./rule.ts";
import type {
  Catalogue,
  CatalogueVersion,
  DimensionId,
  ProfileId,
  ScreeningInputData,
  Strength,
  SupplementaryFormId,
} from "./types.ts";
import { dimensionIds, profileIds, supplementaryFormIds } from "./types.ts";

/**
 * One question to put to the person. The same indicator (concept and dimension) appears in
 * every selected list that holds it, with a profile-specific id; a fact about the person is one
 * answer, so the question carries all those ids and the answer is recorded for each.
 */
export interface QuestionGroup {
  /** `dimension:concept` for the ILO/EC lists, `form:concept` for a supplementary form. */
  key: string;
  reason: "moves_towards_rule" | "completes_picture";
  dimension: DimensionId | null;
  form: SupplementaryFormId | null;
  /** Not yet asked ids of this question, one per selected profile that lists it, profile order. */
  indicators: string[];
  /** Profiles whose rule this answer, if present, brings closer. */
  moves: ProfileId[];
  /** Profiles whose rule this answer alone would meet, if present. */
  decisiveFor: ProfileId[];
  /** Fewest indicators any profile would still miss after this one is present; null if it moves none. */
  missingAfter: number | null;
  /** Its strongest weight in the lists that hold it; null for supplementary indicators. */
  strength: Strength | null;
}

const profileOrder = Object.fromEntries(profileIds.map((p, i) => [p, i])) as Record<ProfileId, number>;

function compareGroups(a: QuestionGroup, b: QuestionGroup): number {
  const inf = Number.POSITIVE_INFINITY;
  return (
    (a.missingAfter ?? inf) - (b.missingAfter ?? inf) ||
    b.decisiveFor.length - a.decisiveFor.length ||
    b.moves.length - a.moves.length ||
    (a.strength ? strengthRank[a.strength] : 3) - (b.strength ? strengthRank[b.strength] : 3) ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
}

/**
 * Ranks the questions that would change a result, across all profiles of a screening (leaving
 * out the ids in `asked`, e.g. those answered "not known" already): most
 * decisive first (fewest indicators left after it in any profile), then the one that moves the
 * most profiles, then the stronger, then a stable order. Pure; built on each profile's
 * `whatToAskNext` (ILO/EC 2009 rule), so unknown is never treated as absent.
 */
export function rankQuestions(
  result: ScreeningResultData,
  options: { asked?: ReadonlySet<string>; catalogue?: Catalogue } = {},
): QuestionGroup[] {
  const catalogue = options.catalogue ?? catalogueFor(result.catalogueVersion as CatalogueVersion);
  const asked = options.asked ?? new Set<string>();
  const index = indexCatalogue(catalogue);
  const unknownIds = new Set(result.profiles.flatMap((p) => p.dimensions.flatMap((d) => d.unknown)));
  const groups = new Map<string, QuestionGroup>();
  for (const p of result.profiles) {
    for (const q of p.whatToAskNext) {
      const ind = index.byId.get(q.indicator);
      if (ind?.kind !== "ilo" || asked.has(q.indicator)) continue;
      const key = `${q.dimension}:${ind.concept}`;
      let g = groups.get(key);
      if (!g) {
        g = {
          key,
          reason: "moves_towards_rule",
          dimension: q.dimension,
          form: null,
          indicators: result.profiles
            .map((r) => index.byProfile[r.profile][q.dimension].find((x) => x.concept === ind.concept))
            .filter((x) => x !== undefined && unknownIds.has(x.id) && !asked.has(x.id))
            .map((x) => x!.id),
          moves: [],
          decisiveFor: [],
          missingAfter: q.missingAfter,
          strength: q.strength,
        };
        groups.set(key, g);
      }
      g.moves.push(q.profile);
      if (q.decisive) g.decisiveFor.push(q.profile);
      g.missingAfter = Math.min(g.missingAfter ?? q.missingAfter, q.missingAfter);
      if (g.strength === null || strengthRank[q.strength] < strengthRank[g.strength]) g.strength = q.strength;
    }
  }
  for (const g of groups.values()) {
    g.moves.sort((a, b) => profileOrder[a] - profileOrder[b]);
    g.decisiveFor.sort((a, b) => profileOrder[a] - profileOrder[b]);
  }
  return [...groups.values()].sort(compareGroups);
}

/**
 * The next question of a guided screening, across all its profiles: the best of `rankQuestions`;
 * once no answer can change a result, the next question never asked (the chosen lists, dimension
 * by dimension, then the supplementary forms given in `forms`, all forms by default); null when
 * everything has been asked.
 */
export function nextQuestionGroup(
  input: ScreeningInputData,
  options: { forms?: readonly SupplementaryFormId[]; catalogue?: Catalogue } = {},
): QuestionGroup | null {
  const catalogue = options.catalogue ?? catalogueFor(input.catalogueVersion);
  const result = evaluateScreening(input, catalogue);
  const asked = new Set(latestObservations(input.observations, result.asOf).keys());
  const best = rankQuestions(result, { asked, catalogue })[0];
  if (best) return best;

  const index = indexCatalogue(catalogue);
  const open = (kind: Pick<QuestionGroup, "key" | "dimension" | "form" | "strength">, ids: string[]) =>
    ({
      ...kind,
      reason: "completes_picture",
      indicators: ids,
      moves: [],
      decisiveFor: [],
      missingAfter: null,
    }) satisfies QuestionGroup;
  for (const d of dimensionIds) {
    for (const p of result.profiles) {
      const first = index.byProfile[p.profile][d].find((ind) => !asked.has(ind.id));
      if (!first) continue;
      const same = result.profiles
        .map((r) => index.byProfile[r.profile][d].find((x) => x.concept === first.concept))
        .filter((x) => x !== undefined && !asked.has(x.id));
      return open(
        { key: `${d}:${first.concept}`, dimension: d, form: null, strength: first.strength },
        same.map((x) => x!.id),
      );
    }
  }
  const forms = options.forms ?? supplementaryFormIds;
  for (const f of supplementaryFormIds) {
    if (!forms.includes(f)) continue;
    const id = index.byForm[f].find((x) => !asked.has(x));
    const ind = id ? index.byId.get(id) : undefined;
    if (id && ind)
      return open({ key: `${f}:${ind.concept}`, dimension: null, form: f, strength: null }, [id]);
  }
  return null;
}
