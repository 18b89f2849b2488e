import type { FieldVersion } from "@ariadne/domain/cases/index.ts";
import type { TFunction } from "i18next";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { personValueText } from "../ui/code-names.ts";
import { Alert, errorText } from "../ui/index.ts";
import type { BodyProps } from "./case-props.ts";
import { casesApi, formatDate } from "./cases-api.ts";

/** A kept value in words: codes by their names (gender, languages, citizenship), dates as dates. */
function shown(field: string, value: unknown, empty: string, t: TFunction, lang: string): string {
  if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) return empty;
  const words = personValueText(field, value, t, lang);
  if (words !== null) return words;
  return Array.isArray(value) ? value.join(", ") : String(value);
}

/** Every field change kept as a version, read on request (the read is audited). */
export function VersionsPanel({ detail }: BodyProps) {
  const { t, i18n } = useTranslation();
  const [items, setItems] = useState<z.infer<typeof FieldVersion>[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function load() {
    setError(null);
    try {
      setItems((await casesApi.versions(detail.id)).items);
    } catch (e) {
      setError(e);
    }
  }

  return (
    <section className="panel" aria-labelledby="case-versions-title">
      <h2 id="case-versions-title">{t("cases.versionsTitle")}</h2>
      {error ? <Alert tone="error">{errorText(t, error)}</Alert> : null}
      {items === null ? (
        <div className="button-row">
          <button type="button" className="button" onClick={() => void load()}>
            {t("cases.versionsShow")}
          </button>
        </div>
      ) : items.length === 0 ? (
        <p>{t("cases.versionsEmpty")}</p>
      ) : (
        <ol className="cases-timeline" data-testid="case-versions">
          {[...items].reverse().map((v) => (
            <li key={`${v.recordType}-${v.version}`}>
              <strong>{t(`cases.versionOf.${v.recordType}`, { version: v.version })}</strong>
              <span className="cases-when">{formatDate(v.changedAt, i18n.language)}</span>
              <ul>
                {Object.entries(v.changes).map(([field, change]) => (
                  <li key={field}>
                    {t("cases.versionChange", {
                      field: t(`cases.fieldNames.${field}`, { defaultValue: field }),
                      from: shown(field, change.from, t("cases.emptyValue"), t, i18n.language),
                      to: shown(field, change.to, t("cases.emptyValue"), t, i18n.language),
                    })}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
