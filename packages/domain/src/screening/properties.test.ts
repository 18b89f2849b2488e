import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { catalogueV1 } from "./catalogue-v1/index.ts";
import { evaluateScreening, latestObservations, outcomeRank } from "./evaluate.ts";
import { ScreeningResult } from "./schemas.ts";
import type { Observation, ProfileId, ScreeningInputData } from "./types.ts";
import { barrierIds, profileIds } from "./types.ts";

const dates = ["2026-01-05", "2026-02-10", "2026-03-15", "2026-04-20", "2026-05-25"];
const later = "2026-12-31";

function indicatorsFor(profiles: readonly ProfileId[]): string[] {
  return catalogueV1.indicators
    .filter((i) => i.kind !== "ilo" || profiles.includes(i.profile))
    .map((i) => i.id);
}

const anInput: fc.Arbitrary<ScreeningInputData> = fc
  .uniqueArray(fc.constantFrom(...profileIds), { minLength: 1, maxLength: 4 })
  .chain((profiles) => {
    const ids = indicatorsFor(profiles);
    return fc.record({
      profiles: fc.constant(profiles),
      observations: fc.array(
        fc.record({
          indicator: fc.constantFrom(...ids),
          status: fc.constantFrom("present" as const, "absent" as const, "unknown" as const),
          observedAt: fc.constantFrom(...dates),
        }),
        { maxLength: 80 },
      ),
      barriers: fc.uniqueArray(fc.constantFrom(...barrierIds), { maxLength: 3 }),
    });
  });

const ranks = (input: ScreeningInputData) =>
  evaluateScreening(input).profiles.map((p) => [p.profile, outcomeRank[p.outcome]] as const);

describe("screening properties", () => {
  it("adding a present indicator never lowers a result", () => {
    fc.assert(
      fc.property(anInput, fc.nat(), (input, pick) => {
        const ids = indicatorsFor(input.profiles);
        const added: Observation = {
          indicator: ids[pick % ids.length] ?? "",
          status: "present",
          observedAt: later,
        };
        const before = ranks(input);
        const after = ranks({ ...input, observations: [...input.observations, added] });
        before.forEach(([, r], i) => {
          expect(after[i]?.[1]).toBeGreaterThanOrEqual(r);
        });
      }),
    );
  });

  it("turning an unknown indicator into absent never raises a result", () => {
    fc.assert(
      fc.property(anInput, fc.nat(), (input, pick) => {
        const latest = latestObservations(input.observations, null);
        const unknown = indicatorsFor(input.profiles).filter(
          (id) => (latest.get(id)?.status ?? "unknown") === "unknown",
        );
        fc.pre(unknown.length > 0);
        const added: Observation = {
          indicator: unknown[pick % unknown.length] ?? "",
          status: "absent",
          observedAt: later,
        };
        const before = ranks(input);
        const after = ranks({ ...input, observations: [...input.observations, added] });
        before.forEach(([, r], i) => {
          expect(after[i]?.[1]).toBeLessThanOrEqual(r);
        });
      }),
    );
  });

  it("does not depend on the order of observations", () => {
    fc.assert(
      fc.property(
        anInput.chain((input) =>
          fc.tuple(
            fc.constant(input),
            fc.shuffledSubarray(input.observations, { minLength: input.observations.length }),
          ),
        ),
        ([input, shuffled]) => {
          expect(evaluateScreening({ ...input, observations: shuffled })).toEqual(evaluateScreening(input));
        },
      ),
    );
  });

  it("ignores observations after asOf", () => {
    fc.assert(
      fc.property(anInput, fc.constantFrom(...dates), (input, asOf) => {
        const upTo = { ...input, observations: input.observations.filter((o) => o.observedAt <= asOf), asOf };
        expect(evaluateScreening({ ...input, asOf })).toEqual(evaluateScreening(upTo));
      }),
    );
  });

  it("never lets barriers change the assessment", () => {
    fc.assert(
      fc.property(anInput, (input) => {
        expect(evaluateScreening(input).profiles).toEqual(
          evaluateScreening({ ...input, barriers: [] }).profiles,
        );
      }),
    );
  });

  it("always ends with the way to assistance and matches the result schema", () => {
    fc.assert(
      fc.property(anInput, (input) => {
        const r = evaluateScreening(input);
        expect(r.nextSteps[0]?.key).toBe("screening.next.immediateDanger");
        expect(r.nextSteps.at(-1)?.key).toBe("screening.next.referral");
        expect(ScreeningResult.safeParse(r).success).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it("keeps its promise about each question to ask next", () => {
    fc.assert(
      fc.property(anInput, (input) => {
        const r = evaluateScreening(input);
        for (const p of r.profiles) {
          for (const q of p.whatToAskNext.slice(0, 3)) {
            const next = evaluateScreening({
              ...input,
              profiles: [p.profile],
              observations: [
                ...input.observations,
                { indicator: q.indicator, status: "present", observedAt: later },
              ],
            });
            expect(next.profiles[0]?.missing).toBe(q.missingAfter);
            expect(next.profiles[0]?.outcome === "indicated").toBe(q.decisive);
          }
        }
      }),
      { numRuns: 50 },
    );
  });
});
