import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { catalogueV1 } from "./catalogue-v1/index.ts";
import { evaluateScreening } from "./evaluate.ts";
import { nextQuestionGroup, rankQuestions } from "./question-ranking.ts";
import { anInput, iloIndicators, obs, positiveSet } from "./testing.ts";
import type { ProfileId } from "./types.ts";
import { profileIds } from "./types.ts";

const conceptOf = (id: string) => {
  const ind = catalogueV1.indicators.find((i) => i.id === id);
  return ind?.concept;
};

describe("rankQuestions", () => {
  it("asks one question for the same indicator in two selected lists, carrying both ids", () => {
    const r = evaluateScreening(anInput({ profiles: ["adult_labour", "adult_sexual"] }));
    const ranked = rankQuestions(r);
    const first = ranked[0]!;
    expect(first.indicators).toHaveLength(2);
    expect(first.indicators.map((id) => id.slice(0, 3)).sort()).toEqual(["alx", "asx"]);
    expect(new Set(first.indicators.map(conceptOf)).size).toBe(1);
    expect(first.moves).toEqual(["adult_labour", "adult_sexual"]);
    // Every question is asked once: no two groups share an id.
    const ids = ranked.flatMap((g) => g.indicators);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("puts a question that moves two profiles before an equally decisive one that moves one", () => {
    // "Forced tasks or clients" is strong in the (reconstructed) adult sexual list and medium in
    // the adult labour list; "Debt bondage" at destination is strong in both.
    const r = evaluateScreening(anInput({ profiles: ["adult_labour", "adult_sexual"] }));
    const ranked = rankQuestions(r).filter((g) => g.dimension === "coercion_at_destination");
    const byKey = new Map(ranked.map((g, i) => [g.key, i]));
    const debt = byKey.get("coercion_at_destination:debt-bondage")!;
    expect(ranked[debt]!.moves).toHaveLength(2);
    for (const g of ranked) {
      if (g.moves.length === 1 && g.missingAfter === ranked[debt]!.missingAfter)
        expect(byKey.get(g.key)!).toBeGreaterThan(debt);
    }
  });

  it("ranks a decisive question first, naming the profile it would decide", () => {
    const profile: ProfileId = "adult_labour";
    const rec = positiveSet(profile, "deceptive_recruitment");
    const exp = positiveSet(profile, "exploitative_conditions");
    // One strong indicator at destination: any further strong or medium one there is decisive.
    const cod = iloIndicators(profile, "coercion_at_destination").find((i) => i.strength === "strong")!;
    const r = evaluateScreening(
      anInput({
        profiles: [profile, "child_labour"],
        observations: [...rec, ...exp, cod.id].map((id) => obs(id, "present")),
      }),
    );
    const first = rankQuestions(r)[0]!;
    expect(first.decisiveFor).toEqual([profile]);
    expect(first.missingAfter).toBe(0);
    expect(first.dimension).toBe("coercion_at_destination");
    expect(first.strength).toBe("strong");
  });

  it("leaves out questions already asked, even when answered 'not known'", () => {
    const input = anInput();
    const first = nextQuestionGroup(input)!;
    const after = nextQuestionGroup({
      ...input,
      observations: first.indicators.map((id) => obs(id, "unknown")),
    })!;
    expect(after.key).not.toBe(first.key);
    expect(after.indicators).not.toContain(first.indicators[0]);
  });

  it("is empty once no answer can change any result", () => {
    const profile: ProfileId = "child_labour";
    const present = [
      ...positiveSet(profile, "deceptive_recruitment"),
      ...positiveSet(profile, "exploitative_conditions"),
    ];
    const r = evaluateScreening(
      anInput({ profiles: [profile], observations: present.map((id) => obs(id, "present")) }),
    );
    expect(r.profiles[0]!.outcome).toBe("indicated");
    expect(rankQuestions(r)).toEqual([]);
  });

  it("does not depend on the order of profiles or observations", () => {
    const ids = catalogueV1.indicators.filter((i) => i.kind === "ilo").map((i) => i.id);
    fc.assert(
      fc.property(
        fc.shuffledSubarray([...profileIds], { minLength: 1 }),
        fc.uniqueArray(fc.constantFrom(...ids), { maxLength: 12 }),
        fc.array(
          fc.constantFrom("present", "absent", "unknown") as fc.Arbitrary<"present" | "absent" | "unknown">,
          {
            minLength: 12,
            maxLength: 12,
          },
        ),
        (profiles, chosen, statuses) => {
          const observations = chosen
            .filter((id) =>
              profiles.some((p) =>
                catalogueV1.indicators.find((i) => i.id === id && i.kind === "ilo" && i.profile === p),
              ),
            )
            .map((id, i) => obs(id, statuses[i]!));
          const a = rankQuestions(evaluateScreening({ profiles, observations }));
          const b = rankQuestions(
            evaluateScreening({
              profiles: [...profiles].reverse(),
              observations: [...observations].reverse(),
            }),
          );
          expect(b).toEqual(a);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("nextQuestionGroup", () => {
  // Following the guided order with every answer "present": the fewest questions the rule allows
  // (two strong in each needed dimension), and a second list costs no extra question.
  it.each([
    [["adult_labour"], 6],
    [["adult_labour", "adult_sexual"], 6],
    [["child_labour", "child_sexual"], 4],
  ] as const)(
    "reaches 'indicated' for %j in %i questions when every answer is present",
    (profiles, expected) => {
      const observations: ReturnType<typeof obs>[] = [];
      let asked = 0;
      while (evaluateScreening({ profiles: [...profiles], observations }).outcome !== "indicated") {
        const q = nextQuestionGroup({ profiles: [...profiles], observations }, { forms: [] });
        expect(q?.reason).toBe("moves_towards_rule");
        observations.push(...q!.indicators.map((id) => obs(id, "present")));
        asked += 1;
      }
      expect(asked).toBe(expected);
      const r = evaluateScreening({ profiles: [...profiles], observations });
      expect(r.forms.indicated).toEqual([...profiles]);
    },
  );

  it("completes the picture once the result can no longer change, then offers the chosen forms", () => {
    const profile: ProfileId = "child_labour";
    const all = iloIndicators(profile).map((i) => obs(i.id, "absent"));
    const q = nextQuestionGroup(anInput({ profiles: [profile], observations: all }), {
      forms: ["forced_begging"],
    });
    expect(q).toMatchObject({ reason: "completes_picture", form: "forced_begging", dimension: null });
    expect(q!.indicators[0]).toMatch(/^sup\.beg\./);

    const some = iloIndicators(profile)
      .slice(1)
      .map((i) => obs(i.id, "absent"));
    const open = nextQuestionGroup(anInput({ profiles: [profile], observations: some }));
    expect(open).toMatchObject({ reason: "completes_picture", indicators: [iloIndicators(profile)[0]!.id] });
  });

  it("returns null when every question of the lists and the chosen forms has been asked", () => {
    const profile: ProfileId = "adult_labour";
    const all = iloIndicators(profile).map((i) => obs(i.id, "absent"));
    expect(nextQuestionGroup(anInput({ profiles: [profile], observations: all }), { forms: [] })).toBeNull();
  });
});
