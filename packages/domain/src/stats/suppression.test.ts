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
    // Enumerate the non-negative 2 × 2 tables with the same published cells and totals. A cell of
    // such a table can exceed the original counts' 12 (a move along a cycle adds to some cells), so
    // each cell ranges up to the largest total possible, 48; published values prune the search.
    const bound = 2 * 2 * 12;
    const range = (published: number | null) =>
      published === null ? Array.from({ length: bound + 1 }, (_, v) => v) : [published];
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 2, maxLength: 2 }), {
          minLength: 2,
          maxLength: 2,
        }),
        minCellSize,
        (counts, k) => {
          const pub = controlTable(["a", "b"], ["x", "y"], counts, k);
          const [r0, r1] = pub.rowTotals;
          const [c0, c1] = pub.columnTotals;
          const cell = (i: number, j: number) => pub.cells[i]?.[j] ?? null;
          const seen = [new Set<number>(), new Set<number>(), new Set<number>(), new Set<number>()];
          for (const a of range(cell(0, 0)))
            for (const b of range(cell(0, 1))) {
              if (r0 !== null && r0 !== undefined && a + b !== r0) continue;
              for (const c of range(cell(1, 0))) {
                if (c0 !== null && c0 !== undefined && a + c !== c0) continue;
                for (const d of range(cell(1, 1))) {
                  if (r1 !== null && r1 !== undefined && c + d !== r1) continue;
                  if (c1 !== null && c1 !== undefined && b + d !== c1) continue;
                  if (pub.total !== null && a + b + c + d !== pub.total) continue;
                  for (const [n, v] of [a, b, c, d].entries()) seen[n]?.add(v);
                }
              }
            }
          // The real table is among them, so a published cell has exactly its one value.
          expect(seen.map((values) => values.size > 0)).toEqual([true, true, true, true]);
          pub.cells.forEach((row, i) => {
            row.forEach((v, j) => {
              if (v === null)
                expect(seen[i * 2 + j]?.size, `cell ${i},${j} of ${JSON.stringify(counts)}`).toBeGreaterThan(
                  1,
                );
            });
          });
        },
      ),
      { numRuns: 25 },
    );
  });

  it("brute force: the table that once escaped the search (1 and 4 hidden with k = 5) keeps every hidden cell open", () => {
    const pub = controlTable(
      ["a", "b"],
      ["x", "y"],
      [
        [1, 4],
        [12, 12],
      ],
      5,
    );
    // a + b = 5, c + d = 24, a + c = 13, b + d = 16: a = 0 … 5 are all consistent.
    expect(pub.rowTotals).toEqual([5, 24]);
    expect(pub.cells.flat().every((v) => v === null)).toBe(true);
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
