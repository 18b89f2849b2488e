// The forms of a case page: status changes and timeline entries (split from cases-page.tsx).
import {
  allowedTransitions,
  type CaseDetail,
  type CaseStatus,
  ConsentCreate,
  ContactCreate,
  closeReasons,
  consentPurposes,
  NoteCreate,
  TaskCreate,
  TransitionRequest,
} from "@ariadne/domain/cases/index.ts";
import { type ComponentPropsWithRef, type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { CheckboxField, checkForm, SelectField, TextField } from "../ui/index.ts";
import { casesApi, today } from "./cases-api.ts";

/** Languages offered for consent, each named in itself. */
export const consentLanguages: [string, string][] = [
  ["fi", "suomi"],
  ["sv", "svenska"],
  ["en", "English"],
  ["ru", "русский"],
  ["uk", "українська"],
  ["et", "eesti"],
  ["ar", "العربية"],
  ["fa", "فارسی"],
  ["so", "Soomaali"],
  ["ro", "română"],
  ["bg", "български"],
  ["vi", "Tiếng Việt"],
  ["th", "ไทย"],
  ["es", "español"],
  ["fr", "français"],
];

function TextAreaField({
  label,
  error,
  ...props
}: { label: string; error?: string | undefined } & Omit<ComponentPropsWithRef<"textarea">, "id">) {
  const id = useId();
  return (
    <div className={error ? "field field-invalid" : "field"}>
      <label htmlFor={id}>{label}</label>
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <textarea
        id={id}
        className="cases-textarea"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        {...props}
      />
    </div>
  );
}

export interface BodyProps {
  detail: CaseDetail;
  onDone(text: string): Promise<void>;
  onFailed(error: unknown): Promise<void>;
}

export function TransitionForm({ detail, onDone, onFailed }: BodyProps) {
  const { t } = useTranslation();
  const next = allowedTransitions[detail.status as CaseStatus] ?? [];
  const [to, setTo] = useState("");
  const [start, setStart] = useState(today());
  const [end, setEnd] = useState("");
  const [reason, setReason] = useState("");
  const [why, setWhy] = useState("");
  const [busy, setBusy] = useState(false);
  const [fields, setFields] = useState<Record<string, string>>({});

  async function submit(event: FormEvent) {
    event.preventDefault();
    const body: Record<string, unknown> = { to, version: detail.version };
    if (why.trim()) body.why = why.trim();
    if (to === "in_assistance") {
      body.reflectionPeriodStart = start;
      if (end) body.reflectionPeriodEnd = end;
    }
    if (to === "closed") body.reason = reason || undefined;
    const checked = checkForm(TransitionRequest, body, t);
    if (!checked.ok) {
      setFields(to ? checked.fields : { to: t("validation.choose") });
      return;
    }
    setBusy(true);
    setFields({});
    try {
      await casesApi.transition(detail.id, checked.data);
      await onDone(t("cases.transitioned", { status: t(`cases.statuses.${to}`) }));
    } catch (e) {
      setBusy(false);
      await onFailed(e);
    }
  }

  return (
    <section className="panel" aria-labelledby="case-transition-title">
      <h2 id="case-transition-title">{t("cases.transitionTitle")}</h2>
      {next.length === 0 ? (
        <p>{t("cases.noTransitions")}</p>
      ) : (
        <form onSubmit={submit} noValidate className="form">
          <SelectField
            label={t("cases.transitionTo")}
            name="to"
            value={to}
            onChange={(e) => setTo(e.target.value)}
            error={fields.to}
          >
            <option value="">{t("cases.choose")}</option>
            {next.map((s) => (
              <option key={s} value={s}>
                {t(`cases.statuses.${s}`)}
              </option>
            ))}
          </SelectField>
          {to === "in_assistance" ? (
            <div className="cases-grid">
              <TextField
                label={t("cases.reflectionStart")}
                type="date"
                name="reflectionPeriodStart"
                value={start}
                onChange={(e) => setStart(e.target.value)}
                error={fields.reflectionPeriodStart}
              />
              <TextField
                label={t("cases.reflectionEnd")}
                type="date"
                name="reflectionPeriodEnd"
                value={end}
                onChange={(e) => setEnd(e.target.value)}
                error={fields.reflectionPeriodEnd}
              />
            </div>
          ) : null}
          {to === "closed" ? (
            <SelectField
              label={t("cases.closeReason")}
              name="reason"
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              error={fields.reason}
            >
              <option value="">{t("cases.choose")}</option>
              {closeReasons
                .filter((r) => r !== "duplicate_merged")
                .map((r) => (
                  <option key={r} value={r}>
                    {t(`cases.closeReasons.${r}`)}
                  </option>
                ))}
            </SelectField>
          ) : null}
          <TextAreaField
            label={t("cases.why")}
            name="why"
            maxLength={2000}
            value={why}
            onChange={(e) => setWhy(e.target.value)}
            error={fields.why}
          />
          <div className="button-row">
            <button type="submit" className="button button-primary" disabled={busy}>
              {busy ? t("common.saving") : t("cases.transitionSubmit")}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

export function NoteForm({ detail, onDone, onFailed }: BodyProps) {
  const { t } = useTranslation();
  const [text, setText] = useState("");
  const [busy, setBusy] = useState(false);
  const [fields, setFields] = useState<Record<string, string>>({});

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = checkForm(NoteCreate, { text }, t);
    if (!checked.ok) {
      setFields(checked.fields);
      return;
    }
    setBusy(true);
    setFields({});
    try {
      await casesApi.addNote(detail.id, checked.data.text);
      await onDone(t("cases.noteAdded"));
    } catch (e) {
      setBusy(false);
      await onFailed(e);
    }
  }

  return (
    <section className="panel" aria-labelledby="case-note-title">
      <h2 id="case-note-title">{t("cases.noteTitle")}</h2>
      <form onSubmit={submit} noValidate className="form">
        <TextAreaField
          label={t("cases.noteText")}
          name="text"
          required
          maxLength={4000}
          value={text}
          onChange={(e) => setText(e.target.value)}
          error={fields.text}
        />
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t("common.saving") : t("cases.noteSubmit")}
          </button>
        </div>
      </form>
    </section>
  );
}

/** Now as a `datetime-local` value in the user's time zone. */
function nowLocal(): string {
  const d = new Date();
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

export function ContactForm({ detail, onDone, onFailed }: BodyProps) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<"contact" | "meeting">("contact");
  const [occurredAt, setOccurredAt] = useState(nowLocal());
  const [summary, setSummary] = useState("");
  const [interpreterUsed, setInterpreterUsed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [fields, setFields] = useState<Record<string, string>>({});
  const formId = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const when = occurredAt ? new Date(occurredAt) : null;
    const iso = when && !Number.isNaN(when.getTime()) ? when.toISOString() : "";
    const checked = checkForm(ContactCreate, { kind, occurredAt: iso, summary, interpreterUsed }, t);
    if (!checked.ok) {
      setFields(checked.fields);
      return;
    }
    setBusy(true);
    setFields({});
    try {
      await casesApi.addContact(detail.id, {
        kind: checked.data.kind,
        occurredAt: checked.data.occurredAt,
        summary: checked.data.summary,
        interpreterUsed,
      });
      await onDone(t("cases.contactAdded"));
    } catch (e) {
      setBusy(false);
      await onFailed(e);
    }
  }

  return (
    <section className="panel" aria-labelledby="case-contact-title">
      <h2 id="case-contact-title">{t("cases.contactTitle")}</h2>
      <form onSubmit={submit} noValidate className="form">
        <fieldset className="cases-fieldset">
          <legend>{t("cases.contactKind")}</legend>
          {(["contact", "meeting"] as const).map((k) => (
            <div key={k} className="field field-check">
              <input
                type="radio"
                id={`${formId}-${k}`}
                name="kind"
                value={k}
                checked={kind === k}
                onChange={() => setKind(k)}
              />
              <label htmlFor={`${formId}-${k}`}>{t(`cases.contactKinds.${k}`)}</label>
            </div>
          ))}
        </fieldset>
        <TextField
          label={t("cases.occurredAt")}
          type="datetime-local"
          name="occurredAt"
          required
          value={occurredAt}
          onChange={(e) => setOccurredAt(e.target.value)}
          error={fields.occurredAt}
        />
        <TextAreaField
          label={t("cases.summary")}
          name="summary"
          required
          maxLength={4000}
          value={summary}
          onChange={(e) => setSummary(e.target.value)}
          error={fields.summary}
        />
        <CheckboxField
          label={t("cases.interpreterUsed")}
          name="interpreterUsed"
          checked={interpreterUsed}
          onChange={(e) => setInterpreterUsed(e.target.checked)}
        />
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t("common.saving") : t("cases.contactSubmit")}
          </button>
        </div>
      </form>
    </section>
  );
}

export function TaskForm({ detail, onDone, onFailed }: BodyProps) {
  const { t } = useTranslation();
  const [title, setTitle] = useState("");
  const [dueOn, setDueOn] = useState(today());
  const [busy, setBusy] = useState(false);
  const [fields, setFields] = useState<Record<string, string>>({});

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = checkForm(TaskCreate, { title, dueOn }, t);
    if (!checked.ok) {
      setFields(checked.fields);
      return;
    }
    setBusy(true);
    setFields({});
    try {
      await casesApi.addTask(detail.id, { title: checked.data.title, dueOn: checked.data.dueOn });
      await onDone(t("cases.taskAdded"));
    } catch (e) {
      setBusy(false);
      await onFailed(e);
    }
  }

  return (
    <section className="panel" aria-labelledby="case-task-title">
      <h2 id="case-task-title">{t("cases.taskTitle")}</h2>
      <form onSubmit={submit} noValidate className="form">
        <TextField
          label={t("cases.taskName")}
          name="title"
          required
          maxLength={200}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          error={fields.title}
        />
        <TextField
          label={t("cases.taskDueOn")}
          type="date"
          name="dueOn"
          required
          value={dueOn}
          onChange={(e) => setDueOn(e.target.value)}
          error={fields.dueOn}
        />
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t("common.saving") : t("cases.taskSubmit")}
          </button>
        </div>
      </form>
    </section>
  );
}

export function ConsentForm({ detail, onDone, onFailed }: BodyProps) {
  const { t } = useTranslation();
  // Consent to sharing names an organisation; choosing one is left to the referral module.
  const purposes = consentPurposes.filter((p) => p !== "sharing");
  const [purpose, setPurpose] = useState<string>("processing");
  const [givenOn, setGivenOn] = useState(today());
  const [form, setForm] = useState("oral");
  const [language, setLanguage] = useState(detail.content?.person.languages[0] ?? "fi");
  const [interpreter, setInterpreter] = useState(false);
  const [busy, setBusy] = useState(false);
  const [fields, setFields] = useState<Record<string, string>>({});
  const formId = useId();
  const languages = consentLanguages.some(([code]) => code === language)
    ? consentLanguages
    : [[language, language] as [string, string], ...consentLanguages];

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = checkForm(ConsentCreate, { purpose, givenOn, form, language, interpreter }, t);
    if (!checked.ok) {
      setFields(checked.fields);
      return;
    }
    setBusy(true);
    setFields({});
    try {
      await casesApi.addConsent(detail.id, checked.data);
      await onDone(t("cases.consentAdded"));
    } catch (e) {
      setBusy(false);
      await onFailed(e);
    }
  }

  return (
    <section className="panel" aria-labelledby="case-consent-title">
      <h2 id="case-consent-title">{t("cases.consentTitle")}</h2>
      <form onSubmit={submit} noValidate className="form">
        <SelectField
          label={t("cases.purpose")}
          name="purpose"
          value={purpose}
          onChange={(e) => setPurpose(e.target.value)}
          error={fields.purpose}
        >
          {purposes.map((p) => (
            <option key={p} value={p}>
              {t(`cases.purposes.${p}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t("cases.givenOn")}
          type="date"
          name="givenOn"
          value={givenOn}
          onChange={(e) => setGivenOn(e.target.value)}
          error={fields.givenOn}
        />
        <fieldset className="cases-fieldset">
          <legend>{t("cases.consentForm")}</legend>
          {(["oral", "written"] as const).map((f) => (
            <div key={f} className="field field-check">
              <input
                type="radio"
                id={`${formId}-${f}`}
                name="form"
                value={f}
                checked={form === f}
                onChange={() => setForm(f)}
              />
              <label htmlFor={`${formId}-${f}`}>{t(`cases.${f}`)}</label>
            </div>
          ))}
        </fieldset>
        <SelectField
          label={t("cases.language")}
          name="language"
          value={language}
          onChange={(e) => setLanguage(e.target.value)}
          error={fields.language}
        >
          {languages.map(([code, label]) => (
            <option key={code} value={code} lang={code}>
              {label}
            </option>
          ))}
        </SelectField>
        <CheckboxField
          label={t("cases.interpreter")}
          name="interpreter"
          checked={interpreter}
          onChange={(e) => setInterpreter(e.target.checked)}
        />
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t("common.saving") : t("cases.consentSubmit")}
          </button>
        </div>
      </form>
    </section>
  );
}
