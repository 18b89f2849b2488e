import { z } from "zod";
import { ageBands, exploitationForms, genders } from "../cases/index.ts";
import { sectors } from "../mapping/vocabularies.ts";
import { actionStatuses, chapters } from "../planning/index.ts";
import { referralStatuses, serviceTypes } from "../referral/index.ts";
import { ControlledCount, type ControlledTable } from "./controlled-table.ts";
import { type BinCounts, controlOverBins, type LinkedResult } from "./linked-tables.ts";
import { roundSeries } from "./rounding.ts";

/** Forms as statistics count them: one form, "mixed" when a case has several, or none recorded. */
export const formCategories = [...exploitationForms, "mixed", "not_recorded"] as const;
export const FormCategory = z.enum(formCategories);
/** Sectors of exploitation as statistics count them: the local map's list, or none recorded. */
export const sectorCategories = [...sectors, "not_recorded"] as const;
export const SectorCategory = z.enum(sectorCategories);
/** Days from first contact to the first assistance, in bands. */
export const timeToAssistanceBands = ["0-7", "8-30", "31-90", "91+", "not_yet"] as const;
/** Time from a referral's sending to its answer (accepted or declined), in bands. */
export const responseTimeBands = [
  "within_1_day",
  "within_3_days",
  "within_7_days",
  "over_7_days",
  "not_answered",
] as const;
export type ResponseTimeBand = (typeof responseTimeBands)[number];

/** The band of a response time in hours (null: not answered). */
export function responseTimeBandOf(hours: number | null): ResponseTimeBand {
  if (hours === null) return "not_answered";
  if (hours <= 24) return "within_1_day";
  if (hours <= 72) return "within_3_days";
  if (hours <= 168) return "within_7_days";
  return "over_7_days";
}

/** One chart's numbers: categories with their published counts (null where hidden) and the total. */
export const Series = z.object({
  categories: z.array(z.string()),
  values: z.array(ControlledCount),
  total: ControlledCount,
});
export type Series = z.infer<typeof Series>;

const Year = z.coerce.number().int("a whole year").min(1990, "1990 or later").max(2100, "2100 or earlier");

/** The dashboards' filter: a period of whole calendar years, and a form of exploitation. */
export const dashboardQueryShape = {
  from: Year,
  to: Year,
  form: FormCategory.optional(),
};
/** The longest period the dashboards give figures for at once, in years. */
export const maxPeriodYears = 30;
/** The period's own rules, for every schema built on the filter's shape. */
export function checkPeriod<T extends { from: number; to: number }>(schema: z.ZodType<T>) {
  return schema
    .refine((q) => q.from <= q.to, { path: ["to"], message: "the period ends before it starts" })
    .refine((q) => q.to - q.from < maxPeriodYears, {
      path: ["from"],
      message: `a period of at most ${maxPeriodYears} years`,
    });
}
export const DashboardQuery = checkPeriod(z.strictObject(dashboardQueryShape));
export type DashboardQuery = z.infer<typeof DashboardQuery>;
/** The cases dashboard's filter: the period, a form and a sector of exploitation. */
export const casesQueryShape = { ...dashboardQueryShape, sector: SectorCategory.optional() };
export const CasesQuery = checkPeriod(z.strictObject(casesQueryShape));
export type CasesQuery = z.infer<typeof CasesQuery>;

export const CasesDashboard = z.object({
  minCellSize: z.number().int(),
  /** Published counts are rounded to this base (1: not rounded). */
  roundingBase: z.number().int(),
  from: z.number().int(),
  to: z.number().int(),
  form: FormCategory.nullable(),
  sector: SectorCategory.nullable(),
  perYear: Series,
  byForm: Series,
  /** Cases by sector of exploitation (of the filtered form). */
  bySector: Series,
  byGender: Series,
  byAgeBand: Series,
  byCitizenship: Series,
  timeToAssistance: Series,
});
export type CasesDashboard = z.infer<typeof CasesDashboard>;

export const ReferralsDashboard = z.object({
  minCellSize: z.number().int(),
  roundingBase: z.number().int(),
  from: z.number().int(),
  to: z.number().int(),
  perYear: Series,
  byServiceType: Series,
  byStatus: Series,
  overdue: Series,
  responseTime: Series,
  /** Overdue referrals as a share of all, in whole percent, from published figures only (null when either is hidden). */
  overdueSharePercent: z.number().int().nullable(),
});
export type ReferralsDashboard = z.infer<typeof ReferralsDashboard>;

/** The action plan's progress: counts of action points, which are about work, not persons. */
export const ActionPlanProgress = z.object({
  chapters: z.array(z.string()),
  statuses: z.array(z.string()),
  counts: z.array(z.array(z.number().int())),
  meanProgressPercent: z.array(z.number()),
});
export type ActionPlanProgress = z.infer<typeof ActionPlanProgress>;

export interface CaseCountRow {
  year: number;
  form: string;
  dimension: "gender" | "ageBand" | "citizenship" | "timeToAssistance" | "sector";
  value: string;
  count: number;
}

/** The calendar years of a period, in order. */
export const yearsOf = (q: { from: number; to: number }) =>
  Array.from({ length: q.to - q.from + 1 }, (_, i) => q.from + i);

/** Counts placed in one table per year, dimension, row and column (zeros where nothing was counted). */
export function binsOf<R>(
  years: readonly number[],
  rows: readonly string[],
  columns: Record<string, readonly string[]>,
  counts: readonly R[],
  place: (r: R) => { year: number; row: string; dimension: string; column: string; count: number },
): BinCounts[] {
  const byYear = new Map<number, BinCounts>();
  for (const y of years) {
    byYear.set(y, {
      tables: Object.fromEntries(
        Object.entries(columns).map(([d, cols]) => [
          d,
          rows.map(() => new Array<number>(cols.length).fill(0)),
        ]),
      ),
    });
  }
  for (const r of counts) {
    const p = place(r);
    const bin = byYear.get(p.year);
    const i = rows.indexOf(p.row);
    const j = columns[p.dimension]?.indexOf(p.column) ?? -1;
    const row = bin?.tables[p.dimension]?.[i];
    if (row && j >= 0) row[j] = (row[j] ?? 0) + p.count;
  }
  return years.map((y) => byYear.get(y) as BinCounts);
}

/** A 1-D series from a linked result: the column totals, or one row when the rows are filtered. */
export function seriesOf(t: ControlledTable, row: number | null): Series {
  if (row === null) return { categories: t.columns, values: t.columnTotals, total: t.total };
  return { categories: t.columns, values: t.cells[row] ?? [], total: t.rowTotals[row] ?? null };
}

/** The per-year series of a linked result: each year's total, or one row's when the rows are filtered. */
export function perYearOf(
  years: readonly number[],
  result: { bins: LinkedResult[]; period: LinkedResult },
  row: number | null,
) {
  return {
    categories: years.map(String),
    values: result.bins.map((b) => (row === null ? b.rowTable.total : (b.rowTable.cells[row]?.[0] ?? null))),
    total: row === null ? result.period.rowTable.total : (result.period.rowTable.cells[row]?.[0] ?? null),
  };
}

/** The case dimensions' categories; citizenships are every one on record in any year. */
export function caseColumnsOf(counts: readonly CaseCountRow[]): Record<CaseCountRow["dimension"], string[]> {
  const citizenships = [
    ...new Set(counts.filter((c) => c.dimension === "citizenship").map((c) => c.value)),
  ].sort();
  return {
    gender: [...genders],
    ageBand: [...ageBands, "unknown"],
    citizenship: citizenships,
    timeToAssistance: [...timeToAssistanceBands],
    sector: [...sectorCategories],
  };
}

/** The form × dimension tables of case counts, one bin per year. */
export function caseBinsOf(
  years: readonly number[],
  columns: Record<string, readonly string[]>,
  counts: readonly CaseCountRow[],
): BinCounts[] {
  return binsOf(years, formCategories, columns, counts, (c) => ({
    year: c.year,
    row: c.form,
    dimension: c.dimension,
    column: c.value,
    count: c.count,
  }));
}

/**
 * The cases dashboard under disclosure control: every figure comes out of one protection of the
 * year × form × dimension tables (linked on their shared totals), so every chart, filter and period
 * is consistent with every other and none gives away what another hid.
 * Citizenship categories are every citizenship on record in any year, so a year's protection never
 * depends on the period asked for.
 * The sector is one of the dimensions, so a sector filter can only pick published cells of the
 * form × sector table: the cases per year and by form in that sector. Gender, age band, citizenship
 * and time to assistance are not crossed with the sector (a third dimension would need its own
 * protection, and two protections of the same cases could be differenced), so those charts stay
 * unfiltered by sector; the response says so by its `sector` and the screens tell it.
 */
export function casesDashboard(
  counts: readonly CaseCountRow[],
  q: CasesQuery | DashboardQuery,
  k: number,
  roundingBase = 1,
): CasesDashboard {
  const years = yearsOf(q);
  const columns = caseColumnsOf(counts);
  const result = controlOverBins(formCategories, columns, caseBinsOf(years, columns, counts), k);
  const row = q.form ? formCategories.indexOf(q.form) : null;
  const sector = "sector" in q && q.sector ? q.sector : null;
  const p = result.period.tables;
  const bySectorTable = p.sector as ControlledTable;
  const byForm = result.period.rowTable;
  const round = (series: Series) => roundSeries(series, roundingBase);
  const column = sector === null ? -1 : sectorCategories.indexOf(sector);
  return {
    minCellSize: k,
    roundingBase,
    from: q.from,
    to: q.to,
    form: q.form ?? null,
    sector,
    perYear: round(
      sector === null ? perYearOf(years, result, row) : sectorPerYearOf(years, result, row, column),
    ),
    byForm: round(
      sector === null
        ? { categories: byForm.rows, values: byForm.cells.map((c) => c[0] ?? null), total: byForm.total }
        : {
            categories: bySectorTable.rows,
            values: bySectorTable.cells.map((c) => c[column] ?? null),
            total: bySectorTable.columnTotals[column] ?? null,
          },
    ),
    bySector: round(seriesOf(bySectorTable, row)),
    byGender: round(seriesOf(p.gender as ControlledTable, row)),
    byAgeBand: round(seriesOf(p.ageBand as ControlledTable, row)),
    byCitizenship: round(seriesOf(p.citizenship as ControlledTable, row)),
    timeToAssistance: round(seriesOf(p.timeToAssistance as ControlledTable, row)),
  };
}

/** The per-year series of one sector: its column total in each year's form × sector table, or one form's cell. */
function sectorPerYearOf(
  years: readonly number[],
  result: { bins: LinkedResult[]; period: LinkedResult },
  row: number | null,
  column: number,
): Series {
  const pick = (t: ControlledTable) =>
    (row === null ? t.columnTotals[column] : t.cells[row]?.[column]) ?? null;
  return {
    categories: years.map(String),
    values: result.bins.map((b) => pick(b.tables.sector as ControlledTable)),
    total: pick(result.period.tables.sector as ControlledTable),
  };
}

export interface ReferralCountRow {
  year: number;
  serviceType: string;
  status: string;
  overdue: boolean;
  response: ResponseTimeBand;
  count: number;
}

/** Overdue as a whole percent of the total, from already published figures (never from hidden ones). */
function overdueShareOf(overdue: Series): number | null {
  const v = overdue.values[0] ?? null;
  if (v === null || overdue.total === null || overdue.total === 0) return null;
  return Math.round((100 * v) / overdue.total);
}

/** The referrals dashboard under the same control: service type × status, × overdue and × response time, per year. */
export function referralsDashboard(
  counts: readonly ReferralCountRow[],
  q: Pick<DashboardQuery, "from" | "to">,
  k: number,
  roundingBase = 1,
): ReferralsDashboard {
  const years = yearsOf(q);
  const rows = [...serviceTypes, "none"];
  const columns = {
    status: [...referralStatuses],
    overdue: ["overdue", "on_time"],
    responseTime: [...responseTimeBands],
  };
  const bins = binsOf(
    years,
    rows,
    columns,
    counts.flatMap((c) => [
      { year: c.year, row: c.serviceType, dimension: "status", column: c.status, count: c.count },
      {
        year: c.year,
        row: c.serviceType,
        dimension: "overdue",
        column: c.overdue ? "overdue" : "on_time",
        count: c.count,
      },
      { year: c.year, row: c.serviceType, dimension: "responseTime", column: c.response, count: c.count },
    ]),
    (x) => x,
  );
  const result = controlOverBins(rows, columns, bins, k);
  const rt = result.period.rowTable;
  const round = (series: Series) => roundSeries(series, roundingBase);
  const overdue = round(seriesOf(result.period.tables.overdue as ControlledTable, null));
  return {
    minCellSize: k,
    roundingBase,
    from: q.from,
    to: q.to,
    perYear: round(perYearOf(years, result, null)),
    byServiceType: round({ categories: rt.rows, values: rt.cells.map((c) => c[0] ?? null), total: rt.total }),
    byStatus: round(seriesOf(result.period.tables.status as ControlledTable, null)),
    overdue,
    responseTime: round(seriesOf(result.period.tables.responseTime as ControlledTable, null)),
    overdueSharePercent: overdueShareOf(overdue),
  };
}

/** The action plan's progress per chapter and status. */
export function actionPlanProgress(
  counts: readonly { chapter: string; status: string; count: number; progress: number }[],
): ActionPlanProgress {
  const cs = [...chapters];
  const ss = [...actionStatuses];
  const table = cs.map(() => ss.map(() => 0));
  const weighted = cs.map(() => 0);
  for (const c of counts) {
    const i = cs.indexOf(c.chapter as (typeof cs)[number]);
    const j = ss.indexOf(c.status as (typeof ss)[number]);
    if (i < 0 || j < 0) continue;
    (table[i] as number[])[j] = c.count;
    weighted[i] = (weighted[i] as number) + c.progress * c.count;
  }
  return {
    chapters: cs,
    statuses: ss,
    counts: table,
    meanProgressPercent: table.map((row, i) => {
      const n = row.reduce((a, b) => a + b, 0);
      return n === 0 ? 0 : Math.round((weighted[i] as number) / n);
    }),
  };
}
