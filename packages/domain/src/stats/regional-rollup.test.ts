import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { genders } from "../cases/index.ts";
import type { ControlledTable } from "./controlled-table.ts";
import {
  type CaseCountRow,
  caseBinsOf,
  caseColumnsOf,
  casesDashboard,
  formCategories,
  timeToAssistanceBands,
} from "./dashboards.ts";
import { controlOverBins } from "./linked-tables.ts";
import { controlRegionYear, regionalDashboard } from "./regional-rollup.ts";
import { LinearKnowledge } from "./testing.ts";

// Three forms carry cases (the others are zero); each case has a gender and one of two
// time-to-assistance bands, and the same age band and citizenship: two informative dimensions
// linked on the form totals, small enough for the exact oracle.
const F = 3;
const G = genders.length;
const T = 2;
const bands = [timeToAssistanceBands[0], timeToAssistanceBands[4]] as const;
const count = fc.oneof(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 15 }));
/** cases[m][f][g][t] of one year. */
const municipalityYear = fc.array(
  fc.array(fc.array(count, { minLength: T, maxLength: T }), { minLength: G, maxLength: G }),
  { minLength: F, maxLength: F },
);
const scenario = fc
  .record({
    k: fc.integer({ min: 5, max: 11 }),
    years: fc.integer({ min: 1, max: 2 }),
    municipalities: fc.integer({ min: 2, max: 3 }),
  })
  .chain((s) =>
    fc
      .array(fc.array(municipalityYear, { minLength: s.years, maxLength: s.years }), {
        minLength: s.municipalities,
        maxLength: s.municipalities,
      })
      .map((data) => ({ ...s, data })),
  );
type Cases = number[][][][][]; // [m][y][f][g][t]
const firstYear = 2024;
const wipCounterExample = [
  [
    [2, 0, 0, 5],
    [0, 3, 0, 4],
    [10, 4, 0, 0],
  ],
  [
    [7, 0, 1, 1],
    [1, 4, 0, 0],
    [1, 0, 0, 0],
  ],
].map((forms) => [forms.map((byGender) => byGender.map((n) => [n, 0]))]);

/** A municipality's counts as the database keeps them: each case once in every dimension. */
function countsOf(years: number[][][][]): CaseCountRow[] {
  const rows: CaseCountRow[] = [];
  years.forEach((forms, y) => {
    forms.forEach((byGender, f) => {
      const form = formCategories[f] as string;
      const year = firstYear + y;
      let total = 0;
      const byBand = new Array<number>(T).fill(0);
      byGender.forEach((byBandOfGender, g) => {
        const n = byBandOfGender.reduce((a, b) => a + b, 0);
        total += n;
        byBandOfGender.forEach((v, t) => {
          byBand[t] = (byBand[t] as number) + v;
        });
        if (n > 0) rows.push({ year, form, dimension: "gender", value: genders[g] as string, count: n });
      });
      byBand.forEach((n, t) => {
        if (n > 0)
          rows.push({ year, form, dimension: "timeToAssistance", value: bands[t] as string, count: n });
      });
      if (total > 0) {
        rows.push({ year, form, dimension: "ageBand", value: "30-38", count: total });
        rows.push({ year, form, dimension: "citizenship", value: "FI", count: total });
      }
    });
  });
  return rows;
}

describe("controlRegionYear", () => {
  it("keeps every municipality's figures exactly as its own dashboard shows them", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const ms = s.data.map((years, i) => ({ name: `m${i}`, counts: countsOf(years) }));
        const t = controlRegionYear(ms, firstYear, s.k);
        ms.forEach((m, i) => {
          const own = casesDashboard(m.counts, { from: firstYear, to: firstYear }, s.k).byForm;
          expect(t.cells[i]).toEqual(own.values);
          expect(t.rowTotals[i]).toBe(own.total);
        });
        for (const v of [...t.columnTotals, t.total]) if (v !== null) expect(v === 0 || v >= s.k).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("publishes a region's total of small municipalities once it reaches k", () => {
    const small = (n: number) => ({
      name: `m${n}`,
      counts: [
        { year: 2024, form: "forced_labour", dimension: "gender" as const, value: "female", count: n },
        { year: 2024, form: "forced_labour", dimension: "ageBand" as const, value: "30-38", count: n },
        { year: 2024, form: "forced_labour", dimension: "citizenship" as const, value: "FI", count: n },
        { year: 2024, form: "forced_labour", dimension: "timeToAssistance" as const, value: "0-7", count: n },
      ],
    });
    const t = controlRegionYear([small(4), small(6), small(3), small(2)], 2024, 11);
    expect(t.rowTotals).toEqual([null, null, null, null]);
    expect(t.total).toBe(15);
  });
});

describe("regionalDashboard", () => {
  it("lets nothing hidden be recomputed from every municipality's tables and the region's, over every period, together", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const M = s.municipalities;
        const Y = s.years;
        const index = (m: number, y: number, f: number, g: number, t: number) =>
          (((m * Y + y) * F + f) * G + g) * T + t;
        const known = new LinearKnowledge(M * Y * F * G * T);
        const data = s.data as Cases;
        const truthOf = (fn: Map<number, number>) => {
          let sum = 0;
          for (const i of fn.keys()) {
            const t = i % T;
            const g = Math.floor(i / T) % G;
            const f = Math.floor(i / (T * G)) % F;
            const y = Math.floor(i / (T * G * F)) % Y;
            const m = Math.floor(i / (T * G * F * Y));
            sum += data[m]?.[y]?.[f]?.[g]?.[t] ?? 0;
          }
          return sum;
        };
        /** The unknown cases the figure counts: municipalities, years, forms, and a column test. */
        const fnOf = (
          mm: number[],
          yy: number[],
          ff: number[],
          column: (g: number, t: number) => boolean,
        ) => {
          const fn = new Map<number, number>();
          for (const m of mm)
            for (const y of yy)
              for (const f of ff)
                for (let g = 0; g < G; g++)
                  for (let t = 0; t < T; t++) if (column(g, t)) fn.set(index(m, y, f, g, t), 1);
          return fn;
        };
        const secrets: Map<number, number>[] = [];
        const see = (value: number | null, fn: Map<number, number>) => {
          if (fn.size === 0) return;
          if (value !== null) known.learn(fn);
          else if (truthOf(fn) > 0) secrets.push(fn);
        };
        const all = (n: number) => Array.from({ length: n }, (_, i) => i);
        const ms = data.map((years, i) => ({ name: `m${i}`, counts: countsOf(years) }));
        // Which unknown cases a column of each dimension's table counts.
        const columnTest = (d: string, value: string) => (g: number, t: number) =>
          d === "gender"
            ? genders[g] === value
            : d === "timeToAssistance"
              ? bands[t] === value
              : d === "ageBand"
                ? value === "30-38"
                : value === "FI";
        const visit = (t: ControlledTable, d: string, m: number, yy: number[]) => {
          const everything = () => true;
          t.cells.forEach((row, f) => {
            if (f >= F) return;
            row.forEach((v, j) => {
              see(v, fnOf([m], yy, [f], columnTest(d, t.columns[j] as string)));
            });
          });
          t.rowTotals.forEach((v, f) => {
            if (f < F) see(v, fnOf([m], yy, [f], everything));
          });
          t.columnTotals.forEach((v, j) => {
            see(v, fnOf([m], yy, all(F), columnTest(d, t.columns[j] as string)));
          });
          see(t.total, fnOf([m], yy, all(F), everything));
        };
        const periods: number[][] = [];
        for (let a = 0; a < Y; a++)
          for (let b = a; b < Y; b++) periods.push(all(b - a + 1).map((i) => a + i));
        // Every municipality's own dashboard: each year and every period, every dimension's table.
        ms.forEach((m, i) => {
          const columns = caseColumnsOf(m.counts);
          const bins = caseBinsOf(
            all(Y).map((y) => firstYear + y),
            columns,
            m.counts,
          );
          const { bins: each } = controlOverBins(formCategories, columns, bins, s.k);
          each.forEach((b, y) => {
            for (const d of Object.keys(columns)) visit(b.tables[d] as ControlledTable, d, i, [y]);
            visit(b.rowTable, "all", i, [y]);
          });
          for (const yy of periods) {
            const p = controlOverBins(
              formCategories,
              columns,
              yy.map((y) => bins[y] as never),
              s.k,
            ).period;
            for (const d of Object.keys(columns)) visit(p.tables[d] as ControlledTable, d, i, yy);
            visit(p.rowTable, "all", i, yy);
          }
        });
        // The region's dashboard for every period.
        for (const yy of periods) {
          const r = regionalDashboard(
            ms,
            { from: firstYear + (yy[0] as number), to: firstYear + (yy.at(-1) as number) },
            s.k,
          );
          const t = r.table;
          t.cells.forEach((row, m) => {
            row.forEach((v, f) => {
              if (f < F)
                see(
                  v,
                  fnOf([m], yy, [f], () => true),
                );
            });
          });
          t.rowTotals.forEach((v, m) => {
            see(
              v,
              fnOf([m], yy, all(F), () => true),
            );
          });
          t.columnTotals.forEach((v, f) => {
            if (f < F)
              see(
                v,
                fnOf(all(M), yy, [f], () => true),
              );
          });
          see(
            t.total,
            fnOf(all(M), yy, all(F), () => true),
          );
          r.perYear.values.forEach((v, j) => {
            see(
              v,
              fnOf(all(M), [yy[j] as number], all(F), () => true),
            );
          });
        }
        for (const fn of secrets) expect(known.determines(fn)).toBe(false);
      }),
      {
        numRuns: 150,
        // The draft's counter-example: two municipalities × three forms × gender, k = 5.
        examples: [[{ k: 5, years: 1, municipalities: 2, data: wipCounterExample }]],
      },
    );
  });
});
