import { describe, expect, it } from "vitest";
import { catalogueV1 } from "./catalogue-v1/index.ts";
import { evaluateScreening } from "./evaluate.ts";
import { nextQuestion } from "./next-question.ts";
import { anInput, iloIndicators, obs, positiveSet } from "./testing.ts";
import { screeningTimeline } from "./timeline.ts";

const [dec1, dec2] = positiveSet("adult_labour", "deceptive_recruitment");
const [exp1, exp2] = positiveSet("adult_labour", "exploitative_conditions");
const [cod1, cod2] = positiveSet("adult_labour", "coercion_at_destination");

describe("screeningTimeline", () => {
  const observations = [
    obs(dec1 ?? "", "present", "2026-01-10"),
    obs(dec2 ?? "", "present", "2026-01-10"),
    obs(exp1 ?? "", "present", "2026-02-10"),
    obs(exp2 ?? "", "present", "2026-02-10"),
    obs(cod1 ?? "", "present", "2026-03-10"),
    obs(cod2 ?? "", "present", "2026-03-10"),
    obs(cod1 ?? "", "absent", "2026-04-10"),
  ];

  it("shows how the result changed across the observation dates", () => {
    const t = screeningTimeline(anInput({ observations }));
    expect(t.map((e) => [e.date, e.outcome, e.changed])).toEqual([
      ["2026-01-10", "not_indicated_yet", ["adult_labour"]],
      ["2026-02-10", "not_indicated_yet", []],
      ["2026-03-10", "indicated", ["adult_labour"]],
      ["2026-04-10", "not_indicated_yet", ["adult_labour"]],
    ]);
    expect(t.map((e) => e.profiles[0]?.missing)).toEqual([4, 2, 0, 1]);
  });

  it("stops at asOf", () => {
    const t = screeningTimeline(anInput({ observations, asOf: "2026-03-31" }));
    expect(t.at(-1)?.date).toBe("2026-03-10");
  });

  it("agrees with evaluateScreening on every date", () => {
    for (const e of screeningTimeline(anInput({ observations }))) {
      expect(evaluateScreening(anInput({ observations, asOf: e.date })).outcome).toBe(e.outcome);
    }
  });
});

describe("nextQuestion", () => {
  it("asks first what brings the rule closest", () => {
    const observations = [dec1, dec2, exp1, exp2, "alx.cod.01"].map((id) => obs(id ?? "", "present"));
    expect(nextQuestion(anInput({ observations }))).toMatchObject({
      reason: "moves_towards_rule",
      dimension: "coercion_at_destination",
      decisive: true,
    });
  });

  it("asks a strong indicator first on an empty screening", () => {
    expect(nextQuestion(anInput())).toMatchObject({ reason: "moves_towards_rule", strength: "strong" });
  });

  it("completes the picture once the result cannot change, then stops", () => {
    const all = iloIndicators("adult_labour").map((i) => obs(i.id, "absent"));
    const q = nextQuestion(anInput({ observations: all.slice(1) }));
    expect(q).toMatchObject({ reason: "completes_picture" });
    const everything = catalogueV1.indicators.map((i) => obs(i.id, "absent"));
    expect(nextQuestion(anInput({ observations: everything }))).toBeNull();
  });
});
