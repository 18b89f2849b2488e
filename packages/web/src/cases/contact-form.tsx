import { ContactCreate } from "@ariadne/domain/cases/index.ts";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormPanel, useFormSubmit } from "../ui/form-panel.tsx";
import { CheckboxField, checkForm, TextField } from "../ui/index.ts";
import { TextAreaField } from "../ui/textarea-field.tsx";
import type { BodyProps } from "./case-props.ts";
import { casesApi } from "./cases-api.ts";

/** Now as a `datetime-local` value in the user's time zone. */
function nowLocal(): string {
  const d = new Date();
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

/** A contact or meeting with the person, with its summary (encrypted). */
export function ContactForm({ detail, onDone, onFailed }: BodyProps) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<"contact" | "meeting">("contact");
  const [occurredAt, setOccurredAt] = useState(nowLocal());
  const [summary, setSummary] = useState("");
  const [interpreterUsed, setInterpreterUsed] = useState(false);
  const formId = useId();
  const { busy, error, fields, submit } = useFormSubmit(
    () => {
      const when = occurredAt ? new Date(occurredAt) : null;
      const iso = when && !Number.isNaN(when.getTime()) ? when.toISOString() : "";
      return checkForm(ContactCreate, { kind, occurredAt: iso, summary, interpreterUsed }, t);
    },
    async (data, key) => {
      await casesApi.addContact(
        detail.id,
        { kind: data.kind, occurredAt: data.occurredAt, summary: data.summary, interpreterUsed },
        key,
      );
      await onDone(t("cases.contactAdded"));
    },
    onFailed,
  );
  return (
    <FormPanel
      title={t("cases.contactTitle")}
      submitLabel={t("cases.contactSubmit")}
      busy={busy}
      onSubmit={submit}
      error={error}
    >
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
    </FormPanel>
  );
}
