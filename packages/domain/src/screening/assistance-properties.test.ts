import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assistanceLevelRank } from "./assistance.ts";
import { catalogueV1 } from "./catalogue-v1/index.ts";
import { catalogueV2 } from "./catalogue-v2/index.ts";
import { evaluateScreening } from "./evaluate.ts";
import type { Catalogue, Observation, ProfileId, ScreeningInputData } from "./types.ts";
import { profileIds } from "./types.ts";

const dates = ["2026-01-05", "2026-02-10", "2026-03-15"];
const later = "2026-12-31";

const idsFor = (catalogue: Catalogue, profiles: readonly ProfileId[]) =>
  catalogue.indicators.filter((i) => i.kind !== "ilo" || profiles.includes(i.profile)).map((i) => i.id);

const anInput = (catalogue: Catalogue): fc.Arbitrary<ScreeningInputData> =>
  fc.uniqueArray(fc.constantFrom(...profileIds), { minLength: 1, maxLength: 4 }).chain((profiles) =>
    fc.record({
      catalogueVersion: fc.constant(catalogue.version as "catalogue-v1" | "catalogue-v2"),
      mode: fc.constantFrom("first_contact" as const, "full" as const),
      profiles: fc.constant(profiles),
      observations: fc.array(
        fc.record({
          indicator: fc.constantFrom(...idsFor(catalogue, profiles)),
          status: fc.constantFrom("present" as const, "absent" as const, "unknown" as const),
          observedAt: fc.constantFrom(...dates),
        }),
        { maxLength: 40 },
      ),
    }),
  );

const level = (input: ScreeningInputData) => assistanceLevelRank[evaluateScreening(input).assistance.level];

describe("assistance signal properties", () => {
  for (const catalogue of [catalogueV1, catalogueV2]) {
    it(`adding a present observation never lowers the level (${catalogue.version})`, () => {
      fc.assert(
        fc.property(anInput(catalogue), fc.nat(), (input, pick) => {
          const ids = idsFor(catalogue, input.profiles);
          const added: Observation = {
            indicator: ids[pick % ids.length] ?? "",
            status: "present",
            observedAt: later,
          };
          expect(level({ ...input, observations: [...input.observations, added] })).toBeGreaterThanOrEqual(
            level(input),
          );
        }),
      );
    });

    it(`marking an unknown indicator absent never raises the level (${catalogue.version})`, () => {
      fc.assert(
        fc.property(anInput(catalogue), fc.nat(), (input, pick) => {
          const r = evaluateScreening(input);
          const observed = new Map(input.observations.map((o) => [o.indicator, o.status]));
          const unknown = idsFor(catalogue, input.profiles).filter(
            (id) => (observed.get(id) ?? "unknown") === "unknown",
          );
          if (unknown.length === 0) return;
          const id = unknown[pick % unknown.length] ?? "";
          const after = {
            ...input,
            observations: [
              ...input.observations,
              { indicator: id, status: "absent" as const, observedAt: later },
            ],
          };
          expect(level(after)).toBeLessThanOrEqual(assistanceLevelRank[r.assistance.level]);
        }),
      );
    });
  }

  it("never changes the ILO/EC result: v1 input gives the same ILO/EC result under catalogue-v2", () => {
    fc.assert(
      fc.property(anInput(catalogueV1), (input) => {
        const a = evaluateScreening({ ...input, catalogueVersion: "catalogue-v1" });
        const b = evaluateScreening({ ...input, catalogueVersion: "catalogue-v2" });
        expect(b.outcome).toBe(a.outcome);
        expect(b.profiles).toEqual(a.profiles);
        expect(b.assistance.level).toBe(a.assistance.level);
      }),
    );
  });

  it("shows at most five next questions, none of them asked already", () => {
    fc.assert(
      fc.property(anInput(catalogueV2), (input) => {
        const r = evaluateScreening(input);
        expect(r.assistance.nextQuestions.length).toBeLessThanOrEqual(5);
        const asked = new Set(input.observations.map((o) => o.indicator));
        for (const q of r.assistance.nextQuestions)
          for (const id of q.indicators) expect(asked.has(id)).toBe(false);
      }),
    );
  });

  it("does not depend on the order of observations", () => {
    fc.assert(
      fc.property(anInput(catalogueV2), (input) => {
        const reversed = { ...input, observations: [...input.observations].reverse() };
        expect(evaluateScreening(reversed).assistance).toEqual(evaluateScreening(input).assistance);
      }),
    );
  });
});
