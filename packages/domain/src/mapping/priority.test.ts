import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  defaultWeights,
  type FactorRatings,
  maxFactorRating,
  type Priority,
  PriorityWeights,
  priorityFactors,
  rankPriorities,
  scorePriority,
} from "./priority.ts";

const ratings = (overrides: Partial<FactorRatings> = {}): FactorRatings => ({
  prevalence: 3,
  severity: 3,
  hiddenness: 3,
  fewTrainedActors: 3,
  lowCoverage: 3,
  ...overrides,
});

const aPriority = (id: string, r: Partial<FactorRatings>): Priority => ({
  id,
  municipalityId: "00000000-0000-4000-8000-000000000000",
  groupEntryId: null,
  locationEntryId: null,
  form: "forced_labour",
  ratings: ratings(r),
  decision: "proposed",
  rationale: "",
  decidedBy: null,
  decidedAt: null,
  version: 1,
  createdAt: "2026-11-01T00:00:00.000Z",
  updatedAt: "2026-11-01T00:00:00.000Z",
});

const arbRatings = fc.record({
  prevalence: fc.integer({ min: 0, max: 5 }),
  severity: fc.integer({ min: 0, max: 5 }),
  hiddenness: fc.integer({ min: 0, max: 5 }),
  fewTrainedActors: fc.integer({ min: 0, max: 5 }),
  lowCoverage: fc.integer({ min: 0, max: 5 }),
});
const arbWeight = fc.integer({ min: 0, max: 20 }).map((halves) => halves / 2);
const arbWeights = fc
  .record({
    prevalence: arbWeight,
    severity: arbWeight,
    hiddenness: arbWeight,
    fewTrainedActors: arbWeight,
    lowCoverage: arbWeight,
  })
  .filter((w) => PriorityWeights.safeParse(w).success);
const arbFactor = fc.constantFrom(...priorityFactors);

describe("priority score", () => {
  it("gives 100 when every factor is rated highest and 0 when every factor is rated lowest", () => {
    const all = (n: number) =>
      ratings({ prevalence: n, severity: n, hiddenness: n, fewTrainedActors: n, lowCoverage: n });
    expect(scorePriority(all(maxFactorRating), defaultWeights).score).toBeCloseTo(100);
    expect(scorePriority(all(0), defaultWeights).score).toBe(0);
  });

  it("shows each factor's points, which add up to the score", () => {
    const s = scorePriority(ratings({ prevalence: 5, severity: 4, hiddenness: 0 }), {
      ...defaultWeights,
      severity: 2,
    });
    // weights 1,2,1,1,1 (sum 6); points = 100 * w * r / (5 * 6)
    expect(s.contributions.map((c) => [c.factor, Number(c.points.toFixed(2))])).toEqual([
      ["prevalence", 16.67],
      ["severity", 26.67],
      ["hiddenness", 0],
      ["fewTrainedActors", 10],
      ["lowCoverage", 10],
    ]);
    expect(s.score).toBeCloseTo(63.33, 2);
  });

  it("ignores a factor whose weight is zero", () => {
    const w = { ...defaultWeights, hiddenness: 0 };
    expect(scorePriority(ratings({ hiddenness: 0 }), w).score).toBe(
      scorePriority(ratings({ hiddenness: 5 }), w).score,
    );
  });

  it("takes weights in steps of a half, as the form offers them", () => {
    expect(PriorityWeights.safeParse({ ...defaultWeights, severity: 2.5 }).success).toBe(true);
    const tiny = PriorityWeights.safeParse({ ...defaultWeights, severity: 5e-324 });
    expect(tiny.success).toBe(false);
    expect(tiny.error?.issues[0]?.path).toEqual(["severity"]);
  });

  it("refuses weights that are all zero", () => {
    const zero = { prevalence: 0, severity: 0, hiddenness: 0, fewTrainedActors: 0, lowCoverage: 0 };
    expect(PriorityWeights.safeParse(zero).success).toBe(false);
  });

  it("never lowers the score when a factor is raised (property)", () => {
    fc.assert(
      fc.property(arbRatings, arbWeights, arbFactor, (r, w, f) => {
        fc.pre(r[f] < maxFactorRating);
        const raised = { ...r, [f]: r[f] + 1 };
        return scorePriority(raised, w).score >= scorePriority(r, w).score - 1e-9;
      }),
    );
  });

  it("keeps the score between 0 and 100 and the points summing to it (property)", () => {
    fc.assert(
      fc.property(arbRatings, arbWeights, (r, w) => {
        const s = scorePriority(r, w);
        const sum = s.contributions.reduce((acc, c) => acc + c.points, 0);
        return s.score >= 0 && s.score <= 100 + 1e-9 && Math.abs(sum - s.score) < 1e-9;
      }),
    );
  });

  it("does not change when all weights are scaled alike (property)", () => {
    fc.assert(
      fc.property(arbRatings, arbWeights, fc.double({ min: 0.1, max: 1, noNaN: true }), (r, w, k) => {
        const scaled = Object.fromEntries(priorityFactors.map((f) => [f, w[f] * k])) as typeof w;
        return Math.abs(scorePriority(r, scaled).score - scorePriority(r, w).score) < 1e-6;
      }),
    );
  });

  it("never lowers a priority's score when its factor's weight rises while its rating is above the others' mean (property)", () => {
    fc.assert(
      fc.property(arbRatings, arbWeights, arbFactor, (r, w, f) => {
        const before = scorePriority(r, w).score;
        fc.pre(w[f] <= 9 && (r[f] * 100) / maxFactorRating >= before);
        return scorePriority(r, { ...w, [f]: w[f] + 1 }).score >= before - 1e-9;
      }),
    );
  });
});

describe("ranking", () => {
  it("ranks the highest score first and shares a rank between equal scores", () => {
    const ranked = rankPriorities(
      [
        aPriority("a", { prevalence: 1 }),
        aPriority("b", { prevalence: 5 }),
        aPriority("c", { prevalence: 1 }),
      ],
      defaultWeights,
    );
    expect(ranked.map((p) => [p.id, p.rank])).toEqual([
      ["b", 1],
      ["a", 2],
      ["c", 2],
    ]);
  });

  it("changes the order when the weights change", () => {
    const items = [
      aPriority("hidden", { hiddenness: 5, prevalence: 1 }),
      aPriority("common", { prevalence: 5, hiddenness: 1 }),
    ];
    expect(rankPriorities(items, { ...defaultWeights, prevalence: 5 })[0]!.id).toBe("common");
    expect(rankPriorities(items, { ...defaultWeights, hiddenness: 5 })[0]!.id).toBe("hidden");
  });
});
