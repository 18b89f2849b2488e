import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Answer,
  type Answers,
  answers,
  assessMaturity,
  maturityLevels,
  proposeActionPoints,
} from "./self-assessment.ts";
import { templateV1 } from "./template-v1.ts";

const allAnswered = (answer: Answer): Answers => Object.fromEntries(templateV1.map((a) => [a.id, answer]));
const levelOf = (given: Answers, chapter: string) =>
  assessMaturity(given).find((m) => m.chapter === chapter)!.level;

describe("self-assessment", () => {
  it("gives every chapter a maturity level", () => {
    expect(assessMaturity({}).map((m) => m.chapter)).toEqual([
      "mapping",
      "identification",
      "referral_and_assistance",
      "prevention",
      "cooperation",
    ]);
  });

  it("calls a chapter not started when nothing is in place, and embedded when everything is", () => {
    expect(levelOf({}, "mapping")).toBe("not_started");
    expect(levelOf(allAnswered("no"), "prevention")).toBe("not_started");
    expect(levelOf(allAnswered("yes"), "prevention")).toBe("embedded");
  });

  it("counts partly as half and leaves not-applicable items out", () => {
    // prevention has four recommendations
    const given: Answers = {
      "prevention.awareness": "yes",
      "prevention.new-target-groups": "partly",
      "prevention.outreach": "no",
      "prevention.procurement": "not_applicable",
    };
    const m = assessMaturity(given).find((c) => c.chapter === "prevention")!;
    expect(m.applicable).toBe(3);
    expect(m.ratio).toBeCloseTo(0.5);
    expect(m.level).toBe("developing");
  });

  it("turns every gap into a proposed action point citing the template", () => {
    const given: Answers = {
      ...allAnswered("yes"),
      "mapping.locations": "partly",
      "prevention.procurement": "no",
    };
    delete given["cooperation.partnership"];
    expect(proposeActionPoints(given)).toEqual([
      {
        templateActionId: "mapping.locations",
        chapter: "mapping",
        title: "Strengthen: Map the relevant locations and sectors",
        answer: "partly",
      },
      {
        templateActionId: "prevention.procurement",
        chapter: "prevention",
        title: "Include ethical criteria and social clauses in public procurement",
        answer: "no",
      },
      {
        templateActionId: "cooperation.partnership",
        chapter: "cooperation",
        title: "Build a multidisciplinary partnership",
        answer: "unanswered",
      },
    ]);
  });

  it("never lowers a chapter's level when an answer improves (property)", () => {
    const rank = (a: Answer) => ({ no: 0, partly: 1, yes: 2, not_applicable: -1 })[a];
    const arbAnswers = fc.dictionary(
      fc.constantFrom(...templateV1.map((a) => a.id)),
      fc.constantFrom(...answers.filter((a) => a !== "not_applicable")),
    );
    fc.assert(
      fc.property(arbAnswers, fc.constantFrom(...templateV1.map((a) => a.id)), (given, id) => {
        const before = given[id] ?? "no";
        const better: Answer = rank(before) === 0 ? "partly" : "yes";
        const after = { ...given, [id]: better } as Answers;
        const chapter = templateV1.find((a) => a.id === id)!.chapter;
        const idx = (g: Answers) => maturityLevels.indexOf(levelOf(g, chapter));
        return idx(after) >= idx(given as Answers);
      }),
    );
  });
});
