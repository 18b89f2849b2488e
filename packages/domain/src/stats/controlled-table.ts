import { z } from "zod";
import { type SuppressedTable, suppressSmallCells } from "./suppression.ts";

/** A published count, or null where disclosure control hid it. */
export const ControlledCount = z.number().int().nonnegative().nullable();

/**
 * A table as it may leave the case team: every count either published or null (hidden), with the
 * minimum cell size that was applied. Shared by the API's responses and the web app's charts.
 */
export const ControlledTable = z.object({
  rows: z.array(z.string()),
  columns: z.array(z.string()),
  cells: z.array(z.array(ControlledCount)),
  rowTotals: z.array(ControlledCount),
  columnTotals: z.array(ControlledCount),
  total: ControlledCount,
  minCellSize: z.number().int(),
});
export type ControlledTable = z.infer<typeof ControlledTable>;

/** The published face of a suppressed table: hidden cells become null. */
export function publishTable(
  rows: readonly string[],
  columns: readonly string[],
  t: SuppressedTable,
  k: number,
): ControlledTable {
  const r = rows.length;
  const c = columns.length;
  const shown = (i: number, j: number, v: number) => (t.hidden[i]?.[j] ? null : v);
  return {
    rows: [...rows],
    columns: [...columns],
    cells: t.counts.map((row, i) => row.map((v, j) => shown(i, j, v))),
    rowTotals: t.rowTotals.map((v, i) => shown(i, c, v)),
    columnTotals: t.columnTotals.map((v, j) => shown(r, j, v)),
    total: shown(r, c, t.total),
    minCellSize: k,
  };
}

/** Suppresses and publishes a table in one step (no linked tables). */
export function controlTable(
  rows: readonly string[],
  columns: readonly string[],
  counts: readonly (readonly number[])[],
  k: number,
): ControlledTable {
  return publishTable(rows, columns, suppressSmallCells(counts, columns.length, k), k);
}

const sumIfAll = (values: readonly (number | null)[]): number | null =>
  values.some((v) => v === null) ? null : values.reduce<number>((a, v) => a + (v as number), 0);

/**
 * A table over several bins (years) of the same shape: a cell is published only when it is
 * published in every bin. So every published figure is a sum of figures already published per
 * bin, and two overlapping periods can be differenced into nothing that was not public already.
 */
export function sumControlledTables(tables: readonly ControlledTable[], k: number): ControlledTable {
  const first = tables[0];
  if (!first) throw new Error("sumControlledTables needs at least one table");
  return {
    rows: first.rows,
    columns: first.columns,
    cells: first.cells.map((row, i) =>
      row.map((_, j) => sumIfAll(tables.map((t) => t.cells[i]?.[j] ?? null))),
    ),
    rowTotals: first.rowTotals.map((_, i) => sumIfAll(tables.map((t) => t.rowTotals[i] ?? null))),
    columnTotals: first.columnTotals.map((_, j) => sumIfAll(tables.map((t) => t.columnTotals[j] ?? null))),
    total: sumIfAll(tables.map((t) => t.total)),
    minCellSize: k,
  };
}
