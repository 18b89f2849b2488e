import { z } from "zod";
import { ControlledTable, publishTable, sumControlledTables } from "./controlled-table.ts";
import {
  type CaseCountRow,
  caseBinsOf,
  caseColumnsOf,
  checkPeriod,
  dashboardQueryShape,
  formCategories,
  Series,
  yearsOf,
} from "./dashboards.ts";
import type { BinCounts } from "./linked-tables.ts";
import { controlLinkedTables } from "./linked-tables.ts";
import { roundCount, roundSeries } from "./rounding.ts";
import { type SuppressedTable, suppressSmallCells } from "./suppression.ts";

/** The regional dashboard's filter: a period of whole calendar years. */
export const RegionalQuery = checkPeriod(
  z.strictObject({ from: dashboardQueryShape.from, to: dashboardQueryShape.to }),
);
export type RegionalQuery = z.infer<typeof RegionalQuery>;

/** A region's roll-up of cases: per year, per form of exploitation, per municipality, and their table. */
export const RegionalDashboard = z.object({
  minCellSize: z.number().int(),
  roundingBase: z.number().int(),
  from: z.number().int(),
  to: z.number().int(),
  perYear: Series,
  byForm: Series,
  byMunicipality: Series,
  /** Municipalities × forms over the period, with the municipalities' and the region's totals. */
  table: ControlledTable,
});
export type RegionalDashboard = z.infer<typeof RegionalDashboard>;

/** One municipality of the region with its case counts (all years), as its own dashboard reads them. */
export interface MunicipalityCounts {
  name: string;
  counts: readonly CaseCountRow[];
}

/** A municipality's year as its own dashboard protects it: form counts and which ones it hid. */
function ownYear(m: MunicipalityCounts, year: number, k: number) {
  const columns = caseColumnsOf(m.counts);
  const bin = caseBinsOf([year], columns, m.counts)[0] as BinCounts;
  const rowTable = controlLinkedTables(formCategories, columns, bin, k).rowTable;
  // Every case is counted once in each dimension: the gender table's rows are the form counts.
  const counts = formCategories.map((_, f) => (bin.tables.gender?.[f] ?? []).reduce((a, b) => a + b, 0));
  return {
    counts,
    hidden: [...rowTable.cells.map((c) => c[0] === null), rowTable.total === null],
  };
}

/**
 * One year of a region under disclosure control (issue 17): the municipalities × forms table with
 * each municipality's total and the region's totals per form and overall. Every municipal figure
 * is fixed as its own dashboard publishes or hides it (those are public already); the region's
 * figures are then suppressed over the whole table, so that no hidden municipal figure can be
 * recomputed from the region's totals together with every municipality's published figures. A
 * region figure whose municipal parts are all published is known anyway and is published; should
 * no set of region figures protect the table, every other region figure is hidden (then each one
 * is a sum of published parts or protected on a cycle through the region's row).
 */
export function controlRegionYear(
  municipalities: readonly MunicipalityCounts[],
  year: number,
  k: number,
): ControlledTable {
  const own = municipalities.map((m) => ownYear(m, year, k));
  const F = formCategories.length;
  const known = [
    ...formCategories.map((_, f) => own.every((o) => o.hidden[f] === false)),
    own.every((o) => o.hidden[F] === false),
  ];
  const fixed = own.map((o) => o.hidden);
  const t: SuppressedTable = suppressSmallCells(
    own.map((o) => o.counts),
    F,
    k,
    { cells: [...fixed, known.map((kn) => (kn ? false : undefined))] },
  );
  const kept = fixed.every((row, i) => row.every((h, j) => t.hidden[i]?.[j] === h));
  const region = kept ? (t.hidden[own.length] as boolean[]) : known.map((kn) => !kn);
  return publishTable(
    municipalities.map((m) => m.name),
    formCategories,
    { ...t, hidden: [...fixed, region] },
    k,
  );
}

const roundTable = (t: ControlledTable, base: number): ControlledTable => ({
  ...t,
  cells: t.cells.map((row) => row.map((v) => roundCount(v, base))),
  rowTotals: t.rowTotals.map((v) => roundCount(v, base)),
  columnTotals: t.columnTotals.map((v) => roundCount(v, base)),
  total: roundCount(t.total, base),
});

/**
 * The regional dashboard: each year of the period protected on its own (controlRegionYear), the
 * period as the sum of its years, a figure published only when every year published it. So every
 * published figure is a sum of published yearly figures, and two overlapping periods cannot be
 * differenced into anything new. Rounding, when the deployment asks for it, comes last.
 */
export function regionalDashboard(
  municipalities: readonly MunicipalityCounts[],
  q: RegionalQuery,
  k: number,
  roundingBase = 1,
): RegionalDashboard {
  const years = yearsOf(q).map((y) => controlRegionYear(municipalities, y, k));
  const period = sumControlledTables(years, k);
  const round = (s: Series) => roundSeries(s, roundingBase);
  return {
    minCellSize: k,
    roundingBase,
    from: q.from,
    to: q.to,
    perYear: round({
      categories: yearsOf(q).map(String),
      values: years.map((t) => t.total),
      total: period.total,
    }),
    byForm: round({ categories: period.columns, values: period.columnTotals, total: period.total }),
    byMunicipality: round({ categories: period.rows, values: period.rowTotals, total: period.total }),
    table: roundTable(period, roundingBase),
  };
}
