import { describe, expect, it } from "vitest";
import { evaluateScreening } from "./evaluate.ts";
import { anInput, iloIndicators, indicatorsForClause, obs, positiveSet } from "./testing.ts";
import type { DimensionId, ProfileId } from "./types.ts";
import { dimensionIds, profileIds } from "./types.ts";

const clauses = ["two_strong", "strong_and_medium_or_weak", "three_medium", "two_medium_and_weak"] as const;
const isChild = (p: ProfileId) => p.startsWith("child");

// The published combination, written out independently of the engine.
function ruleMet(p: ProfileId, positive: Set<DimensionId>): boolean {
  const recruitment =
    positive.has("deceptive_recruitment") ||
    positive.has("coercive_recruitment") ||
    positive.has("recruitment_abuse_of_vulnerability");
  const exploitation = positive.has("exploitative_conditions");
  if (isChild(p)) return recruitment && exploitation;
  return (
    recruitment &&
    exploitation &&
    (positive.has("coercion_at_destination") || positive.has("abuse_of_vulnerability_at_destination"))
  );
}

describe("every way a dimension becomes positive", () => {
  for (const profile of profileIds) {
    for (const dimension of dimensionIds) {
      for (const clause of clauses) {
        const ids = indicatorsForClause(profile, dimension, clause);
        if (!ids) continue; // the list has too few indicators of that strength for this clause
        it(`${profile} / ${dimension}: ${clause}`, () => {
          const r = evaluateScreening(
            anInput({ profiles: [profile], observations: ids.map((id) => obs(id, "present")) }),
          );
          const d = r.profiles[0]?.dimensions.find((x) => x.dimension === dimension);
          expect(d?.state).toBe("positive");
          expect(d?.clause).toBe(clause);
          expect(d?.decidedBy).toEqual(ids);
        });
      }
      it(`${profile} / ${dimension}: weak indicators alone never make it positive`, () => {
        const weak = iloIndicators(profile, dimension).filter((i) => i.strength === "weak");
        const others = iloIndicators(profile, dimension).filter((i) => i.strength !== "weak");
        const r = evaluateScreening(
          anInput({
            profiles: [profile],
            observations: [
              ...weak.map((i) => obs(i.id, "present")),
              ...others.map((i) => obs(i.id, "absent")),
            ],
          }),
        );
        const d = r.profiles[0]?.dimensions.find((x) => x.dimension === dimension);
        expect(d?.state).toBe("negative");
        expect(d?.decidedBy).toEqual(others.map((i) => i.id));
      });
    }
  }
});

describe("every combination of dimensions, per profile", () => {
  for (const profile of profileIds) {
    it(`${profile}: all 64 combinations, with the rest absent and with the rest unknown`, () => {
      for (let mask = 0; mask < 64; mask++) {
        const positive = new Set(dimensionIds.filter((_, i) => mask & (1 << i)));
        const present = new Set([...positive].flatMap((d) => positiveSet(profile, d)));
        const presentObs = [...present].map((id) => obs(id, "present"));
        const absentObs = iloIndicators(profile)
          .filter((i) => !present.has(i.id))
          .map((i) => obs(i.id, "absent"));
        const met = ruleMet(profile, positive);

        const complete = evaluateScreening(
          anInput({ profiles: [profile], observations: [...presentObs, ...absentObs] }),
        );
        const p = complete.profiles[0];
        expect(p?.outcome, `${profile} ${[...positive]}`).toBe(met ? "indicated" : "not_indicated");
        for (const d of p?.dimensions ?? [])
          expect(d.state).toBe(positive.has(d.dimension) ? "positive" : "negative");
        expect(p?.whatToAskNext).toEqual([]);

        const partial = evaluateScreening(anInput({ profiles: [profile], observations: presentObs }));
        expect(partial.profiles[0]?.outcome).toBe(met ? "indicated" : "not_indicated_yet");
      }
    });
  }

  it("assesses a child without the means at destination, and an adult not", () => {
    const ids = [
      ...positiveSet("child_labour", "deceptive_recruitment"),
      ...positiveSet("child_labour", "exploitative_conditions"),
    ];
    const child = evaluateScreening(
      anInput({ profiles: ["child_labour"], observations: ids.map((id) => obs(id, "present")) }),
    );
    expect(child.outcome).toBe("indicated");
    const adultIds = [
      ...positiveSet("adult_labour", "deceptive_recruitment"),
      ...positiveSet("adult_labour", "exploitative_conditions"),
    ];
    const adult = evaluateScreening(anInput({ observations: adultIds.map((id) => obs(id, "present")) }));
    expect(adult.outcome).toBe("not_indicated_yet");
  });
});

describe("evaluateScreening", () => {
  it("never treats unknown or unobserved indicators as absent", () => {
    const r = evaluateScreening(anInput({ observations: [obs("alx.dec.01", "unknown")] }));
    expect(r.outcome).toBe("not_indicated_yet");
    expect(r.profiles[0]?.dimensions.every((d) => d.state === "undetermined")).toBe(true);
  });

  it("counts only the latest observation of an indicator as of asOf", () => {
    const observations = [
      obs("alx.dec.01", "present", "2026-01-01"),
      obs("alx.dec.01", "absent", "2026-03-01"),
      obs("alx.dec.02", "present", "2026-01-01"),
    ];
    const early = evaluateScreening(anInput({ observations, asOf: "2026-02-01" }));
    expect(early.profiles[0]?.dimensions[0]?.state).toBe("positive");
    const late = evaluateScreening(anInput({ observations }));
    expect(late.asOf).toBe("2026-03-01");
    expect(late.profiles[0]?.dimensions[0]?.present).toEqual(["alx.dec.02"]);
  });

  it("names the next decisive question first", () => {
    const ids = [
      ...positiveSet("adult_labour", "deceptive_recruitment"),
      ...positiveSet("adult_labour", "exploitative_conditions"),
      "alx.cod.01",
    ];
    const r = evaluateScreening(anInput({ observations: ids.map((id) => obs(id, "present")) }));
    const first = r.profiles[0]?.whatToAskNext[0];
    expect(first).toMatchObject({
      dimension: "coercion_at_destination",
      strength: "strong",
      decisive: true,
      missingAfter: 0,
    });
    const after = evaluateScreening(
      anInput({ observations: [...ids, first?.indicator ?? ""].map((id) => obs(id, "present")) }),
    );
    expect(after.outcome).toBe("indicated");
  });

  it("names every form indicated in a mixed screening, supplementary forms included", () => {
    const ids = ["deceptive_recruitment", "exploitative_conditions", "coercion_at_destination"].flatMap((d) =>
      positiveSet("adult_labour", d as DimensionId),
    );
    const sexual = ["deceptive_recruitment", "exploitative_conditions", "coercion_at_destination"].flatMap(
      (d) => positiveSet("adult_sexual", d as DimensionId),
    );
    const r = evaluateScreening(
      anInput({
        profiles: ["adult_sexual", "adult_labour"],
        observations: [...ids, ...sexual, "sup.beg.01", "sup.dom.02"].map((id) => obs(id, "present")),
      }),
    );
    expect(r.forms).toEqual({
      indicated: ["adult_labour", "adult_sexual"],
      pointedTo: ["forced_begging", "domestic_servitude"],
    });
    expect(r.explanation.map((m) => m.params?.form)).toEqual(["forced_begging", "domestic_servitude"]);
  });

  it("does not let supplementary indicators feed the ILO rule", () => {
    const r = evaluateScreening(
      anInput({
        observations: ["sup.crm.01", "sup.crm.02", "sup.crm.03", "sup.crm.04"].map((id) =>
          obs(id, "present"),
        ),
      }),
    );
    expect(r.profiles[0]?.dimensions.every((d) => d.present.length === 0)).toBe(true);
    expect(r.forms.pointedTo).toEqual(["forced_criminality"]);
  });

  it("turns barriers into approach guidance without changing the assessment", () => {
    const input = anInput({ observations: [obs("alx.dec.01", "present"), obs("alx.exp.01", "present")] });
    const plain = evaluateScreening(input);
    const withBarriers = evaluateScreening({ ...input, barriers: ["shame", "fear_of_authorities"] });
    expect(withBarriers.profiles).toEqual(plain.profiles);
    expect(withBarriers.approachGuidance).toEqual([{ barrier: "shame" }, { barrier: "fear_of_authorities" }]);
    expect(withBarriers.nextSteps.map((m) => m.key)).toContain("screening.next.approach");
  });

  it("ends every screening with the way to assistance, immediate danger first", () => {
    const complete = iloIndicators("adult_labour").map((i) => obs(i.id, "absent"));
    for (const observations of [[], complete]) {
      const steps = evaluateScreening(anInput({ observations })).nextSteps.map((m) => m.key);
      expect(steps[0]).toBe("screening.next.immediateDanger");
      expect(steps.at(-1)).toBe("screening.next.referral");
    }
  });

  it("adds child protection to the next steps when a child profile is screened", () => {
    const steps = evaluateScreening(anInput({ profiles: ["child_sexual"] })).nextSteps.map((m) => m.key);
    expect(steps).toContain("screening.next.childProtection");
  });
});
