import { type ControlledTable, publishTable, sumControlledTables } from "./controlled-table.ts";
import { suppressSmallCells } from "./suppression.ts";

/**
 * One bin (a year) of counts: the row dimension (form of exploitation) crossed with each column
 * dimension (gender, age band, …). All the tables share their row totals, so they are protected
 * together: a row total hidden in one is hidden in all, else one table would give away what the
 * other hid.
 */
export interface BinCounts {
  /** Per column dimension, the counts [row][column]. */
  tables: Record<string, number[][]>;
}

export interface LinkedResult {
  /** The row dimension alone (rows × one "total" column). */
  rowTable: ControlledTable;
  /** Each column dimension crossed with the rows. */
  tables: Record<string, ControlledTable>;
}

/** Protects one bin's linked tables until their shared row totals are hidden alike (a fixpoint). */
export function controlLinkedTables(
  rows: readonly string[],
  columns: Record<string, readonly string[]>,
  bin: BinCounts,
  k: number,
): LinkedResult {
  const dims = Object.keys(columns);
  const firstDim = dims[0];
  const rowCounts = rows.map((_, i) => {
    if (firstDim === undefined) return 0;
    return (bin.tables[firstDim]?.[i] ?? []).reduce((a, b) => a + b, 0);
  });
  const asColumn = rowCounts.map((n) => [n]);
  let forced: boolean[] = new Array(rows.length + 1).fill(false);
  for (;;) {
    const rowTable = suppressSmallCells(asColumn, 1, k, { rowTotals: forced.map((f) => f || undefined) });
    // The row table's hidden totals bind every cross table; published ones must stay published.
    const pattern = rowTable.hidden.map((h) => h[1] === true || h[0] === true);
    const crossed = Object.fromEntries(
      dims.map((d) => [
        d,
        suppressSmallCells(bin.tables[d] ?? [], columns[d]?.length ?? 0, k, { rowTotals: pattern }),
      ]),
    );
    const union = pattern.map((h, i) =>
      dims.some((d) => {
        const w = columns[d]?.length ?? 0;
        return crossed[d]?.hidden[i]?.[w] === true;
      })
        ? true
        : h,
    );
    if (union.every((h, i) => h === pattern[i])) {
      return {
        rowTable: publishTable(rows, ["total"], rowTable, k),
        tables: Object.fromEntries(
          dims.map((d) => [d, publishTable(rows, columns[d] ?? [], crossed[d] as never, k)]),
        ),
      };
    }
    forced = union;
  }
}

/** Protects each bin, then the period as the sum of its bins (see sumControlledTables). */
export function controlOverBins(
  rows: readonly string[],
  columns: Record<string, readonly string[]>,
  bins: readonly BinCounts[],
  k: number,
): { bins: LinkedResult[]; period: LinkedResult } {
  const each = bins.map((b) => controlLinkedTables(rows, columns, b, k));
  if (each.length === 0) {
    const empty = controlLinkedTables(rows, columns, { tables: {} }, k);
    return { bins: [], period: empty };
  }
  return {
    bins: each,
    period: {
      rowTable: sumControlledTables(
        each.map((e) => e.rowTable),
        k,
      ),
      tables: Object.fromEntries(
        Object.keys(columns).map((d) => [
          d,
          sumControlledTables(
            each.map((e) => e.tables[d] as ControlledTable),
            k,
          ),
        ]),
      ),
    },
  };
}
