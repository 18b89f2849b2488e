import { describe, expect, it } from "vitest";
import { type CaseCountRow, CasesQuery, casesDashboard } from "./dashboards.ts";

// Each counted case adds one to every dimension, as the kept counts do (migrations 0085, 0104).
function countsOf(cases: { year: number; form: string; gender: string; sector: string; n: number }[]) {
  const rows: CaseCountRow[] = [];
  for (const c of cases) {
    rows.push({ year: c.year, form: c.form, dimension: "gender", value: c.gender, count: c.n });
    rows.push({ year: c.year, form: c.form, dimension: "ageBand", value: "unknown", count: c.n });
    rows.push({ year: c.year, form: c.form, dimension: "citizenship", value: "FI", count: c.n });
    rows.push({ year: c.year, form: c.form, dimension: "timeToAssistance", value: "not_yet", count: c.n });
    rows.push({ year: c.year, form: c.form, dimension: "sector", value: c.sector, count: c.n });
  }
  return rows;
}

const counts = countsOf([
  { year: 2024, form: "forced_labour", gender: "male", sector: "construction", n: 30 },
  { year: 2024, form: "forced_labour", gender: "female", sector: "cleaning", n: 20 },
  { year: 2025, form: "forced_labour", gender: "male", sector: "construction", n: 15 },
  { year: 2025, form: "sexual_exploitation", gender: "female", sector: "not_recorded", n: 40 },
  { year: 2025, form: "sexual_exploitation", gender: "female", sector: "massage_parlours", n: 2 },
]);
const at = (s: { categories: string[]; values: (number | null)[] }, c: string) =>
  s.values[s.categories.indexOf(c)];

describe("the cases dashboard by sector of exploitation", () => {
  it("counts cases by sector, hiding a small sector and enough else that it cannot be worked out", () => {
    const d = casesDashboard(counts, { from: 2024, to: 2025 }, 11);
    const truth: Record<string, number> = {
      construction: 45,
      cleaning: 20,
      not_recorded: 40,
      massage_parlours: 2,
    };
    d.bySector.categories.forEach((c, i) => {
      expect([truth[c] ?? 0, null], c).toContain(d.bySector.values[i]);
    });
    expect(at(d.bySector, "construction")).toBe(45);
    expect(at(d.bySector, "massage_parlours")).toBeNull();
    expect(d.bySector.values.filter((v) => v === null).length).toBeGreaterThan(1);
    expect(d.bySector.values.some((v) => v === 0)).toBe(true);
    expect(d.sector).toBeNull();
  });

  it("filters a sector to its cases per year and by form, and leaves the other charts unfiltered", () => {
    const all = casesDashboard(counts, { from: 2024, to: 2025 }, 11);
    const d = casesDashboard(counts, { from: 2024, to: 2025, sector: "construction" }, 11);
    expect(d.sector).toBe("construction");
    expect(d.perYear.values).toEqual([30, 15]);
    expect(d.perYear.total).toBe(45);
    expect(at(d.byForm, "forced_labour")).toBe(45);
    expect(at(d.byForm, "sexual_exploitation")).toBe(0);
    expect(d.byForm.total).toBe(45);
    expect(d.byGender).toEqual(all.byGender);
  });

  it("crosses the form and sector filters to one cell of each year", () => {
    const d = casesDashboard(counts, { from: 2024, to: 2025, form: "forced_labour", sector: "cleaning" }, 11);
    expect(d.perYear.values).toEqual([20, 0]);
    expect(d.perYear.total).toBe(20);
    expect(at(d.bySector, "cleaning")).toBe(20);
  });

  it("accepts only the map's sectors or not recorded as the filter", () => {
    expect(CasesQuery.safeParse({ from: "2024", to: "2025", sector: "construction" }).success).toBe(true);
    expect(CasesQuery.safeParse({ from: "2024", to: "2025", sector: "not_recorded" }).success).toBe(true);
    const bad = CasesQuery.safeParse({ from: "2024", to: "2025", sector: "mining" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(["sector"]);
  });
});
