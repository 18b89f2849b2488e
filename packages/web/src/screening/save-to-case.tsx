import type { screening } from "@ariadne/domain";
import type { CaseSummary } from "@ariadne/domain/cases/index.ts";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Alert, errorText, SelectField } from "../ui/index.ts";
import type { Draft } from "./draft.ts";
import { screeningApi } from "./screening-api.ts";

/**
 * Attach the screening to a case the user can see (POST /api/v1/cases/:id/screenings). Until
 * then the draft never leaves the browser tab.
 */
export function SaveToCase({
  savedTo,
  input,
  onSaved,
  title,
}: {
  savedTo: Draft["savedTo"];
  input: screening.ScreeningInputData;
  onSaved: (saved: NonNullable<Draft["savedTo"]>) => void;
  /** The section's heading; "Save to a case" by default. */
  title?: string;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const [cases, setCases] = useState<CaseSummary[] | null>(null);
  const [caseId, setCaseId] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const load = async () => {
    setBusy(true);
    setError(null);
    try {
      const list = await screeningApi.listCases();
      setCases(list);
      setCaseId(list[0]?.id ?? "");
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const save = async (e: FormEvent) => {
    e.preventDefault();
    const chosen = cases?.find((c) => c.id === caseId);
    if (!chosen) return;
    setBusy(true);
    setError(null);
    try {
      const entry = await screeningApi.saveToCase(chosen.id, input);
      onSaved({ caseId: chosen.id, caseCode: chosen.caseCode, savedAt: entry.at });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="screening-section screening-noprint" aria-labelledby={headingId}>
      <h2 id={headingId}>{title ?? t("screening.saveTitle")}</h2>
      <p className="screening-guidance">{t("screening.saveIntro")}</p>
      {savedTo ? <Alert tone="success">{t("screening.saved", { code: savedTo.caseCode })}</Alert> : null}
      {error ? <Alert tone="error">{errorText(t, error)}</Alert> : null}
      {cases === null ? (
        <button type="button" onClick={load} disabled={busy}>
          {t("screening.loadCases")}
        </button>
      ) : cases.length === 0 ? (
        <p>{t("screening.noCases")}</p>
      ) : (
        <form onSubmit={save}>
          <SelectField
            label={t("screening.chooseCase")}
            value={caseId}
            onChange={(e) => setCaseId(e.currentTarget.value)}
          >
            {cases.map((c) => (
              <option key={c.id} value={c.id}>
                {c.caseCode}
              </option>
            ))}
          </SelectField>
          <button type="submit" disabled={busy || input.observations.length === 0}>
            {t("screening.saveButton")}
          </button>
        </form>
      )}
    </section>
  );
}
