import { z } from "zod";
import { vulnerableGroupKinds } from "../mapping/index.ts";
import { professionalGroups } from "../training/index.ts";
import {
  binsOf,
  type DashboardQuery,
  FormCategory,
  formCategories,
  perYearOf,
  Series,
  seriesOf,
  yearsOf,
} from "./dashboards.ts";
import { controlOverBins } from "./linked-tables.ts";
import { roundSeries } from "./rounding.ts";

/** The ILO/EC outcome of a screening (indicators of trafficking: CBSS/HEUNI 2016 after ILO/EC 2009). */
export const screeningOutcomeCategories = ["indicated", "not_indicated_yet", "not_indicated"] as const;
/** Ariadne's assistance signal as counted; "none" for a screening saved before the signal existed. */
export const assistanceSignalCategories = [
  "offer_assistance",
  "keep_asking",
  "no_concern_recorded",
  "none",
] as const;

const controlled = {
  minCellSize: z.number().int(),
  roundingBase: z.number().int(),
  from: z.number().int(),
  to: z.number().int(),
};

export const ScreeningDashboard = z.object({
  ...controlled,
  form: FormCategory.nullable(),
  /** Persons screened per year (a case counts once a year, by its latest screening of that year). */
  perYear: Series,
  byOutcome: Series,
  bySignal: Series,
});
export type ScreeningDashboard = z.infer<typeof ScreeningDashboard>;

export const TrainingDashboard = z.object({
  ...controlled,
  /** Professionals trained per year (each person once a year, in the group of their latest completion). */
  perYear: Series,
  byGroup: Series,
});
export type TrainingDashboard = z.infer<typeof TrainingDashboard>;

export const OutreachDashboard = z.object({
  ...controlled,
  /** People met on outreach visits done, per year (counts by group as the team logged them). */
  perYear: Series,
  byGroup: Series,
});
export type OutreachDashboard = z.infer<typeof OutreachDashboard>;

/** The service directory's gaps: about organisations' offers, not persons, so not suppressed. */
export const ServiceGapsChart = z.object({
  /** Active services per service type. */
  services: Series,
  /** Needs (group × language) that no active service of the type meets. */
  unmetNeeds: Series,
  groups: z.int(),
  languages: z.int(),
});
export type ServiceGapsChart = z.infer<typeof ServiceGapsChart>;

/** One screening as statistics count it: coded results only, the answers left behind. */
export interface ScreeningTally {
  caseId: string;
  /** ISO time the screening was saved. */
  at: string;
  year: number;
  form: string;
  outcome: string;
  signal: string;
}

export interface ScreeningCountRow {
  year: number;
  form: string;
  outcome: string;
  signal: string;
  count: number;
}

/** Counts persons screened: each case once a year, by the latest screening saved that year. */
export function countScreenings(screenings: readonly ScreeningTally[]): ScreeningCountRow[] {
  const latest = new Map<string, ScreeningTally>();
  for (const s of screenings) {
    const key = `${s.year}|${s.caseId}`;
    const seen = latest.get(key);
    if (!seen || s.at > seen.at) latest.set(key, s);
  }
  const counts = new Map<string, ScreeningCountRow>();
  for (const s of latest.values()) {
    const key = `${s.year}|${s.form}|${s.outcome}|${s.signal}`;
    const c = counts.get(key);
    if (c) c.count += 1;
    else counts.set(key, { year: s.year, form: s.form, outcome: s.outcome, signal: s.signal, count: 1 });
  }
  return [...counts.values()];
}

/** A year × row × dimension breakdown protected as linked tables (as the cases dashboard is). */
function protectedBreakdown(
  rows: readonly string[],
  columns: Record<string, readonly string[]>,
  years: readonly number[],
  entries: readonly { year: number; row: string; dimension: string; column: string; count: number }[],
  k: number,
  roundingBase: number,
  row: number | null,
) {
  const result = controlOverBins(
    rows,
    columns,
    binsOf(years, rows, columns, entries, (e) => e),
    k,
  );
  const round = (s: Series) => roundSeries(s, roundingBase);
  const rt = result.period.rowTable;
  return {
    perYear: round(perYearOf(years, result, row)),
    byRow: round({ categories: rt.rows, values: rt.cells.map((c) => c[0] ?? null), total: rt.total }),
    dimension: (d: string) => round(seriesOf(result.period.tables[d] as Parameters<typeof seriesOf>[0], row)),
  };
}

/**
 * Persons screened with their ILO/EC outcome and assistance signal, per year and form of
 * exploitation, under the dashboards' disclosure control (linked tables over form × outcome and
 * form × signal; the form filter selects a row of the same protected tables).
 */
export function screeningDashboard(
  counts: readonly ScreeningCountRow[],
  q: DashboardQuery,
  k: number,
  roundingBase = 1,
): ScreeningDashboard {
  const years = yearsOf(q);
  const b = protectedBreakdown(
    formCategories,
    { outcome: [...screeningOutcomeCategories], signal: [...assistanceSignalCategories] },
    years,
    counts.flatMap((c) => [
      { year: c.year, row: c.form, dimension: "outcome", column: c.outcome, count: c.count },
      { year: c.year, row: c.form, dimension: "signal", column: c.signal, count: c.count },
    ]),
    k,
    roundingBase,
    q.form ? formCategories.indexOf(q.form) : null,
  );
  return {
    minCellSize: k,
    roundingBase,
    from: q.from,
    to: q.to,
    form: q.form ?? null,
    perYear: b.perYear,
    byOutcome: b.dimension("outcome"),
    bySignal: b.dimension("signal"),
  };
}

/** A completion as training statistics count it: who (a key, never a name), which group, when. */
export interface TrainingTally {
  personKey: string;
  group: string;
  completedOn: string;
}

/**
 * Professionals trained per year and professional group (issue 14's coverage over time), each person
 * once a year in the group of their latest completion that year, under disclosure control.
 */
export function trainingDashboard(
  completions: readonly TrainingTally[],
  q: Pick<DashboardQuery, "from" | "to">,
  k: number,
  roundingBase = 1,
): TrainingDashboard {
  const latest = new Map<string, TrainingTally>();
  for (const c of completions) {
    const key = `${c.completedOn.slice(0, 4)}|${c.personKey}`;
    const seen = latest.get(key);
    if (!seen || c.completedOn > seen.completedOn) latest.set(key, c);
  }
  const b = protectedBreakdown(
    professionalGroups,
    { people: ["people"] },
    yearsOf(q),
    [...latest.values()].map((c) => ({
      year: Number(c.completedOn.slice(0, 4)),
      row: c.group,
      dimension: "people",
      column: "people",
      count: 1,
    })),
    k,
    roundingBase,
    null,
  );
  return { minCellSize: k, roundingBase, from: q.from, to: q.to, perYear: b.perYear, byGroup: b.byRow };
}

/** An outreach visit done, as statistics count it: its day and the people met by group (no names). */
export interface OutreachTally {
  on: string;
  peopleMet: Partial<Record<string, number>>;
}

/** People met on outreach visits per year and vulnerable group, under disclosure control. */
export function outreachDashboard(
  visits: readonly OutreachTally[],
  q: Pick<DashboardQuery, "from" | "to">,
  k: number,
  roundingBase = 1,
): OutreachDashboard {
  const b = protectedBreakdown(
    vulnerableGroupKinds,
    { people: ["people"] },
    yearsOf(q),
    visits.flatMap((v) =>
      Object.entries(v.peopleMet).map(([group, n]) => ({
        year: Number(v.on.slice(0, 4)),
        row: group,
        dimension: "people",
        column: "people",
        count: n ?? 0,
      })),
    ),
    k,
    roundingBase,
    null,
  );
  return { minCellSize: k, roundingBase, from: q.from, to: q.to, perYear: b.perYear, byGroup: b.byRow };
}

const plain = (categories: readonly string[], values: readonly number[]): Series => ({
  categories: [...categories],
  values: [...values],
  total: values.reduce((a, v) => a + v, 0),
});

/** The directory's services and unmet needs per service type, as a chart's two series. */
export function serviceGapsChart(
  types: readonly string[],
  activeServiceTypes: readonly string[],
  gaps: { checkedGroups: number; checkedLanguages: number; gapTypes: readonly string[] },
): ServiceGapsChart {
  const countOf = (list: readonly string[]) => types.map((t) => list.filter((x) => x === t).length);
  return {
    services: plain(types, countOf(activeServiceTypes)),
    unmetNeeds: plain(types, countOf(gaps.gapTypes)),
    groups: gaps.checkedGroups,
    languages: gaps.checkedLanguages,
  };
}
