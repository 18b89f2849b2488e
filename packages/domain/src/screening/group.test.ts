import { describe, expect, it } from "vitest";
import { evaluateGroupScreening, type GroupAnswer, type GroupScreeningData } from "./group.ts";
import { GroupScreeningInput } from "./group-schemas.ts";
import { parseScreeningInput } from "./schemas.ts";

const a = (question: string, status: GroupAnswer["status"] = "present"): GroupAnswer => ({
  question,
  status,
  observedAt: "2026-10-01",
});

// A berry farm visited by outreach: long days and crowded housing for everyone; one worker's
// passport is held; a worker's child is there too.
const farm: GroupScreeningData = {
  catalogueVersion: "catalogue-v2",
  profiles: ["adult_labour"],
  shared: [
    a("exploitative_conditions:excessive-working-hours"),
    a("exploitative_conditions:bad-living-conditions"),
    a("exploitative_conditions:no-social-protection"),
  ],
  people: [
    { ref: "worker 1", child: false, answers: [a("coercion_at_destination:confiscation-of-documents")] },
    {
      ref: "worker 2",
      child: false,
      answers: [a("exploitative_conditions:bad-living-conditions", "absent")],
    },
    { ref: "child of worker 1", child: true, answers: [] },
  ],
};

describe("group screening", () => {
  const [w1, w2, child] = evaluateGroupScreening(farm);

  it("gives each person their own result from the shared facts and their own", () => {
    expect(w1?.result.assistance.level).toBe("offer_assistance");
    expect(w2?.result.assistance.level).toBe("keep_asking");
    expect(w1?.input.observations.map((o) => o.indicator)).toEqual([
      "alx.exp.01",
      "alx.exp.02",
      "alx.exp.06",
      "alx.cod.01",
    ]);
  });

  it("lets a person's own answer take the place of the shared one", () => {
    expect(w2?.input.observations.find((o) => o.indicator === "alx.exp.02")?.status).toBe("absent");
    expect(w2?.input.observations.filter((o) => o.indicator === "alx.exp.02")).toHaveLength(1);
  });

  it("screens an accompanying child with the child lists", () => {
    expect(child?.input.profiles).toEqual(["child_labour"]);
    expect(child?.input.observations.map((o) => o.indicator)).toEqual(["clx.exp.01", "clx.exp.02"]);
    // "No social protection" is not in the child list.
    expect(child?.notApplicable).toEqual(["exploitative_conditions:no-social-protection"]);
    expect(child?.result.assistance.level).toBe("offer_assistance");
    expect(child?.result.assistance.steps[0]).toEqual({ key: "screening.next.childProtection" });
  });

  it("gives each person an input that can be saved to their own case as it is", () => {
    for (const p of [w1, w2, child]) expect(parseScreeningInput(p?.input).ok).toBe(true);
  });

  it("refuses unknown questions, repeated answers and a ref used twice, naming each", () => {
    const r = GroupScreeningInput.safeParse({
      ...farm,
      shared: [
        ...farm.shared,
        a("exploitative_conditions:no-such-thing"),
        a("exploitative_conditions:excessive-working-hours"),
      ],
      people: [...farm.people, { ref: "worker 1", child: false, answers: [] }],
    });
    expect(r.success).toBe(false);
    const issues = r.error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`) ?? [];
    expect(issues).toContain(
      "shared.3.question: unknown question exploitative_conditions:no-such-thing in catalogue-v2",
    );
    expect(issues).toContain(
      "shared.4.question: duplicate answer to exploitative_conditions:excessive-working-hours on 2026-10-01 (also shared.0)",
    );
    expect(issues).toContain("people.3.ref: ref worker 1 is used twice (also people.0)");
  });
});
