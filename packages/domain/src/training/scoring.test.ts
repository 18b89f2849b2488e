import { describe, expect, it } from "vitest";
import { evaluateScreening } from "../screening/index.ts";
import { scenarioById, scenarios } from "./scenarios/index.ts";
import { answerKey, scenarioChoices, scenarioInput, scoreScenario, unknownMarks } from "./scoring.ts";

const berry = scenarioById("agri-berry-fee")!;

describe("scenario scoring against the screening engine", () => {
  it("takes the engine's own evaluation of the same facts as the answer key, with its reasons", () => {
    for (const s of scenarios) {
      const engine = evaluateScreening(scenarioInput(s));
      const key = answerKey(s);
      expect(key.level, s.id).toBe(engine.assistance.level);
      expect(key.ilo, s.id).toBe(engine.outcome);
      expect(key.reasons, s.id).toEqual(engine.assistance.reasons);
      expect(key.reasons.length, s.id).toBeGreaterThan(0);
    }
  });

  it("passes a learner who finds the facts and picks the engine's next step", () => {
    const score = scoreScenario(berry, { marked: [...berry.present], nextStep: "offer_assistance" });
    expect(score).toMatchObject({ stepRight: true, missed: [], wrong: [], passed: true });
    expect(score.levelOfMarks).toBe("offer_assistance");
  });

  it("fails the right marks with the wrong next step, naming the engine's", () => {
    const score = scoreScenario(berry, { marked: [...berry.present], nextStep: "keep_asking" });
    expect(score.passed).toBe(false);
    expect(score.key.level).toBe("offer_assistance");
  });

  it("fails a learner who marks more wrongly than rightly, and says what the marks alone would give", () => {
    const distractors = scenarioChoices(berry).filter((id) => !berry.present.includes(id));
    const score = scoreScenario(berry, {
      marked: [berry.present[0]!, ...distractors.slice(0, 2)],
      nextStep: "offer_assistance",
    });
    expect(score.found).toEqual([berry.present[0]]);
    expect(score.wrong).toHaveLength(2);
    expect(score.missed).toHaveLength(berry.present.length - 1);
    expect(score.passed).toBe(false);
    expect(score.levelOfMarks).not.toBe("offer_assistance");
  });

  it("expects 'keep asking' where the facts are too few, and nothing marked where nothing is shown", () => {
    const greenhouse = scenarioById("agri-greenhouse-hours")!;
    expect(answerKey(greenhouse).level).toBe("keep_asking");
    expect(scoreScenario(greenhouse, { marked: greenhouse.present, nextStep: "keep_asking" }).passed).toBe(
      true,
    );
    const calm = scenarioById("agri-no-concern")!;
    expect(answerKey(calm).level).toBe("no_concern_recorded");
    expect(scoreScenario(calm, { marked: [], nextStep: "no_concern_recorded" }).passed).toBe(true);
    expect(scoreScenario(calm, { marked: [calm.absent[0]!], nextStep: "no_concern_recorded" }).passed).toBe(
      false,
    );
  });

  it("offers the facts among stable distractors, and names marks that are not among the choices", () => {
    const choices = scenarioChoices(berry);
    expect(choices).toEqual(scenarioChoices(berry));
    for (const id of berry.present) expect(choices).toContain(id);
    expect(choices.length).toBe(berry.present.length + 4);
    expect(unknownMarks(berry, [berry.present[0]!, "nope", choices[1]!])).toEqual([1]);
  });
});
