import { ConsentCreate, consentPurposes } from "@ariadne/domain/cases/index.ts";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormPanel, useFormSubmit } from "../ui/form-panel.tsx";
import { CheckboxField, checkForm, SelectField, TextField } from "../ui/index.ts";
import type { DirectoryProps } from "./case-props.ts";
import { casesApi, today } from "./cases-api.ts";

/** Languages offered for consent, each named in itself: the region's, and those often spoken by the people met. */
export const consentLanguages: [string, string][] = [
  ["fi", "suomi"],
  ["sv", "svenska"],
  ["en", "English"],
  ["ru", "русский"],
  ["uk", "українська"],
  ["et", "eesti"],
  ["lt", "lietuvių"],
  ["lv", "latviešu"],
  ["pl", "polski"],
  ["de", "Deutsch"],
  ["da", "dansk"],
  ["nb", "norsk bokmål"],
  ["is", "íslenska"],
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

/** A language offered for consent from a reader's locale (`sv-FI` → `sv`); English when not offered. */
export function consentLanguageOf(locale: string): string {
  const base = locale.split("-")[0] ?? "";
  return consentLanguages.some(([code]) => code === base) ? base : "en";
}

/** Consent per purpose; sharing names the organisation, chosen from the municipality's list. */
export function ConsentForm({ detail, directory, onDone, onFailed }: DirectoryProps) {
  const { t, i18n } = useTranslation();
  const [purpose, setPurpose] = useState<string>("processing");
  const [organisationId, setOrganisationId] = useState("");
  const [givenOn, setGivenOn] = useState(today());
  const [form, setForm] = useState("oral");
  // The person's own language when one is recorded; else the worker's, as a starting guess to check
  // (it was Finnish whatever the reader's language).
  const [language, setLanguage] = useState(
    () => detail.content?.person.languages[0] ?? consentLanguageOf(i18n.language),
  );
  const [interpreter, setInterpreter] = useState(false);
  const formId = useId();
  const languages = consentLanguages.some(([code]) => code === language)
    ? consentLanguages
    : [[language, language] as [string, string], ...consentLanguages];
  const { busy, error, fields, submit } = useFormSubmit(
    () =>
      checkForm(
        ConsentCreate,
        {
          purpose,
          givenOn,
          form,
          language,
          interpreter,
          ...(purpose === "sharing" ? { organisationId: organisationId || undefined } : {}),
        },
        t,
      ),
    async (data, key) => {
      await casesApi.addConsent(detail.id, data, key);
      await onDone(t("cases.consentAdded"));
    },
    onFailed,
  );
  return (
    <FormPanel
      title={t("cases.consentTitle")}
      submitLabel={t("cases.consentSubmit")}
      busy={busy}
      onSubmit={submit}
      error={error}
    >
      <SelectField
        label={t("cases.purpose")}
        name="purpose"
        value={purpose}
        onChange={(e) => setPurpose(e.target.value)}
        error={fields.purpose}
      >
        {consentPurposes.map((p) => (
          <option key={p} value={p}>
            {t(`cases.purposes.${p}`)}
          </option>
        ))}
      </SelectField>
      {purpose === "sharing" ? (
        <SelectField
          label={t("cases.sharingWith")}
          name="organisationId"
          value={organisationId}
          onChange={(e) => setOrganisationId(e.target.value)}
          error={fields.organisationId}
        >
          <option value="">{t("cases.choose")}</option>
          {(directory?.organisations ?? []).map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </SelectField>
      ) : null}
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
    </FormPanel>
  );
}
