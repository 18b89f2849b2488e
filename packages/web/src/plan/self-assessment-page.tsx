import { type Answer, recommendedActionTitle, templateTitle } from "@ariadne/domain/planning/index.ts";
import { type FormEvent, lazy, Suspense, useState } from "react";
import { useTranslation } from "react-i18next";
import { useDomainLocale } from "../i18n/use-domain-locale.ts";
import { formatDate, localToday } from "../ui/format-date.ts";
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
import { planApi } from "./plan-api.ts";

const MaturityChart = lazy(() => import("./maturity-chart.tsx"));

type Notice = { tone: "success" | "error"; text: string } | null;

/** The self-assessment against the guidelines: the checklist, maturity over time, gaps to the plan. */
export default function SelfAssessmentPage() {
  const { t, i18n } = useTranslation();
  // The guidelines' recommendations are the domain's texts, in a chunk of their own per language.
  const domainLang = useDomainLocale();
  const [history, reload] = useLoad(() => planApi.assessments(), "assessments");
  const [notice, setNotice] = useState<Notice>(null);
  const [seeding, setSeeding] = useState(false);
  const items = history.data?.items ?? [];
  const latest = items.at(-1);
  const canManage = history.data?.abilities.manage ?? false;

  async function addGaps(selfAssessmentId: string) {
    setSeeding(true);
    setNotice(null);
    try {
      const result = await planApi.seed({ selfAssessmentId });
      setNotice({ tone: "success", text: t("plan.gapsAdded", { count: result.created.length }) });
    } catch (e) {
      setNotice({ tone: "error", text: errorText(t, e) });
    } finally {
      setSeeding(false);
    }
  }

  return (
    <Page title={t("plan.selfAssessmentTitle")} intro={t("plan.selfAssessmentIntro")}>
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      {history.status === "failed" ? <Alert tone="error">{errorText(t, history.error)}</Alert> : null}
      <section aria-labelledby="maturity-title">
        <h2 id="maturity-title">{t("plan.maturityTitle")}</h2>
        {history.status === "loading" && !history.data ? <Loading /> : null}
        {history.data && items.length === 0 ? <p>{t("plan.noAssessments")}</p> : null}
        {history.data && items.length > 0 ? (
          <Suspense fallback={<Loading />}>
            <MaturityChart history={history.data} />
          </Suspense>
        ) : null}
        {latest ? (
          <>
            <h3>{t("plan.gapsTitle", { date: formatDate(latest.assessedOn, i18n.language) })}</h3>
            {latest.proposedActionPoints.length === 0 ? (
              <p>{t("plan.noGaps")}</p>
            ) : (
              <ul>
                {latest.proposedActionPoints.map((g) => (
                  <li key={g.templateActionId}>
                    {templateTitle(g.templateActionId, g.title, domainLang)} (
                    {t(`plan.chapters.${g.chapter}`)})
                  </li>
                ))}
              </ul>
            )}
            {canManage && latest.proposedActionPoints.length > 0 ? (
              <button
                type="button"
                className="button"
                disabled={seeding}
                onClick={() => void addGaps(latest.id)}
              >
                {t("plan.addGaps")}
              </button>
            ) : null}
          </>
        ) : null}
      </section>
      {canManage ? (
        <AssessmentForm
          onSaved={async (date) => {
            setNotice({
              tone: "success",
              text: t("plan.assessmentSaved", { date: formatDate(date, i18n.language) }),
            });
            await reload();
          }}
        />
      ) : null}
    </Page>
  );
}

function AssessmentForm({ onSaved }: { onSaved(date: string): Promise<void> }) {
  const { t } = useTranslation();
  const domainLang = useDomainLocale();
  const [checklist] = useLoad(() => planApi.checklist(), "checklist");
  const [assessedOn, setAssessedOn] = useState(localToday());
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [note, setNote] = useState("");
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(assessedOn)) {
      setFields({ assessedOn: t("validation.format") });
      setError(t("common.fixErrors"));
      return;
    }
    setBusy(true);
    setError(null);
    setFields({});
    try {
      const saved = await planApi.createAssessment({ assessedOn, answers, note });
      setAnswers({});
      setNote("");
      await onSaved(saved.assessedOn);
    } catch (e) {
      setFields(translatedFieldErrors(t, e));
      setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel" aria-labelledby="assessment-create-title">
      <h2 id="assessment-create-title">{t("plan.assessmentCreateTitle")}</h2>
      <p>{t("plan.assessmentCreateHint")}</p>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {checklist.status === "loading" ? <Loading /> : null}
      {checklist.data ? (
        <form onSubmit={submit} noValidate className="form">
          <TextField
            label={t("plan.assessedOn")}
            name="assessedOn"
            type="date"
            value={assessedOn}
            onChange={(e) => setAssessedOn(e.target.value)}
            error={fields.assessedOn}
          />
          {checklist.data.chapters.map(({ chapter, items }) => (
            <fieldset key={chapter} className="checklist-chapter">
              <legend>{t(`plan.chapters.${chapter}`)}</legend>
              {items.map((item) => (
                <SelectField
                  key={item.id}
                  label={recommendedActionTitle(item.id, domainLang)}
                  name={`answer-${item.id}`}
                  value={answers[item.id] ?? ""}
                  onChange={(e) => {
                    const value = e.target.value as Answer | "";
                    const next = { ...answers };
                    if (value) next[item.id] = value;
                    else delete next[item.id];
                    setAnswers(next);
                  }}
                >
                  <option value="">{t("plan.unanswered")}</option>
                  {checklist.data?.answers.map((a) => (
                    <option key={a} value={a}>
                      {t(`plan.answers.${a}`)}
                    </option>
                  ))}
                </SelectField>
              ))}
            </fieldset>
          ))}
          <TextField
            label={t("plan.note")}
            name="note"
            maxLength={2000}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
          <div className="button-row">
            <button type="submit" className="button button-primary" disabled={busy}>
              {t("plan.assessmentSubmit")}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
