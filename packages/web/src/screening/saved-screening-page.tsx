import { screening } from "@ariadne/domain";
import type { ScreeningRecord } from "@ariadne/domain/cases/index.ts";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useMe } from "../auth/index.ts";
import { useDomainLocale } from "../i18n/use-domain-locale.ts";
import { formatDate, formatDateTime, formatLongDate } from "../ui/format-date.ts";
import { Alert, errorText, Loading, Page, useLoad } from "../ui/index.ts";
import { AssistancePanel } from "./assistance-panel.tsx";
import { contextOf, indicatorById, levelLabel, wordingOf } from "./labels.ts";
import type { SavedInput } from "./rescreen.ts";
import { NextSteps, ResultPanel, SupplementaryPanel } from "./result-panel.tsx";
import { screeningApi } from "./screening-api.ts";
import { useScreeningDraft } from "./use-screening-draft.ts";

const { evaluateScreening, screeningTimeline } = screening;

/**
 * A screening saved to a case, opened from the case's timeline: the assistance signal and the
 * ILO/EC result with their reasons, the answers with dates, sources and notes, who recorded it and
 * when, what changed since the previous screening; printable, and the start of a new screening.
 */
export function SavedScreeningPage() {
  const { t, i18n } = useTranslation();
  const { caseId = "", entryId = "" } = useParams();
  const [record] = useLoad(() => screeningApi.record(caseId, entryId), `${caseId}/${entryId}`);
  return (
    <Page title={t("screening.record.title")} intro={t("screening.record.intro")}>
      {record.status === "failed" ? <Alert tone="error">{errorText(t, record.error)}</Alert> : null}
      {record.status === "loading" && !record.data ? <Loading /> : null}
      {record.data ? <SavedScreening record={record.data} lang={i18n.language} /> : null}
    </Page>
  );
}

function SavedScreening({ record: r, lang: uiLang }: { record: ScreeningRecord; lang: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const lang = useDomainLocale();
  // Screening again replaces the draft on this device: an unsaved one is not lost without a word.
  const { draft } = useScreeningDraft();
  const unsaved = Object.keys(draft.answers).length > 0 && draft.savedTo === null;
  const [confirming, setConfirming] = useState(false);
  const rescreenHref = `/screening?case=${encodeURIComponent(r.caseId)}&from=${encodeURIComponent(r.id)}`;
  const input = r.input as screening.ScreeningInputData & SavedInput;
  const [asOf, setAsOf] = useState<string | null>(null);
  const result = useMemo(
    () => (asOf ? evaluateScreening({ ...input, asOf }) : r.result),
    [asOf, input, r.result],
  );
  const timeline = useMemo(() => screeningTimeline(input), [input]);
  const observations = [...input.observations].sort(
    (a, b) => b.observedAt.localeCompare(a.observedAt) || a.indicator.localeCompare(b.indicator),
  );
  const forms = [
    ...new Set(
      input.observations.flatMap((o) => {
        const ind = indicatorById(o.indicator);
        return ind?.kind === "supplementary" ? [ind.form] : [];
      }),
    ),
  ];
  const facts = (ids: readonly string[]) => [...new Set(ids.map((id) => wordingOf(id, lang)))].join("; ");
  const recordedAt = formatDateTime(r.at, uiLang);
  return (
    <div className="screening-page">
      <header className="screening-print-only screening-print-header">
        <p className="screening-print-title">{t("screening.printTitle")}</p>
        <ul>
          <li>{t("screening.printedOn", { date: formatLongDate(new Date(), uiLang) })}</li>
          <li>{t("screening.printedBy", { name: me.displayName })}</li>
          <li>{t("screening.printCase", { code: r.caseCode })}</li>
          <li>{t("screening.catalogue", { version: r.result.catalogueVersion })}</li>
        </ul>
      </header>
      <div className="screening-actions screening-noprint">
        <Link to={`/cases/${r.caseId}`}>{t("screening.record.backToCase", { code: r.caseCode })}</Link>
        <button type="button" onClick={() => window.print()}>
          {t("screening.record.print")}
        </button>
        {r.mayRescreen && (!unsaved || confirming) ? (
          <Link className="button" to={rescreenHref}>
            {confirming ? t("screening.record.replaceDraft") : t("screening.record.rescreen")}
          </Link>
        ) : null}
        {r.mayRescreen && unsaved && !confirming ? (
          <button type="button" className="button" onClick={() => setConfirming(true)}>
            {t("screening.record.rescreen")}
          </button>
        ) : null}
      </div>
      {confirming ? (
        <p className="screening-noprint" role="status">
          {t("screening.record.unsavedDraft")}
        </p>
      ) : null}
      <section className="screening-section" aria-labelledby="saved-screening-facts">
        <h2 id="saved-screening-facts">{t("screening.record.caseLine", { code: r.caseCode })}</h2>
        <p data-testid="saved-screening-recorded">
          {r.recordedBy
            ? t("screening.record.recorded", { time: recordedAt, name: r.recordedBy.displayName })
            : t("screening.record.recordedUnknown", { time: recordedAt })}
        </p>
        <p>
          <strong>
            {t("screening.record.level", { level: levelLabel(r.result.assistance.level, lang) })}
          </strong>
          <br />
          <strong>
            {t("screening.record.outcome", { outcome: t(`screening.outcome_${r.result.outcome}`) })}
          </strong>
        </p>
        {r.previous ? (
          <>
            <p>
              {t("screening.record.previous", {
                time: formatDateTime(r.previous.at, uiLang),
                outcome: t(`screening.outcome_${r.previous.outcome}`),
                level: r.previous.assistanceLevel
                  ? levelLabel(r.previous.assistanceLevel as screening.AssistanceLevel, lang)
                  : "—",
              })}
            </p>
            <h3>{t("screening.record.changes")}</h3>
            {r.changes && (r.changes.appeared.length > 0 || r.changes.disappeared.length > 0) ? (
              <ul data-testid="saved-screening-changes">
                {r.changes.appeared.length > 0 ? (
                  <li>{t("screening.record.appeared", { facts: facts(r.changes.appeared) })}</li>
                ) : null}
                {r.changes.disappeared.length > 0 ? (
                  <li>{t("screening.record.disappeared", { facts: facts(r.changes.disappeared) })}</li>
                ) : null}
              </ul>
            ) : (
              <p>{t("screening.record.noChanges")}</p>
            )}
          </>
        ) : null}
      </section>
      <div className="screening-layout">
        <div>
          <section className="screening-section" aria-labelledby="saved-screening-answers">
            <h2 id="saved-screening-answers">{t("screening.record.answers")}</h2>
            {observations.length === 0 ? <p>{t("screening.record.noAnswers")}</p> : null}
            <ul className="screening-answer-list" data-testid="saved-screening-answers">
              {observations.map((o) => {
                const ind = indicatorById(o.indicator);
                return (
                  <li key={`${o.indicator}@${o.observedAt}`}>
                    <span className="screening-context">{ind ? contextOf(ind, lang, t) : o.indicator}</span>
                    <span className="screening-answer-text">
                      {wordingOf(o.indicator, lang)}: <strong>{t(`screening.${o.status}`)}</strong>
                    </span>
                    <span className="muted"> · {formatDate(o.observedAt, uiLang)}</span>
                    {o.source ? <span> · {t("screening.record.source", { source: o.source })}</span> : null}
                    {o.note ? <span> · {t("screening.record.note", { note: o.note })}</span> : null}
                  </li>
                );
              })}
            </ul>
          </section>
        </div>
        <div>
          <AssistancePanel signal={result.assistance} lang={lang} />
          <ResultPanel
            result={result}
            timeline={timeline}
            answered={input.observations.length}
            lang={lang}
            asOf={asOf}
            onAsOf={setAsOf}
          />
          <SupplementaryPanel result={result} forms={forms} lang={lang} />
        </div>
      </div>
      <NextSteps steps={result.nextSteps} lang={lang} />
    </div>
  );
}
