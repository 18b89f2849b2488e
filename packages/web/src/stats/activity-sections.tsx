import { screening } from "@ariadne/domain";
import type { ActionPlanProgress, Series } from "@ariadne/domain/stats/index.ts";
import type { ReactElement } from "react";
import { useTranslation } from "react-i18next";
import { useDomainLocale } from "../i18n/use-domain-locale.ts";
import { Alert, errorText, useLoad } from "../ui/index.ts";
import { BarChart } from "./bar-chart.tsx";
import { type DashboardFilter, statsApi } from "./stats-api.ts";

type ChartOf = (
  name: string,
  dimension: string,
  series: Series,
  labelOf: (c: string) => string,
) => ReactElement;

/** The chart of a dashboard section, named and with its CSV file named by the filter. */
export function useChartOf(filter: DashboardFilter, withForm: boolean, withSector = false): ChartOf {
  const { t } = useTranslation();
  return (name, dimension, series, labelOf) => (
    <BarChart
      key={name}
      title={t(`stats.charts.${name}`)}
      dimension={dimension}
      series={series}
      labelOf={labelOf}
      file={`${name}-${filter.from}-${filter.to}${withForm && filter.form ? `-${filter.form}` : ""}${
        withSector && filter.sector ? `-${filter.sector}` : ""
      }.csv`}
    />
  );
}

const byYear = (c: string) => c;

/**
 * The activity dashboards (issue 17): persons screened with their ILO/EC outcome and assistance
 * signal, professionals trained, people met on outreach and the directory's gaps. Each loads on its
 * own, so one that fails leaves the others readable.
 */
export function ActivitySections({ filter }: { filter: DashboardFilter }) {
  const { t } = useTranslation();
  const lang = useDomainLocale();
  const key = `${filter.from}-${filter.to}-${filter.form}`;
  const [screenings] = useLoad(() => statsApi.screenings(filter), key);
  const [training] = useLoad(() => statsApi.training(filter), `${filter.from}-${filter.to}`);
  const [outreach] = useLoad(() => statsApi.outreach(filter), `${filter.from}-${filter.to}`);
  const [gaps] = useLoad(() => statsApi.serviceGaps(), "gaps");
  const chartWithForm = useChartOf(filter, true);
  const chart = useChartOf(filter, false);
  const failed = [screenings, training, outreach, gaps].find((l) => l.status === "failed");
  const serviceName = (c: string) => t(`referral.services.types.${c}`);

  return (
    <>
      {failed?.status === "failed" ? <Alert tone="error">{errorText(t, failed.error)}</Alert> : null}
      {screenings.data ? (
        <section aria-labelledby="stats-screenings" className="stats-section">
          <h2 id="stats-screenings">{t("stats.screeningsTitle")}</h2>
          <p className="stats-note">{t("stats.screeningsNote")}</p>
          <div className="stats-grid">
            {chartWithForm("screenedPerYear", t("stats.year"), screenings.data.perYear, byYear)}
            {chartWithForm("screeningOutcome", t("stats.outcome"), screenings.data.byOutcome, (c) =>
              t(`screening.outcome_${c}`),
            )}
            {chartWithForm("assistanceSignal", t("stats.signal"), screenings.data.bySignal, (c) =>
              c === "none"
                ? t("stats.noSignal")
                : screening.labelIn("assistanceLevels", c as screening.AssistanceLevel, lang),
            )}
          </div>
        </section>
      ) : null}
      {training.data || outreach.data ? (
        <section aria-labelledby="stats-prevention" className="stats-section">
          <h2 id="stats-prevention">{t("stats.preventionTitle")}</h2>
          <div className="stats-grid">
            {training.data ? chart("trainedPerYear", t("stats.year"), training.data.perYear, byYear) : null}
            {training.data
              ? chart("trainedByGroup", t("stats.professionalGroup"), training.data.byGroup, (c) =>
                  t(`training.groups.${c}`),
                )
              : null}
            {outreach.data ? chart("reachedPerYear", t("stats.year"), outreach.data.perYear, byYear) : null}
            {outreach.data
              ? chart("reachedByGroup", t("stats.vulnerableGroup"), outreach.data.byGroup, (c) =>
                  t(`map.groupKinds.${c}`),
                )
              : null}
          </div>
        </section>
      ) : null}
      {gaps.data ? (
        <section aria-labelledby="stats-gaps" className="stats-section">
          <h2 id="stats-gaps">{t("stats.gapsTitle")}</h2>
          <p className="stats-note">
            {t("stats.gapsNote", { groups: gaps.data.groups, languages: gaps.data.languages })}
          </p>
          <div className="stats-grid">
            {chart("servicesByType", t("stats.serviceType"), gaps.data.services, serviceName)}
            {chart("unmetNeedsByType", t("stats.serviceType"), gaps.data.unmetNeeds, serviceName)}
          </div>
        </section>
      ) : null}
    </>
  );
}

/** The action plan's mean progress per chapter as a chart beside its table. */
export function PlanProgressChart({ plan }: { plan: ActionPlanProgress }) {
  const { t } = useTranslation();
  const points = plan.counts.map((row) => row.reduce((a, b) => a + b, 0));
  const all = points.reduce((a, b) => a + b, 0);
  const overall =
    all === 0
      ? 0
      : Math.round(plan.meanProgressPercent.reduce((a, p, i) => a + p * (points[i] ?? 0), 0) / all);
  return (
    <BarChart
      title={t("stats.charts.planProgress")}
      dimension={t("plan.chapterLabel")}
      series={{ categories: plan.chapters, values: plan.meanProgressPercent, total: overall }}
      labelOf={(c) => t(`plan.chapters.${c}`)}
      file="action-plan-progress.csv"
      valueHeader={t("stats.meanProgressPercent")}
      totalLabel={t("stats.allChapters")}
    />
  );
}
