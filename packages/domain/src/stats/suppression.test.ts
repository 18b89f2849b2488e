import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { controlTable } from "./controlled-table.ts";
import { recomputableCells, suppressSmallCells } from "./suppression.ts";
import { LinearKnowledge } from "./testing.ts";

/** Small counts are the interesting ones: many below k, some zeros, a few large. */
const count = fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 60 }));
const table = fc
  .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }))
  .chain(([r, c]) =>
    fc.array(fc.array(count, { minLength: c, maxLength: c }), { minLength: r, maxLength: r }),
  );
const minCellSize = fc.integer({ min: 5, max: 11 });

/** The functional of the extended table's cell (i, j) over the r × c unknowns. */
function functionalOf(r: number, c: number, i: number, j: number): Map<number, number> {
  const f = new Map<number, number>();
  for (let a = 0; a < r; a++) {
    for (let b = 0; b < c; b++) {
      if ((i === r || i === a) && (j === c || j === b)) f.set(a * c + b, 1);
    }
  }
  return f;
}

describe("suppressSmallCells", () => {
  it("hides every count from 1 to k − 1, totals included", () => {
    fc.assert(
      fc.property(table, minCellSize, (counts, k) => {
        const c = counts[0]?.length ?? 0;
        const t = suppressSmallCells(counts, c, k);
        const values = [
          ...t.counts.map((row, i) => [...row, t.rowTotals[i] as number]),
          [...t.columnTotals, t.total],
        ];
        values.forEach((row, i) => {
          row.forEach((v, j) => {
            if (v > 0 && v < k) expect(t.hidden[i]?.[j]).toBe(true);
          });
        });
      }),
      { numRuns: 300 },
    );
  });

  it("leaves no hidden cell that the published cells and totals determine (exact linear check)", () => {
    fc.assert(
      fc.property(table, minCellSize, (counts, k) => {
        const r = counts.length;
        const c = counts[0]?.length ?? 0;
        const t = suppressSmallCells(counts, c, k);
        const known = new LinearKnowledge(r * c);
        for (let i = 0; i <= r; i++)
          for (let j = 0; j <= c; j++) if (!t.hidden[i]?.[j]) known.learn(functionalOf(r, c, i, j));
        for (let i = 0; i <= r; i++) {
          for (let j = 0; j <= c; j++) {
            if (t.hidden[i]?.[j])
              expect(known.determines(functionalOf(r, c, i, j)), `cell ${i},${j}`).toBe(false);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("brute force on tiny tables: every hidden cell has at least two values consistent with what is published", () => {
    // Enumerate all non-negative tables with the same published cells and totals (2 × 2, counts ≤ 12).
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 2, maxLength: 2 }), {
          minLength: 2,
          maxLength: 2,
        }),
        minCellSize,
        (counts, k) => {
          const pub = controlTable(["a", "b"], ["x", "y"], counts, k);
          const seen = new Map<string, Set<number>>();
          const bound = 2 * 12 * 2;
          for (let a = 0; a <= 12; a++)
            for (let b = 0; b <= 12; b++)
              for (let c = 0; c <= 12; c++)
                for (let d = 0; d <= 12; d++) {
                  const alt = controlTable(
                    ["a", "b"],
                    ["x", "y"],
                    [
                      [a, b],
                      [c, d],
                    ],
                    1,
                  );
                  const consistent =
                    pub.cells.every((row, i) => row.every((v, j) => v === null || v === alt.cells[i]?.[j])) &&
                    pub.rowTotals.every((v, i) => v === null || v === alt.rowTotals[i]) &&
                    pub.columnTotals.every((v, j) => v === null || v === alt.columnTotals[j]) &&
                    (pub.total === null || pub.total === alt.total);
                  if (!consistent) continue;
                  alt.cells.forEach((row, i) => {
                    row.forEach((v, j) => {
                      const key = `${i},${j}`;
                      seen.set(key, (seen.get(key) ?? new Set()).add(v as number));
                    });
                  });
                }
          expect(bound).toBeGreaterThan(0);
          pub.cells.forEach((row, i) => {
            row.forEach((v, j) => {
              if (v === null) expect(seen.get(`${i},${j}`)?.size ?? 0).toBeGreaterThan(1);
            });
          });
        },
      ),
      { numRuns: 25 },
    );
  });

  it("finds the cell a lone suppression leaves recomputable from its row total", () => {
    expect(
      recomputableCells([
        [true, false, false],
        [false, false, false],
        [false, false, false],
      ]),
    ).toEqual([[0, 0]]);
  });

  it("publishes a table with no small count untouched", () => {
    const t = controlTable(
      ["a", "b"],
      ["x", "y"],
      [
        [20, 30],
        [0, 15],
      ],
      11,
    );
    expect(t.cells).toEqual([
      [20, 30],
      [0, 15],
    ]);
    expect(t.total).toBe(65);
  });

  it("hides a second cell in the row, the column and the totals when one count is small", () => {
    const t = controlTable(
      ["a", "b"],
      ["x", "y"],
      [
        [3, 30],
        [40, 50],
      ],
      11,
    );
    expect(t.cells[0]?.[0]).toBeNull();
    expect(t.cells.flat().filter((v) => v === null).length).toBeGreaterThanOrEqual(4);
    expect(t.total).toBe(123);
  });
});
