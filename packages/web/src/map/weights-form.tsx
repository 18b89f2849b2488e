import { type PriorityWeights, priorityFactors } from "@ariadne/domain/mapping/index.ts";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiFailure } from "../api/client.ts";
import { Alert, errorText, TextField } from "../ui/index.ts";
import { mapApi } from "./map-api.ts";

export function WeightsForm(props: { weights: PriorityWeights; version: number; onSaved(): Promise<void> }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Record<string, string>>(
    Object.fromEntries(priorityFactors.map((f) => [f, String(props.weights[f])])),
  );
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const weights = Object.fromEntries(priorityFactors.map((f) => [f, Number(values[f])])) as PriorityWeights;
    setBusy(true);
    setError(null);
    try {
      await mapApi.saveWeights(weights, props.version);
      setNotice(t("map.weightsSaved"));
      await props.onSaved();
    } catch (e) {
      setError(e instanceof ApiFailure && e.code === "validation" ? t("map.weightsHint") : errorText(t, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel" aria-labelledby="weights-title">
      <h3 id="weights-title">{t("map.weightsTitle")}</h3>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      <form onSubmit={submit} noValidate className="form form-inline">
        {priorityFactors.map((f) => (
          <TextField
            key={f}
            label={t(`map.factors.${f}`)}
            name={`weight-${f}`}
            type="number"
            min={0}
            max={10}
            step={0.5}
            hint={t("map.weightsHint")}
            value={values[f]}
            onChange={(e) => setValues({ ...values, [f]: e.target.value })}
          />
        ))}
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={busy}>
            {t("map.weightsSubmit")}
          </button>
        </div>
      </form>
    </section>
  );
}
