import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assistanceLevelRank } from "./assistance.ts";
import { catalogueV1 } from "./catalogue-v1/index.ts";
import { catalogueV2 } from "./catalogue-v2/index.ts";
import { evaluateScreening } from "./evaluate.ts";
import { nextQuestionGroup } from "./question-ranking.ts";
import { isSettled, resultChange } from "./result-change.ts";
import { anInput, iloIndicators, obs, positiveSet } from "./testing.ts";
import type { Catalogue, Observation, ProfileId, ScreeningInputData } from "./types.ts";
import { profileIds } from "./types.ts";

const changeOf = (input: ScreeningInputData) => resultChange(input, evaluateScreening(input));

/** Answers every question the guided order says would move the rule "not known", as in issue 13. */
function answerKeyQuestionsNotKnown(input: ScreeningInputData): ScreeningInputData {
  let current = input;
  for (let i = 0; i < 500; i++) {
    const q = nextQuestionGroup(current, { forms: [] });
    if (q?.reason !== "moves_towards_rule") return current;
    current = {
      ...current,
      observations: [...current.observations, ...q.indicators.map((id) => obs(id, "unknown"))],
    };
  }
  throw new Error("the guided order did not end");
}

describe("resultChange", () => {
  it("says the result can still change when the remaining key questions were answered not known", () => {
    // Recruitment and exploitation positive, coercion at destination open (the reported case).
    const start = anInput({
      profiles: ["adult_labour"],
      observations: [
        ...positiveSet("adult_labour", "deceptive_recruitment"),
        ...positiveSet("adult_labour", "exploitative_conditions"),
      ].map((id) => obs(id, "present")),
    });
    const input = answerKeyQuestionsNotKnown(start);
    // The guided order has nothing left that would move the rule: only questions that complete it.
    expect(nextQuestionGroup(input, { forms: [] })?.reason).toBe("completes_picture");
    const change = changeOf(input);
    const [p] = change.profiles;
    expect(p).toMatchObject({ profile: "adult_labour", canChange: true, outcome: "not_indicated_yet" });
    if (!p?.canChange) throw new Error("unreachable");
    expect(p.missing).toBeGreaterThan(0);
    // Only the means at destination are open, in either of its two dimensions.
    expect(p.open).toHaveLength(1);
    expect(p.open[0]?.map((n) => n.dimension).sort()).toEqual([
      "abuse_of_vulnerability_at_destination",
      "coercion_at_destination",
    ]);
    expect(p.open[0]?.[0]?.missing).toBe(p.missing);
    expect(isSettled(change)).toBe(false);
  });

  it("says an indicated profile is settled", () => {
    const input = anInput({
      profiles: ["child_labour"],
      observations: [
        ...positiveSet("child_labour", "deceptive_recruitment"),
        ...positiveSet("child_labour", "exploitative_conditions"),
      ].map((id) => obs(id, "present")),
    });
    expect(changeOf(input).profiles).toEqual([
      { profile: "child_labour", outcome: "indicated", canChange: false },
    ]);
  });

  it("says a profile is settled once every indicator of a needed part is absent", () => {
    const input = anInput({
      profiles: ["adult_labour"],
      observations: iloIndicators("adult_labour", "exploitative_conditions").map((i) => obs(i.id, "absent")),
    });
    expect(changeOf(input).profiles[0]).toEqual({
      profile: "adult_labour",
      outcome: "not_indicated",
      canChange: false,
    });
  });

  it("lists every open part of the rule with nothing answered, and the signal can still rise", () => {
    const change = changeOf(anInput({ profiles: ["adult_labour"], catalogueVersion: "catalogue-v2" }));
    const [p] = change.profiles;
    if (!p?.canChange) throw new Error("expected an open profile");
    expect(p.open).toHaveLength(3);
    expect(change.assistance).toMatchObject({
      level: "no_concern_recorded",
      canChange: true,
      reachable: "offer_assistance",
    });
  });

  it("says the assistance signal is settled at offer assistance", () => {
    const input = anInput({
      catalogueVersion: "catalogue-v2",
      profiles: ["adult_labour"],
      observations: [
        ...positiveSet("adult_labour", "deceptive_recruitment"),
        ...positiveSet("adult_labour", "exploitative_conditions"),
        ...positiveSet("adult_labour", "coercion_at_destination"),
      ].map((id) => obs(id, "present")),
    });
    expect(changeOf(input).assistance).toEqual({ level: "offer_assistance", canChange: false });
  });
});

const dates = ["2026-01-05", "2026-02-10", "2026-03-15"];
const idsFor = (catalogue: Catalogue, profiles: readonly ProfileId[]) =>
  catalogue.indicators.filter((i) => i.kind !== "ilo" || profiles.includes(i.profile)).map((i) => i.id);

const aRandomInput = (catalogue: Catalogue): fc.Arbitrary<ScreeningInputData> =>
  fc.uniqueArray(fc.constantFrom(...profileIds), { minLength: 1, maxLength: 3 }).chain((profiles) =>
    fc.record({
      catalogueVersion: fc.constant(catalogue.version as "catalogue-v1" | "catalogue-v2"),
      profiles: fc.constant(profiles),
      observations: fc.array(
        fc.record({
          indicator: fc.constantFrom(...idsFor(catalogue, profiles)),
          status: fc.constantFrom("present" as const, "absent" as const, "unknown" as const),
          observedAt: fc.constantFrom(...dates),
        }),
        { maxLength: 60 },
      ),
    }),
  );

/** Every indicator not recorded absent, made present: the most the unknowns could still give. */
function allUnknownPresent(input: ScreeningInputData, catalogue: Catalogue): ScreeningInputData {
  const r = evaluateScreening(input, catalogue);
  const latest = new Map<string, Observation>();
  for (const o of input.observations)
    if (!latest.has(o.indicator) || o.observedAt >= (latest.get(o.indicator)?.observedAt ?? ""))
      latest.set(o.indicator, o);
  const extra = idsFor(catalogue, input.profiles)
    .filter((id) => latest.get(id)?.status !== "absent")
    .map((id) => obs(id, "present", "2026-12-31"));
  return {
    ...input,
    asOf: "2026-12-31",
    observations: [...input.observations.filter((o) => o.observedAt <= (r.asOf ?? "")), ...extra],
  };
}

describe("resultChange properties", () => {
  for (const catalogue of [catalogueV1, catalogueV2]) {
    it(`a profile can change exactly when the unknowns, all present, would change its outcome (${catalogue.version})`, () => {
      fc.assert(
        fc.property(aRandomInput(catalogue), (input) => {
          const change = resultChange(input, evaluateScreening(input, catalogue), catalogue);
          const most = evaluateScreening(allUnknownPresent(input, catalogue), catalogue);
          for (const p of change.profiles) {
            const after = most.profiles.find((x) => x.profile === p.profile)?.outcome;
            expect(p.canChange).toBe(after !== p.outcome);
          }
          const rises =
            assistanceLevelRank[most.assistance.level] > assistanceLevelRank[change.assistance.level];
          expect(change.assistance.canChange).toBe(rises);
        }),
        { numRuns: 60 },
      );
    });

    it(`the card's guided question never contradicts the result (${catalogue.version})`, () => {
      fc.assert(
        fc.property(aRandomInput(catalogue), (input) => {
          const change = resultChange(input, evaluateScreening(input, catalogue), catalogue);
          const q = nextQuestionGroup(input, { forms: [], catalogue });
          // A question that moves the rule exists only while some profile can still change.
          if (q?.reason === "moves_towards_rule") expect(change.profiles.some((p) => p.canChange)).toBe(true);
        }),
        { numRuns: 60 },
      );
    });
  }
});
