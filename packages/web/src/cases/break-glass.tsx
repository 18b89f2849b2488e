import { BreakGlassRequest } from "@ariadne/domain/cases/index.ts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormPanel, useFormSubmit } from "../ui/form-panel.tsx";
import { checkForm } from "../ui/index.ts";
import { TextAreaField } from "../ui/textarea-field.tsx";
import { casesApi, formatDate } from "./cases-api.ts";

/**
 * Emergency ("break-glass") access to a case outside one's team: a reason is required; the access
 * lasts a few hours, is logged and a coordinator reviews it.
 */
export function BreakGlassForm({
  caseId,
  onOpened,
  onFailed,
}: {
  caseId: string;
  onOpened(text: string): Promise<void>;
  onFailed(error: unknown): Promise<void>;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState("");
  const { busy, error, fields, submit } = useFormSubmit(
    () => {
      const checked = checkForm(BreakGlassRequest, { reason }, t);
      return checked.ok || !reason.trim()
        ? checked
        : { ok: false, fields: { reason: t("cases.breakGlassReasonShort") } };
    },
    async (data, key) => {
      await casesApi.breakGlass(caseId, data.reason, key);
      await onOpened(t("cases.breakGlassOpened"));
    },
    onFailed,
  );
  return (
    <FormPanel
      title={t("cases.breakGlassTitle")}
      intro={t("cases.breakGlassIntro")}
      submitLabel={t("cases.breakGlassSubmit")}
      busy={busy}
      onSubmit={submit}
      error={error}
      important
    >
      <TextAreaField
        label={t("cases.breakGlassReason")}
        hint={t("cases.breakGlassReasonHint")}
        name="reason"
        required
        maxLength={1000}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={fields.reason}
      />
    </FormPanel>
  );
}

/** Shown on every view of a case opened through emergency access, at the top, impossible to miss. */
export function BreakGlassBanner({ until }: { until: string | null }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="cases-emergency" role="status" data-testid="break-glass-banner">
      <strong>{t("cases.breakGlassBannerTitle")}</strong>
      <p>{t("cases.viaBreakGlass")}</p>
      {until ? <p>{t("cases.breakGlassUntil", { time: formatDate(until, i18n.language) })}</p> : null}
    </div>
  );
}
