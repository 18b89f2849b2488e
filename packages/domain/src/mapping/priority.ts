import { z } from "zod";
import { multiLineText } from "../common/index.ts";
import { ExploitationFormSchema } from "./schemas.ts";

/**
 * The transparent priority score of a group × location × form. "Resources are often limited or
 * scarce -> set priorities and focus actions accordingly" (CBSS 2016, Conclusions); the mapping
 * "is the basis for setting local priorities" (Mapping the local situation). Each factor is
 * rated 0–5 by the coordinator; the score is their weighted mean on a 0–100 scale, and every
 * factor's share of it is shown, so nobody has to trust a number they cannot take apart.
 */
export const priorityFactors = [
  "prevalence",
  "severity",
  "hiddenness",
  "fewTrainedActors",
  "lowCoverage",
] as const;
export type PriorityFactor = (typeof priorityFactors)[number];

export const maxFactorRating = 5;
const rating = z.int().min(0).max(maxFactorRating);
// In steps of a half, as the weights form offers them: a weight of 5e-324 is no one's choice, and
// sums of such weights underflow to zero.
const weight = z
  .number()
  .min(0)
  .max(10)
  .refine((v) => Number.isInteger(v * 2), "must be in steps of 0.5");

export const FactorRatings = z.strictObject({
  prevalence: rating,
  severity: rating,
  hiddenness: rating,
  fewTrainedActors: rating,
  lowCoverage: rating,
});
export type FactorRatings = z.infer<typeof FactorRatings>;

export const PriorityWeights = z
  .strictObject({
    prevalence: weight,
    severity: weight,
    hiddenness: weight,
    fewTrainedActors: weight,
    lowCoverage: weight,
  })
  .refine((w) => priorityFactors.some((f) => w[f] > 0), {
    message: "at least one weight must be above zero",
  });
export type PriorityWeights = z.infer<typeof PriorityWeights>;

/** Equal weights until the coordinator decides otherwise. */
export const defaultWeights: PriorityWeights = {
  prevalence: 1,
  severity: 1,
  hiddenness: 1,
  fewTrainedActors: 1,
  lowCoverage: 1,
};

export const FactorContribution = z.object({
  factor: z.enum(priorityFactors),
  rating: z.int(),
  weight: z.number(),
  /** Points of the 0–100 score this factor gives; the contributions add up to the score. */
  points: z.number(),
});
export type FactorContribution = z.infer<typeof FactorContribution>;

export const PriorityScore = z.object({ score: z.number(), contributions: z.array(FactorContribution) });
export type PriorityScore = z.infer<typeof PriorityScore>;

/** Weighted mean of the ratings, 0–100, with each factor's points. */
export function scorePriority(ratings: FactorRatings, weights: PriorityWeights): PriorityScore {
  const total = priorityFactors.reduce((sum, f) => sum + weights[f], 0);
  const contributions = priorityFactors.map((factor) => ({
    factor,
    rating: ratings[factor],
    weight: weights[factor],
    points: total === 0 ? 0 : (100 * weights[factor] * ratings[factor]) / (maxFactorRating * total),
  }));
  return { score: contributions.reduce((sum, c) => sum + c.points, 0), contributions };
}

export const PriorityDecision = z.enum(["proposed", "accepted", "deferred", "rejected"]);
export type PriorityDecision = z.infer<typeof PriorityDecision>;

const uuid = z.uuid();

export const PriorityCreate = z.strictObject({
  groupEntryId: uuid.nullable().default(null),
  locationEntryId: uuid.nullable().default(null),
  form: ExploitationFormSchema,
  ratings: FactorRatings,
  decision: PriorityDecision.default("proposed"),
  rationale: multiLineText(2000).default(""),
});
export type PriorityCreate = z.infer<typeof PriorityCreate>;

export const PriorityUpdate = z.strictObject({
  version: z.int().min(1),
  groupEntryId: uuid.nullable().optional(),
  locationEntryId: uuid.nullable().optional(),
  form: ExploitationFormSchema.optional(),
  ratings: FactorRatings.optional(),
  decision: PriorityDecision.optional(),
  rationale: multiLineText(2000).optional(),
});
export type PriorityUpdate = z.infer<typeof PriorityUpdate>;

export const Priority = z.object({
  id: uuid,
  municipalityId: uuid,
  groupEntryId: uuid.nullable(),
  locationEntryId: uuid.nullable(),
  form: ExploitationFormSchema,
  ratings: FactorRatings,
  decision: PriorityDecision,
  rationale: z.string(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  version: z.int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Priority = z.infer<typeof Priority>;

export const RankedPriority = Priority.extend({
  rank: z.int(),
  score: z.number(),
  contributions: z.array(FactorContribution),
});
export type RankedPriority = z.infer<typeof RankedPriority>;

/** Highest score first; ties by severity, then by id so the order is stable. Equal scores share a rank. */
export function rankPriorities(items: readonly Priority[], weights: PriorityWeights): RankedPriority[] {
  const scored = items.map((p) => ({ ...p, ...scorePriority(p.ratings, weights), rank: 0 }));
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      b.ratings.severity - a.ratings.severity ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  scored.forEach((p, i) => {
    const prev = scored[i - 1];
    p.rank = prev && Math.abs(prev.score - p.score) < 1e-9 ? prev.rank : i + 1;
  });
  return scored;
}

export const WeightsUpdate = z.strictObject({ weights: PriorityWeights, version: z.int().min(0) });
export type WeightsUpdate = z.infer<typeof WeightsUpdate>;
export const StoredWeights = z.object({ weights: PriorityWeights, version: z.int() });
