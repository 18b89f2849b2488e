import { type RegionalStats, RegionalStats as RegionalStatsSchema } from "@ariadne/domain/stats/index.ts";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { request, withQuery } from "../api/client.ts";
import { Alert, errorText, Loading, Page, TextField, translatedFieldErrors, useLoad } from "../ui/index.ts";
import "./stats.css";
import { BarChart } from "./bar-chart.tsx";

const thisYear = new Date().getFullYear();

const regionalStats = (f: { from: number; to: number }): Promise<RegionalStats> =>
  request("GET", withQuery("/api/v1/stats/regional", f), RegionalStatsSchema);

/**
 * The regional analyst's page (issue 17): the region's cases per year, form of exploitation and
 * municipality, each chart with its table and CSV; a hidden count reads "hidden", never 0.
 */
export default function RegionalStatsPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState({ from: thisYear - 3, to: thisYear });
  const [draft, setDraft] = useState({ from: String(filter.from), to: String(filter.to) });
  const [load] = useLoad(() => regionalStats(filter), `${filter.from}-${filter.to}`);
  const apply = (e: FormEvent) => {
    e.preventDefault();
    setFilter({ from: Number(draft.from), to: Number(draft.to) });
  };
  const fieldErrors = load.status === "failed" ? translatedFieldErrors(t, load.error) : {};
  const formName = (c: string) =>
    c === "mixed" || c === "not_recorded" ? t(`stats.forms.${c}`) : t(`cases.formNames.${c}`);
  const data = load.data;
  const file = (name: string) => `regional-${name}-${filter.from}-${filter.to}.csv`;
  return (
    <Page
      title={t("stats.regional.title")}
      intro={data ? t("stats.regional.intro", { region: data.region.name }) : undefined}
    >
      <form className="stats-filter" onSubmit={apply} aria-label={t("stats.filter")}>
        <TextField
          label={t("stats.fromYear")}
          type="number"
          inputMode="numeric"
          value={draft.from}
          error={fieldErrors.from}
          onChange={(e) => setDraft({ ...draft, from: e.target.value })}
        />
        <TextField
          label={t("stats.toYear")}
          type="number"
          inputMode="numeric"
          value={draft.to}
          error={fieldErrors.to}
          onChange={(e) => setDraft({ ...draft, to: e.target.value })}
        />
        <button type="submit" className="button button-primary">
          {t("stats.show")}
        </button>
      </form>
      {load.status === "failed" && Object.keys(fieldErrors).length === 0 ? (
        <Alert tone="error">{errorText(t, load.error)}</Alert>
      ) : null}
      {load.status === "loading" && !data ? <Loading /> : null}
      {data ? (
        <section aria-labelledby="regional-cases" className="stats-section">
          <h2 id="regional-cases">
            {t("stats.regional.casesTitle", {
              region: data.region.name,
              from: data.dashboard.from,
              to: data.dashboard.to,
            })}
          </h2>
          <p className="stats-note">{t("stats.controlNote", { k: data.dashboard.minCellSize })}</p>
          {data.dashboard.roundingBase > 1 ? (
            <p className="stats-note">{t("stats.roundingNote", { base: data.dashboard.roundingBase })}</p>
          ) : null}
          <div className="stats-grid">
            <BarChart
              title={t("stats.charts.perYear")}
              dimension={t("stats.year")}
              series={data.dashboard.perYear}
              labelOf={(c) => c}
              file={file("per-year")}
            />
            <BarChart
              title={t("stats.charts.byForm")}
              dimension={t("stats.form")}
              series={data.dashboard.byForm}
              labelOf={formName}
              file={file("by-form")}
            />
            <BarChart
              title={t("stats.regional.byMunicipality")}
              dimension={t("stats.regional.municipality")}
              series={data.dashboard.byMunicipality}
              labelOf={(c) => c}
              file={file("by-municipality")}
            />
          </div>
        </section>
      ) : null}
    </Page>
  );
}
