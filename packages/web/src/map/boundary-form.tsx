import { type ChangeEvent, type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiFailure } from "../api/client.ts";
import { Alert, errorText } from "../ui/index.ts";
import { mapApi } from "./map-api.ts";

/** The API takes a request of up to 1 MiB; a boundary file larger than that cannot be imported. */
const maxFileBytes = 1024 * 1024 - 64;

/**
 * The boundary import: GeoJSON pasted, or read from a file chosen here (in the browser: the file
 * goes nowhere until imported). A file's text lands in the same field and is imported the same way,
 * so the server checks both alike; a file that is not JSON is refused at once, naming it.
 */
export function BoundaryForm({ version, onSaved }: { version: number; onSaved(): Promise<void> }) {
  const { t } = useTranslation();
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [fileRead, setFileRead] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function readFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setNotice(null);
    setFileError(null);
    setFileRead(null);
    if (!file) return;
    if (file.size > maxFileBytes) {
      setFileError(t("map.boundaryFileTooBig", { name: file.name }));
      return;
    }
    let content: string;
    try {
      content = await file.text();
    } catch {
      setFileError(t("map.boundaryFileUnreadable", { name: file.name }));
      return;
    }
    try {
      JSON.parse(content);
    } catch {
      setFileError(t("map.boundaryFileNotJson", { name: file.name }));
      return;
    }
    setText(content);
    setError(null);
    setFileRead(t("map.boundaryFileRead", { name: file.name }));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    setFileError(null);
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
      setFileRead(null);
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
        <div className={fileError ? "field field-invalid" : "field"}>
          <label htmlFor="boundary-file">{t("map.boundaryFileLabel")}</label>
          <p className="field-hint" id="boundary-file-hint">
            {t("map.boundaryFileHint")}
          </p>
          {fileError ? (
            <p className="field-error" id="boundary-file-error">
              {fileError}
            </p>
          ) : null}
          <input
            id="boundary-file"
            type="file"
            accept=".geojson,.json,application/geo+json,application/json"
            onChange={readFile}
            aria-invalid={fileError ? true : undefined}
            aria-describedby={fileError ? "boundary-file-hint boundary-file-error" : "boundary-file-hint"}
          />
          {fileRead ? (
            <p className="field-hint" role="status">
              {fileRead}
            </p>
          ) : null}
        </div>
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
