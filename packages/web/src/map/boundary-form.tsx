import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiFailure } from "../api/client.ts";
import { Alert, errorText } from "../ui/index.ts";
import { mapApi } from "./map-api.ts";

export function BoundaryForm({ version, onSaved }: { version: number; onSaved(): Promise<void> }) {
  const { t } = useTranslation();
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      setError(t("map.boundaryNotJson"));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const saved = await mapApi.saveBoundary(parsed, version);
      setText("");
      setNotice(
        saved.locationsOutside.length > 0
          ? `${t("map.boundarySaved")} ${t("map.locationsOutside", { count: saved.locationsOutside.length })}`
          : t("map.boundarySaved"),
      );
      await onSaved();
    } catch (e) {
      if (e instanceof ApiFailure && e.issues.length > 0) {
        setError(
          t("map.boundaryInvalid", { where: e.issues.map((i) => `${i.path}: ${i.message}`).join("; ") }),
        );
      } else setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel" aria-labelledby="boundary-title">
      <h2 id="boundary-title">{t("map.boundaryTitle")}</h2>
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      <form onSubmit={submit} noValidate className="form">
        <div className={error ? "field field-invalid" : "field"}>
          <label htmlFor="boundary-geojson">{t("map.boundaryLabel")}</label>
          <p className="field-hint" id="boundary-hint">
            {t("map.boundaryHint")}
          </p>
          {error ? (
            <p className="field-error" id="boundary-error">
              {error}
            </p>
          ) : null}
          <textarea
            id="boundary-geojson"
            className="boundary-input"
            value={text}
            onChange={(e) => setText(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "boundary-hint boundary-error" : "boundary-hint"}
          />
        </div>
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={busy}>
            {t("map.boundarySubmit")}
          </button>
        </div>
      </form>
    </section>
  );
}
