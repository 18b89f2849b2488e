import { describe, expect, it } from "vitest";
import { questionKeyOf } from "./assistance-evidence.ts";
import { catalogueV2 } from "./catalogue-v2/index.ts";
import { evaluateScreening } from "./evaluate.ts";
import { obs } from "./testing.ts";
import type { Observation, ProfileId, ScreeningMode } from "./types.ts";

const shortSet = catalogueV2.firstContact ?? [];
const run = (profiles: ProfileId[], observations: Observation[], mode: ScreeningMode = "first_contact") =>
  evaluateScreening({ catalogueVersion: "catalogue-v2", mode, profiles, observations }).assistance;

describe("assistance next questions", () => {
  it("asks the first-contact set first, at most five at a time", () => {
    const a = run(["adult_labour"], []);
    expect(a.nextQuestions.length).toBe(5);
    for (const q of a.nextQuestions) {
      expect(shortSet).toContain(q.key);
      expect(q.firstContact).toBe(true);
    }
  });

  it("moves to the full catalogue once every first-contact question is answered", () => {
    const ids = catalogueV2.indicators
      .filter(
        (i) => shortSet.includes(questionKeyOf(i)) && (i.kind !== "ilo" || i.profile === "adult_labour"),
      )
      .map((i) => obs(i.id, "unknown"));
    const a = run(["adult_labour"], ids);
    expect(a.nextQuestions.length).toBeGreaterThan(0);
    for (const q of a.nextQuestions) expect(shortSet).not.toContain(q.key);
  });

  it("ranks the question that reaches offer_assistance first", () => {
    // Exploitation shown; any strong coercion fact now settles the means and the act.
    const a = run(["adult_labour"], [obs("alx.exp.01", "present"), obs("alx.exp.04", "present")]);
    expect(a.nextQuestions[0]?.levelIfPresent).toBe("offer_assistance");
    expect(a.nextQuestions[0]?.settles).toEqual(["act", "means"]);
  });

  it("breaks ties by what can be asked safely first, not by id", () => {
    // Among the strong coercion questions (equal in effect and strength) the first-contact order
    // puts debt before documents (alx.cod.02 before alx.cod.01) and violence last.
    const a = run(["adult_labour"], [obs("alx.exp.01", "present"), obs("alx.exp.04", "present")], "full");
    const keys = a.nextQuestions.map((q) => q.key);
    const debt = keys.indexOf("coercion_at_destination:debt-bondage");
    const documents = keys.indexOf("coercion_at_destination:confiscation-of-documents");
    expect(debt).toBeGreaterThanOrEqual(0);
    expect(documents).toBeGreaterThan(debt);
  });

  it("asks a child the questions that show exploitation", () => {
    const a = run(["child_labour"], [obs("clx.exp.01", "present")]);
    expect(a.nextQuestions[0]?.elements).toContain("purpose");
    expect(a.nextQuestions[0]?.levelIfPresent).toBe("offer_assistance");
  });

  it("records a shared question under each selected list", () => {
    const a = run(["adult_labour", "adult_sexual"], []);
    const shared = a.nextQuestions.filter((q) => !q.key.startsWith("ariadne:"));
    expect(shared.length).toBeGreaterThan(0);
    for (const q of shared) expect(q.indicators.map((id) => id.slice(0, 3)).sort()).toEqual(["alx", "asx"]);
  });
});
