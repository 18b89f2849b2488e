import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Alert, errorText } from "../../ui/index.ts";
import { type CsvRowError, servicesApi } from "./services-api.ts";

type Outcome =
  | { kind: "done"; created: number; updated: number }
  | { kind: "refused"; rows: CsvRowError[] }
  | { kind: "failed"; error: unknown }
  | { kind: "empty" };

/** CSV import, all or nothing: a refused file shows every row error (line, column, reason). */
export function ServiceImport(props: { onImported: () => Promise<void> }) {
  const { t } = useTranslation();
  const id = useId();
  const [csv, setCsv] = useState("");
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (csv.trim() === "") {
      setOutcome({ kind: "empty" });
      return;
    }
    setBusy(true);
    setOutcome(null);
    try {
      const r = await servicesApi.importCsv(csv);
      if (r.ok) {
        setOutcome({ kind: "done", created: r.created, updated: r.updated });
        await props.onImported();
      } else setOutcome({ kind: "refused", rows: r.rows });
    } catch (error) {
      setOutcome({ kind: "failed", error });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t("referral.services.import.title")}</h2>
      <p>{t("referral.services.import.hint")}</p>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <div className="field">
          <label htmlFor={`${id}-file`}>{t("referral.services.import.file")}</label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".csv,text/csv"
            onChange={async (e) => {
              const file = e.target.files?.[0];
              if (file) setCsv(await file.text());
            }}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-text`}>{t("referral.services.import.text")}</label>
          <textarea
            id={`${id}-text`}
            className="csv-input"
            value={csv}
            spellCheck={false}
            onChange={(e) => setCsv(e.target.value)}
          />
        </div>
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={busy}>
            {t("referral.services.import.submit")}
          </button>
        </div>
      </form>
      {outcome?.kind === "done" ? (
        <Alert tone="success">
          {t("referral.services.import.done", { created: outcome.created, updated: outcome.updated })}
        </Alert>
      ) : null}
      {outcome?.kind === "empty" ? <Alert tone="error">{t("referral.services.import.empty")}</Alert> : null}
      {outcome?.kind === "failed" ? <Alert tone="error">{errorText(t, outcome.error)}</Alert> : null}
      {outcome?.kind === "refused" ? (
        <>
          <Alert tone="error">{t("referral.services.import.refused", { count: outcome.rows.length })}</Alert>
          <div className="table-wrap">
            <table className="data-table">
              <caption>{t("referral.services.import.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("referral.services.import.line")}</th>
                  <th scope="col">{t("referral.services.import.column")}</th>
                  <th scope="col">{t("referral.services.import.reason")}</th>
                </tr>
              </thead>
              <tbody>
                {outcome.rows.map((r) => (
                  <tr key={`${r.line}-${r.column}-${r.reason}`}>
                    <th scope="row" data-label={t("referral.services.import.line")}>
                      {r.line}
                    </th>
                    <td data-label={t("referral.services.import.column")}>
                      {r.column ?? t("referral.services.import.wholeRow")}
                    </td>
                    <td data-label={t("referral.services.import.reason")}>{r.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </section>
  );
}
