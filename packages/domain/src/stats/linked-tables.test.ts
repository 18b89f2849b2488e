import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ControlledTable } from "./controlled-table.ts";
import { controlOverBins } from "./linked-tables.ts";
import { LinearKnowledge } from "./testing.ts";

const count = fc.oneof(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 40 }));
const shape = fc.record({
  years: fc.integer({ min: 1, max: 3 }),
  rows: fc.integer({ min: 1, max: 3 }),
  gender: fc.integer({ min: 1, max: 3 }),
  age: fc.integer({ min: 1, max: 3 }),
  k: fc.integer({ min: 5, max: 11 }),
});
const scenario = shape.chain((s) =>
  fc
    .array(
      fc.record({
        gender: fc.array(fc.array(count, { minLength: s.gender, maxLength: s.gender }), {
          minLength: s.rows,
          maxLength: s.rows,
        }),
        age: fc.array(fc.array(count, { minLength: s.age, maxLength: s.age }), {
          minLength: s.rows,
          maxLength: s.rows,
        }),
      }),
      { minLength: s.years, maxLength: s.years },
    )
    .map((years) => ({ ...s, data: years })),
);

const label = (n: number, p: string) => Array.from({ length: n }, (_, i) => `${p}${i}`);

describe("controlOverBins: linked tables over overlapping periods", () => {
  it("nothing hidden in any year follows from all the year tables and every overlapping period together", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const rows = label(s.rows, "r");
        const columns = { gender: label(s.gender, "g"), age: label(s.age, "a") };
        const width = { gender: s.gender, age: s.age } as const;
        // The attacker's unknowns: every fine count, per year, table, row and column.
        const index = (y: number, d: "gender" | "age", i: number, j: number) =>
          y * s.rows * (s.gender + s.age) + i * (s.gender + s.age) + (d === "gender" ? j : s.gender + j);
        const unknowns = s.years * s.rows * (s.gender + s.age);
        const known = new LinearKnowledge(unknowns);
        // Structure the attacker knows: both tables of a year count the same people per row.
        for (let y = 0; y < s.years; y++) {
          for (let i = 0; i < s.rows; i++) {
            const f = new Map<number, number>();
            for (let j = 0; j < s.gender; j++) f.set(index(y, "gender", i, j), 1);
            for (let j = 0; j < s.age; j++) f.set(index(y, "age", i, j), -1);
            known.learn(f);
          }
        }
        const fnOf = (years: number[], d: "gender" | "age", i: number | "all", j: number | "all") => {
          const f = new Map<number, number>();
          for (const y of years)
            for (let a = 0; a < s.rows; a++)
              for (let b = 0; b < width[d]; b++)
                if ((i === "all" || i === a) && (j === "all" || j === b)) f.set(index(y, d, a, b), 1);
          return f;
        };
        const visit = (
          t: ControlledTable,
          d: "gender" | "age",
          years: number[],
          on: (hidden: boolean, f: Map<number, number>) => void,
        ) => {
          t.cells.forEach((row, i) => {
            row.forEach((v, j) => {
              on(v === null, fnOf(years, d, i, j));
            });
          });
          t.rowTotals.forEach((v, i) => {
            on(v === null, fnOf(years, d, i, "all"));
          });
          t.columnTotals.forEach((v, j) => {
            on(v === null, fnOf(years, d, "all", j));
          });
          on(t.total === null, fnOf(years, d, "all", "all"));
        };
        const visitRowTable = (
          t: ControlledTable,
          years: number[],
          on: (h: boolean, f: Map<number, number>) => void,
        ) => {
          t.cells.forEach((row, i) => {
            on(row[0] === null, fnOf(years, "gender", i, "all"));
          });
          on(t.total === null, fnOf(years, "gender", "all", "all"));
        };
        const bins = s.data.map((y) => ({ tables: { gender: y.gender, age: y.age } }));
        const full = controlOverBins(rows, columns, bins, s.k);
        const hiddenFns: Map<number, number>[] = [];
        full.bins.forEach((b, y) => {
          for (const d of ["gender", "age"] as const) {
            visit(b.tables[d] as ControlledTable, d, [y], (h, f) => {
              if (h) hiddenFns.push(f);
              else known.learn(f);
            });
          }
          visitRowTable(b.rowTable, [y], (h, f) => {
            if (h) hiddenFns.push(f);
            else known.learn(f);
          });
        });
        // Every period of consecutive years, as a user could ask for them one after another.
        for (let from = 0; from < s.years; from++) {
          for (let to = from; to < s.years; to++) {
            const years = Array.from({ length: to - from + 1 }, (_, i) => from + i);
            const p = controlOverBins(rows, columns, bins.slice(from, to + 1), s.k).period;
            for (const d of ["gender", "age"] as const) {
              visit(p.tables[d] as ControlledTable, d, years, (h, f) => {
                if (!h) known.learn(f);
              });
            }
            visitRowTable(p.rowTable, years, (h, f) => {
              if (!h) known.learn(f);
            });
          }
        }
        for (const f of hiddenFns) expect(known.determines(f)).toBe(false);
      }),
      { numRuns: 150 },
    );
  });

  it("shows a row total the same way in every table of a year", () => {
    const out = controlOverBins(
      ["labour", "sexual"],
      { gender: ["female", "male"], age: ["child", "adult"] },
      [
        {
          tables: {
            gender: [
              [20, 25],
              [3, 30],
            ],
            age: [
              [30, 15],
              [1, 32],
            ],
          },
        },
      ],
      11,
    );
    const b = out.bins[0];
    expect(b?.tables.gender?.rowTotals).toEqual(b?.tables.age?.rowTotals);
    expect(b?.tables.age?.cells[1]?.[0]).toBeNull();
  });

  it("publishes a period's cell only when every year published it", () => {
    const bins = [{ tables: { gender: [[20, 4]] } }, { tables: { gender: [[20, 40]] } }];
    const out = controlOverBins(["all"], { gender: ["female", "male"] }, bins, 11);
    expect(out.bins[1]?.tables.gender?.cells[0]).toEqual([20, 40]);
    expect(out.period.tables.gender?.cells[0]?.[1]).toBeNull();
  });
});
