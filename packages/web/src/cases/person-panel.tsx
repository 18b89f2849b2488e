import { ageBands, genders, PersonUpdate } from "@ariadne/domain/cases/index.ts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { countriesByName, countryName } from "../ui/code-names.ts";
import { FormPanel, useFormSubmit } from "../ui/form-panel.tsx";
import { CheckboxField, checkForm, SelectField, TextField } from "../ui/index.ts";
import { LanguagePicker } from "../ui/language-picker.tsx";
import type { BodyProps } from "./case-props.ts";
import { casesApi } from "./cases-api.ts";
import { personChanges, personFormValues } from "./person-changes.ts";

/**
 * Rectification (GDPR art. 16): the person's identity and coded fields, edited in place. Only
 * what changed is sent; the server keeps the old values as a version and refuses a stale edit.
 */
/** The countries to choose from; a stored code outside the list stays choosable, so editing keeps it. */
function countryOptions(current: string, lang: string) {
  const all = countriesByName(lang);
  const code = current.toUpperCase();
  return code && !all.some((c) => c.code === code) ? [{ code, name: countryName(code, lang) }, ...all] : all;
}

export function PersonPanel({ detail, onDone, onFailed }: BodyProps) {
  const { t, i18n } = useTranslation();
  const p = detail.content!.person;
  const [v, setV] = useState(() => personFormValues(p));
  const set = (k: keyof typeof v) => (e: { target: { value: string } }) =>
    setV((old) => ({ ...old, [k]: e.target.value }));

  const { busy, error, fields, submit } = useFormSubmit(
    () => {
      const body = personChanges(p, v);
      if (Object.keys(body).length === 0) return { ok: false, fields: { _form: t("cases.nothingChanged") } };
      return checkForm(PersonUpdate, { ...body, version: p.version }, t);
    },
    async (data) => {
      await casesApi.rectify(detail.personId, data);
      await onDone(t("cases.rectified"));
    },
    onFailed,
  );

  return (
    <FormPanel
      title={t("cases.rectifyTitle")}
      intro={t("cases.rectifyIntro")}
      submitLabel={t("cases.rectifySubmit")}
      busy={busy}
      onSubmit={submit}
      error={error}
    >
      {fields._form ? <p className="field-error">{fields._form}</p> : null}
      <fieldset className="cases-fieldset">
        <legend>{t("cases.identity")}</legend>
        <TextField
          label={t("cases.givenName")}
          name="givenName"
          autoComplete="off"
          maxLength={200}
          value={v.givenName}
          onChange={set("givenName")}
          error={fields.givenName}
        />
        <TextField
          label={t("cases.familyName")}
          name="familyName"
          autoComplete="off"
          maxLength={200}
          value={v.familyName}
          onChange={set("familyName")}
          error={fields.familyName}
        />
        <TextField
          label={t("cases.aliases")}
          hint={t("cases.commaHint")}
          name="aliases"
          autoComplete="off"
          value={v.aliases}
          onChange={set("aliases")}
          error={fields.aliases}
        />
        <TextField
          label={t("cases.dateOfBirth")}
          type="date"
          name="dateOfBirth"
          value={v.dateOfBirth}
          onChange={set("dateOfBirth")}
          error={fields.dateOfBirth}
        />
        <TextField
          label={t("cases.documentNumbers")}
          hint={t("cases.commaHint")}
          name="documentNumbers"
          autoComplete="off"
          value={v.documentNumbers}
          onChange={set("documentNumbers")}
          error={fields.documentNumbers}
        />
        <TextField
          label={t("cases.phone")}
          type="tel"
          name="phone"
          autoComplete="off"
          maxLength={50}
          value={v.phone}
          onChange={set("phone")}
          error={fields.phone}
        />
        <TextField
          label={t("cases.address")}
          name="address"
          autoComplete="off"
          maxLength={500}
          value={v.address}
          onChange={set("address")}
          error={fields.address}
        />
      </fieldset>
      <fieldset className="cases-fieldset">
        <legend>{t("cases.coded")}</legend>
        <SelectField
          label={t("cases.gender")}
          name="gender"
          value={v.gender}
          onChange={set("gender")}
          error={fields.gender}
        >
          <option value="">{t("cases.notKnown")}</option>
          {genders.map((g) => (
            <option key={g} value={g}>
              {t(`cases.genders.${g}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t("cases.ageBand")}
          name="ageBand"
          value={v.ageBand}
          onChange={set("ageBand")}
          error={fields.ageBand}
        >
          <option value="">{t("cases.notKnown")}</option>
          {ageBands.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t("cases.citizenship")}
          name="citizenship"
          value={v.citizenship.toUpperCase()}
          onChange={set("citizenship")}
          error={fields.citizenship}
        >
          <option value="">{t("cases.notKnown")}</option>
          {countryOptions(v.citizenship, i18n.language).map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </SelectField>
        <LanguagePicker
          label={t("cases.languages")}
          value={v.languages
            .split(",")
            .map((l) => l.trim().toLowerCase())
            .filter(Boolean)}
          onChange={(codes) => setV((old) => ({ ...old, languages: codes.join(", ") }))}
          error={fields.languages}
        />
        <CheckboxField
          label={t("cases.unaccompaniedMinor")}
          name="unaccompaniedMinor"
          checked={v.unaccompaniedMinor}
          onChange={(e) => setV((old) => ({ ...old, unaccompaniedMinor: e.target.checked }))}
        />
      </fieldset>
    </FormPanel>
  );
}
