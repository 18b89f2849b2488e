import { formCategories, sectorCategories } from "@ariadne/domain/stats/index.ts";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { countryName } from "../ui/code-names.ts";
import { useFormErrors } from "../ui/form-panel.tsx";
import {
  Alert,
  errorText,
  Loading,
  Page,
  SelectField,
  TextField,
  translatedFieldErrors,
  useLoad,
} from "../ui/index.ts";
import "./stats.css";
import { ActivitySections, PlanProgressChart, useChartOf } from "./activity-sections.tsx";
import { checkPeriodFilter, yearBounds } from "./period-check.ts";
import { type DashboardFilter, statsApi } from "./stats-api.ts";

const thisYear = new Date().getFullYear();

/** Statistics (issue 17): the municipality's dashboards, every figure under disclosure control. */
export default function StatsPage() {
  const { t, i18n } = useTranslation();
  const [filter, setFilter] = useState<DashboardFilter>({
    from: thisYear - 3,
    to: thisYear,
    form: "",
    sector: "",
  });
  const [draft, setDraft] = useState({
    from: String(filter.from),
    to: String(filter.to),
    form: "",
    sector: "",
  });
  const key = `${filter.from}-${filter.to}-${filter.form}`;
  const [cases] = useLoad(() => statsApi.cases(filter), `${key}-${filter.sector}`);
  const [referrals] = useLoad(() => statsApi.referrals(filter), key);
  const [plan] = useLoad(() => statsApi.actionPlan(), "plan");

  // A period the API would refuse is said next to the year fields and asks nothing of it: the
  // figures and downloads below stay those of the last period shown, as their headings say.
  const check = () => checkPeriodFilter(draft, t);
  const local = useFormErrors(check);
  const apply = (e: FormEvent) => {
    e.preventDefault();
    const checked = check();
    if (!checked.ok) return local.showFields(checked.fields);
    local.clear();
    setFilter({ from: checked.data.from, to: checked.data.to, form: draft.form, sector: draft.sector });
  };
  const fieldErrors = {
    ...(cases.status === "failed" ? translatedFieldErrors(t, cases.error) : {}),
    ...local.fields,
  };
  const yearHint = (field: string) => (fieldErrors[field] ? undefined : t("stats.yearRange", yearBounds));
  const formName = (c: string) =>
    c === "mixed" || c === "not_recorded" ? t(`stats.forms.${c}`) : t(`cases.formNames.${c}`);
  const sectorName = (c: string) =>
    c === "not_recorded" ? t("stats.sectorNotRecorded") : t(`map.sectors.${c}`);
  const unknownOr = (f: (c: string) => string) => (c: string) =>
    c === "unknown" ? t("stats.unknown") : f(c);
  const chart = useChartOf(filter, true);
  // Cases per year and by form follow the sector filter too; the other charts do not (see the note).
  const sectorChart = useChartOf(filter, true, true);
  const referralChart = useChartOf(filter, false);

  return (
    <Page title={t("stats.title")} intro={t("stats.intro")}>
      <form className="stats-filter" onSubmit={apply} aria-label={t("stats.filter")} noValidate>
        <TextField
          label={t("stats.fromYear")}
          type="number"
          inputMode="numeric"
          value={draft.from}
          hint={yearHint("from")}
          error={fieldErrors.from}
          onChange={(e) => setDraft({ ...draft, from: e.target.value })}
        />
        <TextField
          label={t("stats.toYear")}
          type="number"
          inputMode="numeric"
          value={draft.to}
          hint={yearHint("to")}
          error={fieldErrors.to}
          onChange={(e) => setDraft({ ...draft, to: e.target.value })}
        />
        <SelectField
          label={t("stats.form")}
          value={draft.form}
          error={fieldErrors.form}
          onChange={(e) => setDraft({ ...draft, form: e.target.value })}
        >
          <option value="">{t("stats.allForms")}</option>
          {formCategories.map((f) => (
            <option key={f} value={f}>
              {formName(f)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t("stats.sector")}
          value={draft.sector}
          error={fieldErrors.sector}
          onChange={(e) => setDraft({ ...draft, sector: e.target.value })}
        >
          <option value="">{t("stats.allSectors")}</option>
          {sectorCategories.map((c) => (
            <option key={c} value={c}>
              {sectorName(c)}
            </option>
          ))}
        </SelectField>
        <button type="submit" className="button button-primary">
          {t("stats.show")}
        </button>
      </form>

      <section aria-labelledby="stats-report" className="stats-section">
        <h2 id="stats-report">{t("stats.reportTitle")}</h2>
        <p>{t("stats.reportHint")}</p>
        <p className="button-row">
          <a className="button" href={`/api/v1/stats/annual-report.pdf?year=${filter.to}`} download>
            {t("stats.reportPdf", { year: filter.to })}
          </a>
          <a className="button" href={`/api/v1/stats/annual-report.csv?year=${filter.to}`} download>
            {t("stats.reportCsv", { year: filter.to })}
          </a>
          <a
            className="button"
            href={`/api/v1/stats/ctdc-export?from=${filter.from}&to=${filter.to}`}
            download
          >
            {t("stats.ctdcExport", { from: filter.from, to: filter.to })}
          </a>
        </p>
      </section>

      {cases.status === "failed" && Object.keys(fieldErrors).length === 0 ? (
        <Alert tone="error">{errorText(t, cases.error)}</Alert>
      ) : null}
      {cases.status === "loading" && !cases.data ? <Loading /> : null}
      {cases.data ? (
        <section aria-labelledby="stats-cases" className="stats-section">
          <h2 id="stats-cases">{t("stats.casesTitle", { from: cases.data.from, to: cases.data.to })}</h2>
          <p className="stats-note">{t("stats.controlNote", { k: cases.data.minCellSize })}</p>
          {cases.data.roundingBase > 1 ? (
            <p className="stats-note">{t("stats.roundingNote", { base: cases.data.roundingBase })}</p>
          ) : null}
          {cases.data.sector ? (
            <p className="stats-note">{t("stats.sectorNote", { sector: sectorName(cases.data.sector) })}</p>
          ) : null}
          <div className="stats-grid">
            {sectorChart("perYear", t("stats.year"), cases.data.perYear, (c) => c)}
            {sectorChart("byForm", t("stats.form"), cases.data.byForm, formName)}
            {chart("bySector", t("stats.sector"), cases.data.bySector, sectorName)}
            {chart("byGender", t("cases.gender"), cases.data.byGender, (c) => t(`cases.genders.${c}`))}
            {chart(
              "byAgeBand",
              t("stats.ageBand"),
              cases.data.byAgeBand,
              unknownOr((c) => c),
            )}
            {chart(
              "byCitizenship",
              t("stats.citizenship"),
              cases.data.byCitizenship,
              unknownOr((c) => countryName(c, i18n.language)),
            )}
            {chart("timeToAssistance", t("stats.days"), cases.data.timeToAssistance, (c) =>
              t(`stats.tta.${c.replace(/[-+]/g, "_")}`),
            )}
          </div>
        </section>
      ) : null}

      {referrals.data ? (
        <section aria-labelledby="stats-referrals" className="stats-section">
          <h2 id="stats-referrals">{t("stats.referralsTitle")}</h2>
          {referrals.data.overdueSharePercent !== null ? (
            <p className="stats-note">
              {t("stats.overdueShare", { percent: referrals.data.overdueSharePercent })}
            </p>
          ) : null}
          <div className="stats-grid">
            {referralChart("referralsByService", t("stats.serviceType"), referrals.data.byServiceType, (c) =>
              c === "none" ? t("stats.noService") : t(`referral.services.types.${c}`),
            )}
            {referralChart("referralsByStatus", t("stats.status"), referrals.data.byStatus, (c) =>
              t(`referral.referrals.statuses.${c}`),
            )}
            {referralChart("referralsOverdue", t("stats.response"), referrals.data.overdue, (c) =>
              t(`stats.${c}`),
            )}
            {referralChart(
              "referralsResponseTime",
              t("stats.responseTime"),
              referrals.data.responseTime,
              (c) => t(`stats.responseBands.${c}`),
            )}
          </div>
        </section>
      ) : null}

      <ActivitySections filter={filter} />

      {plan.data ? (
        <section aria-labelledby="stats-plan" className="stats-section">
          <h2 id="stats-plan">{t("stats.planTitle")}</h2>
          <PlanProgressChart plan={plan.data} />
          <div className="table-wrap">
            <table className="data-table">
              <caption>{t("stats.planCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("plan.chapterLabel")}</th>
                  {plan.data.statuses.map((s) => (
                    <th key={s} scope="col">
                      {t(`plan.statuses.${s}`)}
                    </th>
                  ))}
                  <th scope="col">{t("stats.meanProgress")}</th>
                </tr>
              </thead>
              <tbody>
                {plan.data.chapters.map((c, i) => (
                  <tr key={c}>
                    <th scope="row" data-label={t("plan.chapterLabel")}>
                      {t(`plan.chapters.${c}`)}
                    </th>
                    {plan.data?.statuses.map((s, j) => (
                      <td key={s} data-label={t(`plan.statuses.${s}`)}>
                        {plan.data?.counts[i]?.[j] ?? 0}
                      </td>
                    ))}
                    <td
                      data-label={t("stats.meanProgress")}
                    >{`${plan.data?.meanProgressPercent[i] ?? 0} %`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
    </Page>
  );
}
