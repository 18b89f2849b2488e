import { MonitoringPlan, monitoringMethods } from "@ariadne/domain/procurement/index.ts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiFailure } from "../api/client.ts";
import { useDiscardDraft, useDraftField } from "../drafts/use-draft.ts";
import { FormPanel, useFormSubmit } from "../ui/form-panel.tsx";
import { formatDate } from "../ui/format-date.ts";
import { Alert, CheckboxField, checkForm, errorText, TextField } from "../ui/index.ts";
import { type ContractWithFollowUp, procurementApi } from "./procurement-api.ts";

const languageName = (code: string, lang: string) => {
  try {
    return new Intl.DisplayNames([lang], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
};

/** "et, ru" as typed → ["et", "ru"]; the schema then checks each code. */
const codesOf = (text: string) =>
  text
    .split(/[\s,;]+/)
    .map((x) => x.trim().toLowerCase())
    .filter(Boolean);

/** The contract's monitoring plan: shown to everyone who reads the contract, edited by those who manage it. */
export function MonitoringPanel({ c, onSaved }: { c: ContractWithFollowUp; onSaved: () => Promise<void> }) {
  const { t, i18n } = useTranslation();
  if (!c.abilities.manage) {
    return (
      <section className="panel" aria-labelledby="monitoring-title">
        <h2 id="monitoring-title">{t("procurement.monitoringTitle")}</h2>
        <ul>
          {c.monitoring.methods.map((m) => (
            <li key={m}>{t(`procurement.methods.${m}`)}</li>
          ))}
        </ul>
        {c.monitoring.interviewLanguages.length ? (
          <p>
            {t("procurement.monitoring.languagesAre", {
              list: c.monitoring.interviewLanguages.map((l) => languageName(l, i18n.language)).join(", "),
            })}
          </p>
        ) : null}
        {c.monitoring.nextReviewOn ? (
          <p>
            {t("procurement.monitoring.nextReviewIs", {
              date: formatDate(c.monitoring.nextReviewOn, i18n.language),
            })}
          </p>
        ) : null}
      </section>
    );
  }
  return <MonitoringForm c={c} onSaved={onSaved} />;
}

function MonitoringForm({ c, onSaved }: { c: ContractWithFollowUp; onSaved: () => Promise<void> }) {
  const { t, i18n } = useTranslation();
  // Kept on the device until saved: a session that ends mid-edit loses nothing.
  const draft = `procurement-monitoring:${c.id}`;
  const [methods, setMethods] = useDraftField<string[]>(draft, "methods", c.monitoring.methods);
  const [languages, setLanguages] = useDraftField(
    draft,
    "languages",
    c.monitoring.interviewLanguages.join(", "),
  );
  const [nextReviewOn, setNextReviewOn] = useDraftField(
    draft,
    "nextReviewOn",
    c.monitoring.nextReviewOn ?? "",
  );
  const discard = useDiscardDraft(draft);
  const [notice, setNotice] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const values = () => ({
    methods,
    interviewLanguages: codesOf(languages),
    ...(nextReviewOn ? { nextReviewOn } : {}),
  });
  const form = useFormSubmit(
    () => checkForm(MonitoringPlan, values(), t),
    async (monitoring) => {
      setNotice(null);
      await procurementApi.update(c.id, { version: c.version, monitoring });
      discard();
      setNotice({ tone: "success", text: t("procurement.monitoring.saved") });
      await onSaved();
    },
    async (e) => {
      if (e instanceof ApiFailure && e.code === "conflict") {
        // Someone saved the contract meanwhile: load it again; what is typed here stays.
        setNotice({ tone: "error", text: t("errors.conflict") });
        await onSaved();
      } else setNotice({ tone: "error", text: errorText(t, e) });
    },
  );
  const named = codesOf(languages).filter((x) => /^[a-z]{2,3}$/.test(x));
  return (
    <FormPanel
      title={t("procurement.monitoringTitle")}
      intro={t("procurement.monitoring.intro")}
      submitLabel={t("procurement.monitoring.save")}
      busy={form.busy}
      onSubmit={form.submit}
      error={form.error ?? (notice?.tone === "error" ? notice.text : null)}
    >
      {notice?.tone === "success" ? <Alert tone="success">{notice.text}</Alert> : null}
      <fieldset className={form.fields.methods ? "field field-invalid" : "field"}>
        <legend>{t("procurement.monitoring.methods")}</legend>
        {monitoringMethods.map((m) => (
          <CheckboxField
            key={m}
            label={`${t(`procurement.methods.${m}`)}${c.recommendedMonitoring.includes(m) ? ` (${t("procurement.recommended")})` : ""}`}
            checked={methods.includes(m)}
            onChange={(e) => setMethods(e.target.checked ? [...methods, m] : methods.filter((x) => x !== m))}
          />
        ))}
      </fieldset>
      <TextField
        label={t("procurement.monitoring.languages")}
        hint={
          named.length
            ? t("procurement.monitoring.languagesNamed", {
                list: named.map((l) => languageName(l, i18n.language)).join(", "),
              })
            : t("procurement.monitoring.languagesHint")
        }
        value={languages}
        onChange={(e) => setLanguages(e.target.value)}
        error={form.fields.interviewLanguages}
      />
      <TextField
        label={t("procurement.monitoring.nextReview")}
        type="date"
        value={nextReviewOn}
        onChange={(e) => setNextReviewOn(e.target.value)}
        error={form.fields.nextReviewOn}
      />
    </FormPanel>
  );
}
