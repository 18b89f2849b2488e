import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { ApiFailure } from "../api/client.ts";
import { useMessagesIn } from "../i18n/use-messages-in.ts";
import { formatDate } from "../ui/format-date.ts";
import { Alert, errorText, Loading, Page, TextField, useLoad } from "../ui/index.ts";
import { TextAreaField } from "../ui/textarea-field.tsx";
import { procurementApi, type SupplierQuestionnaire } from "./procurement-api.ts";

/**
 * The supplier's self-assessment, opened from the single-use link without an account. The token is
 * in the link's fragment, which browsers never send to a server, and goes to the API in the body.
 */
export default function SupplierQuestionnairePage() {
  const { id = "" } = useParams();
  const token = window.location.hash.slice(1);
  const { t } = useTranslation();
  const [state] = useLoad(() => procurementApi.openQuestionnaire(id, token), `${id}#${token}`);
  if (state.status === "failed") {
    const invalid =
      state.error instanceof ApiFailure && (state.error.status === 404 || state.error.status === 400);
    return (
      <main className="public-page">
        <Page title={t("procurement.supplier.title")}>
          <Alert tone="error">
            {invalid ? t("procurement.supplier.invalid") : errorText(t, state.error)}
          </Alert>
        </Page>
      </main>
    );
  }
  if (!state.data) return <Loading />;
  return <QuestionnaireForm id={id} token={token} q={state.data} />;
}

function QuestionnaireForm({ id, token, q }: { id: string; token: string; q: SupplierQuestionnaire }) {
  const { t } = useTranslation();
  const lng = q.language;
  const ready = useMessagesIn(lng, ["procurement", "common", "validation", "errors"]);
  const tq = (key: string, o: Record<string, unknown> = {}) =>
    t(`procurement.supplier.${key}`, { ...o, lng });
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [name, setName] = useState("");
  const [role, setRole] = useState("");
  const [fields, setFields] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      const typed = Object.fromEntries(
        q.questions.map((x) => [
          x.id,
          x.kind === "number" && answers[x.id] !== "" && answers[x.id] !== undefined
            ? Number(answers[x.id])
            : (answers[x.id] ?? ""),
        ]),
      );
      await procurementApi.answerQuestionnaire(id, {
        token,
        answers: typed,
        respondentName: name,
        ...(role ? { respondentRole: role } : {}),
      });
      setDone(true);
    } catch (err) {
      const issues = err instanceof ApiFailure ? err.issues : [];
      setFields(
        Object.fromEntries(
          issues.map((i) => [i.path.replace(/^body\./, ""), t("validation.invalid", { lng })]),
        ),
      );
      setFailure(issues.length ? t("common.fixErrors", { lng }) : errorText(t, err));
    } finally {
      setBusy(false);
    }
  }
  if (!ready) return <Loading />;
  if (done) {
    return (
      <main className="public-page" lang={lng}>
        <Page title={tq("title")}>
          <Alert tone="success">{tq("thanks")}</Alert>
        </Page>
      </main>
    );
  }
  return (
    <main className="public-page" lang={lng}>
      <Page title={tq("title")}>
        <p>
          {tq("intro", {
            municipality: q.municipalityName,
            supplier: q.supplierName,
            contract: q.contractTitle,
          })}
        </p>
        <p>{tq("expires", { date: formatDate(q.expiresAt, lng) })}</p>
        {failure ? <Alert tone="error">{failure}</Alert> : null}
        <form className="form" noValidate onSubmit={submit}>
          {q.questions.map((x) =>
            x.kind === "yes_no" ? (
              <fieldset key={x.id} className={fields[`answers.${x.id}`] ? "field field-invalid" : "field"}>
                <legend>{x.text}</legend>
                {(["yes", "no", "unknown"] as const).map((v) => (
                  <label key={v} className="field-check">
                    <input
                      type="radio"
                      name={x.id}
                      value={v}
                      checked={answers[x.id] === v}
                      onChange={() => setAnswers({ ...answers, [x.id]: v })}
                    />{" "}
                    {tq(v)}
                  </label>
                ))}
                {fields[`answers.${x.id}`] ? (
                  <p className="field-error">{fields[`answers.${x.id}`]}</p>
                ) : null}
              </fieldset>
            ) : x.kind === "number" ? (
              <TextField
                key={x.id}
                label={x.text}
                inputMode="numeric"
                value={answers[x.id] ?? ""}
                onChange={(e) => setAnswers({ ...answers, [x.id]: e.target.value })}
                error={fields[`answers.${x.id}`]}
              />
            ) : (
              <TextAreaField
                key={x.id}
                label={x.text}
                maxLength={q.answerMaxLength}
                value={answers[x.id] ?? ""}
                onChange={(e) => setAnswers({ ...answers, [x.id]: e.target.value })}
                error={fields[`answers.${x.id}`]}
              />
            ),
          )}
          <TextField
            label={tq("respondentName")}
            value={name}
            onChange={(e) => setName(e.target.value)}
            error={fields.respondentName}
          />
          <TextField label={tq("respondentRole")} value={role} onChange={(e) => setRole(e.target.value)} />
          <div className="button-row">
            <button type="submit" className="button button-primary" disabled={busy}>
              {tq("submit")}
            </button>
          </div>
        </form>
      </Page>
    </main>
  );
}
