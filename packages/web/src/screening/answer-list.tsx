import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDate } from "../ui/format-date.ts";
import { SelectField, TextField } from "../ui/index.ts";
import { type Answer, answeredKeys, type Draft, statuses } from "./draft.ts";
import { contextOf, indicatorOfKey, indicatorText, type Lang } from "./labels.ts";
import { SourceNoteFields } from "./source-note-fields.tsx";

/** Every answer so far, with its date, source and note; each can be changed or cleared. */
export function AnswerList({
  draft,
  lang,
  onChange,
  onClear,
}: {
  draft: Draft;
  lang: Lang;
  onChange: (key: string, answer: Answer) => void;
  onClear: (key: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  const keys = answeredKeys(draft);
  if (keys.length === 0) return null;
  return (
    <section className="screening-section" aria-labelledby="screening-answered">
      <h2 id="screening-answered">{t("screening.answered")}</h2>
      <ul className="screening-answer-list">
        {keys.map((key) => {
          const a = draft.answers[key]!;
          const ind = indicatorOfKey(key);
          const wording = ind ? indicatorText(ind, lang).wording : key;
          return (
            <li key={key}>
              {editing === key ? (
                <AnswerEditor
                  wording={wording}
                  answer={a}
                  onSave={(next) => {
                    onChange(key, next);
                    setEditing(null);
                  }}
                  onCancel={() => setEditing(null)}
                />
              ) : (
                <>
                  <span className="screening-context">{ind ? contextOf(ind, lang, t) : ""}</span>
                  <span className="screening-answer-text">
                    {wording}: <strong>{t(`screening.${a.status}`)}</strong>
                  </span>
                  <span className="muted"> · {formatDate(a.observedAt, i18n.language)}</span>
                  {/* Free text may identify the person: printed only once attached to a case. */}
                  <span className={draft.savedTo ? "muted" : "muted screening-noprint"}>
                    {a.source ? ` · ${a.source}` : ""}
                    {a.note ? ` · ${a.note}` : ""}
                  </span>
                  <span className="screening-row-actions screening-noprint">
                    <button
                      type="button"
                      aria-label={t("screening.changeAnswer", { question: wording })}
                      onClick={() => setEditing(key)}
                    >
                      {t("screening.change")}
                    </button>
                    <button
                      type="button"
                      aria-label={t("screening.clearAnswer", { question: wording })}
                      onClick={() => onClear(key)}
                    >
                      {t("screening.clear")}
                    </button>
                  </span>
                </>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function AnswerEditor({
  wording,
  answer,
  onSave,
  onCancel,
}: {
  wording: string;
  answer: Answer;
  onSave: (a: Answer) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [a, setA] = useState(answer);
  const validDate = /^\d{4}-\d{2}-\d{2}$/.test(a.observedAt);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (validDate) onSave(a);
  };
  return (
    <form
      className="screening-editor"
      onSubmit={submit}
      aria-label={t("screening.changeAnswer", { question: wording })}
    >
      <p className="screening-answer-text">{wording}</p>
      <SelectField
        label={t("screening.answer")}
        value={a.status}
        onChange={(e) => setA({ ...a, status: e.currentTarget.value as Answer["status"] })}
      >
        {statuses.map((s) => (
          <option key={s} value={s}>
            {t(`screening.${s}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t("screening.observedAt")}
        type="date"
        required
        value={a.observedAt}
        onChange={(e) => setA({ ...a, observedAt: e.currentTarget.value })}
      />
      <SourceNoteFields details={a} onChange={(details) => setA({ ...a, ...details })} />
      <div className="screening-row-actions">
        <button type="submit" disabled={!validDate}>
          {t("screening.save")}
        </button>
        <button type="button" onClick={onCancel}>
          {t("screening.cancel")}
        </button>
      </div>
    </form>
  );
}
