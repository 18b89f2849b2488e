import {
  allowedTransitions,
  type CaseStatus,
  closeReasons,
  TransitionRequest,
} from "@ariadne/domain/cases/index.ts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormPanel, useFormSubmit } from "../ui/form-panel.tsx";
import { checkForm, SelectField, TextField } from "../ui/index.ts";
import { TextAreaField } from "../ui/textarea-field.tsx";
import type { BodyProps } from "./case-props.ts";
import { casesApi, today } from "./cases-api.ts";

/** A step of the lifecycle, with who (the server knows), when and why. */
export function TransitionForm({ detail, onDone, onFailed }: BodyProps) {
  const { t } = useTranslation();
  const next = allowedTransitions[detail.status as CaseStatus] ?? [];
  const [to, setTo] = useState("");
  const [start, setStart] = useState(today());
  const [end, setEnd] = useState("");
  const [reason, setReason] = useState("");
  const [why, setWhy] = useState("");
  const { busy, error, fields, submit } = useFormSubmit(
    () => {
      const body: Record<string, unknown> = { to, version: detail.version };
      if (why.trim()) body.why = why.trim();
      if (to === "in_assistance") {
        body.reflectionPeriodStart = start;
        if (end) body.reflectionPeriodEnd = end;
      }
      if (to === "closed") body.reason = reason || undefined;
      const checked = checkForm(TransitionRequest, body, t);
      return checked.ok || to ? checked : { ok: false as const, fields: { to: t("validation.choose") } };
    },
    async (data, key) => {
      await casesApi.transition(detail.id, data, key);
      await onDone(t("cases.transitioned", { status: t(`cases.statuses.${data.to}`) }));
    },
    onFailed,
  );

  if (next.length === 0) {
    return (
      <section className="panel" aria-labelledby="case-transition-title">
        <h2 id="case-transition-title">{t("cases.transitionTitle")}</h2>
        <p>{t("cases.noTransitions")}</p>
      </section>
    );
  }
  return (
    <FormPanel
      title={t("cases.transitionTitle")}
      submitLabel={t("cases.transitionSubmit")}
      busy={busy}
      onSubmit={submit}
      error={error}
    >
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
    </FormPanel>
  );
}
