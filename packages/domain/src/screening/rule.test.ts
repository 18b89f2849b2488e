import { describe, expect, it } from "vitest";
import { indicatorsNeeded, indicatorsNeededForProfile, thresholdClause } from "./rule.ts";

const c = (strong: number, medium: number, weak: number) => ({ strong, medium, weak });

// Golden cases of the ILO/EC (2009) "how to use" rule for one dimension.
describe("thresholdClause (ILO/EC 2009 rule for one dimension)", () => {
  it.each([
    ["two strong", c(2, 0, 0), "two_strong"],
    ["three strong", c(3, 0, 0), "two_strong"],
    ["one strong and one medium", c(1, 1, 0), "strong_and_medium_or_weak"],
    ["one strong and one weak", c(1, 0, 1), "strong_and_medium_or_weak"],
    ["three medium", c(0, 3, 0), "three_medium"],
    ["two medium and one weak", c(0, 2, 1), "two_medium_and_weak"],
    ["two medium and three weak", c(0, 2, 3), "two_medium_and_weak"],
  ] as const)("makes a dimension positive with %s", (_name, counts, clause) => {
    expect(thresholdClause(counts)).toBe(clause);
  });

  it.each([
    ["nothing", c(0, 0, 0)],
    ["one strong alone", c(1, 0, 0)],
    ["one medium", c(0, 1, 0)],
    ["two medium", c(0, 2, 0)],
    ["one medium and two weak", c(0, 1, 2)],
    ["one medium and ten weak", c(0, 1, 10)],
    ["one weak", c(0, 0, 1)],
    ["three weak", c(0, 0, 3)],
    ["twenty weak", c(0, 0, 20)],
  ] as const)("does not make a dimension positive with %s", (_name, counts) => {
    expect(thresholdClause(counts)).toBeNull();
  });

  it("never makes a dimension positive with weak indicators alone", () => {
    for (let w = 0; w <= 50; w++) expect(thresholdClause(c(0, 0, w))).toBeNull();
  });
});

describe("indicatorsNeeded", () => {
  it("is 0 for a positive dimension", () => {
    expect(indicatorsNeeded(c(2, 0, 0), c(0, 0, 0))).toBe(0);
  });
  it("counts the fewest unknown indicators that could make it positive", () => {
    expect(indicatorsNeeded(c(1, 0, 0), c(0, 0, 1))).toBe(1);
    expect(indicatorsNeeded(c(0, 0, 0), c(2, 3, 0))).toBe(2);
    expect(indicatorsNeeded(c(0, 1, 0), c(0, 2, 0))).toBe(2);
    expect(indicatorsNeeded(c(0, 2, 0), c(0, 0, 1))).toBe(1);
  });
  it("is infinite when even every unknown indicator could not make it positive", () => {
    expect(indicatorsNeeded(c(0, 0, 0), c(0, 0, 9))).toBe(Number.POSITIVE_INFINITY);
    expect(indicatorsNeeded(c(0, 1, 0), c(0, 0, 5))).toBe(Number.POSITIVE_INFINITY);
    expect(indicatorsNeeded(c(0, 0, 0), c(0, 2, 0))).toBe(Number.POSITIVE_INFINITY);
  });
});

describe("indicatorsNeededForProfile", () => {
  const none = {
    deceptive_recruitment: Number.POSITIVE_INFINITY,
    coercive_recruitment: Number.POSITIVE_INFINITY,
    recruitment_abuse_of_vulnerability: Number.POSITIVE_INFINITY,
    exploitative_conditions: Number.POSITIVE_INFINITY,
    coercion_at_destination: Number.POSITIVE_INFINITY,
    abuse_of_vulnerability_at_destination: Number.POSITIVE_INFINITY,
  };
  it("requires for an adult recruitment, exploitation and coercion or abuse at destination", () => {
    const need = {
      ...none,
      coercive_recruitment: 0,
      exploitative_conditions: 0,
      abuse_of_vulnerability_at_destination: 0,
    };
    expect(indicatorsNeededForProfile(need, false)).toBe(0);
    expect(indicatorsNeededForProfile({ ...need, abuse_of_vulnerability_at_destination: 2 }, false)).toBe(2);
  });
  it("does not require the means at destination for a child", () => {
    const need = { ...none, deceptive_recruitment: 0, exploitative_conditions: 0 };
    expect(indicatorsNeededForProfile(need, true)).toBe(0);
    expect(indicatorsNeededForProfile(need, false)).toBe(Number.POSITIVE_INFINITY);
  });
});
