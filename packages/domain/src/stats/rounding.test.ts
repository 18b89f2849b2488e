import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CaseCountRow, casesDashboard } from "./dashboards.ts";
import { RoundingBase, roundCount, roundingBases } from "./rounding.ts";

const base = fc.constantFrom(...roundingBases.filter((b) => b > 1));

describe("rounding to a base", () => {
  it("gives a multiple of the base within half a base, never 0 for a count, hidden stays hidden", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), base, (v, b) => {
        const r = roundCount(v, b) as number;
        expect(r % b).toBe(0);
        if (v === 0) expect(r).toBe(0);
        else {
          expect(r).toBeGreaterThanOrEqual(b);
          expect(Math.abs(r - v)).toBeLessThanOrEqual(Math.max(b / 2, b - v));
        }
        expect(roundCount(null, b)).toBeNull();
        expect(roundCount(v, 1)).toBe(v);
      }),
      { numRuns: 500 },
    );
  });

  it("never lowers a larger count below a smaller one (monotone)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 1000 }),
        base,
        (a, b, base) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(roundCount(lo, base) as number).toBeLessThanOrEqual(roundCount(hi, base) as number);
        },
      ),
    );
  });

  it("rounds every published figure of a dashboard and leaves every hidden one hidden", () => {
    const counts: CaseCountRow[] = [
      { year: 2024, form: "forced_labour", dimension: "gender", value: "female", count: 23 },
      { year: 2024, form: "forced_labour", dimension: "gender", value: "male", count: 3 },
      { year: 2024, form: "sexual_exploitation", dimension: "gender", value: "female", count: 17 },
    ];
    const q = { from: 2024, to: 2024 };
    const exact = casesDashboard(counts, q, 5);
    const rounded = casesDashboard(counts, q, 5, 5);
    expect(rounded.roundingBase).toBe(5);
    expect(exact.roundingBase).toBe(1);
    exact.byGender.values.forEach((v, i) => {
      expect(rounded.byGender.values[i]).toBe(roundCount(v, 5));
    });
    expect(rounded.byGender.values).toContain(null);
    expect(rounded.byForm.values.filter((v) => v !== null).every((v) => v % 5 === 0)).toBe(true);
  });

  it("accepts only the bases it knows", () => {
    expect(RoundingBase.safeParse("5").success).toBe(true);
    expect(RoundingBase.safeParse("4").success).toBe(false);
    expect(RoundingBase.safeParse("0").success).toBe(false);
  });
});
