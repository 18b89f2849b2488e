import { ageBands, genders, PersonUpdate } from "@ariadne/domain/cases/index.ts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormPanel, useFormSubmit } from "../ui/form-panel.tsx";
import { CheckboxField, checkForm, SelectField, TextField } from "../ui/index.ts";
import type { BodyProps } from "./case-props.ts";
import { casesApi } from "./cases-api.ts";

const list = (text: string) =>
  text
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
const sameList = (a: readonly string[], b: readonly string[]) => a.join("\u0000") === b.join("\u0000");

/**
 * Rectification (GDPR art. 16): the person's identity and coded fields, edited in place. Only
 * what changed is sent; the server keeps the old values as a version and refuses a stale edit.
 */
export function PersonPanel({ detail, onDone, onFailed }: BodyProps) {
  const { t } = useTranslation();
  const p = detail.content!.person;
  const [v, setV] = useState({
    givenName: p.givenName ?? "",
    familyName: p.familyName ?? "",
    aliases: p.aliases.join(", "),
    dateOfBirth: p.dateOfBirth ?? "",
    documentNumbers: p.documentNumbers.join(", "),
    phone: p.phone ?? "",
    address: p.address ?? "",
    gender: p.gender ?? "",
    ageBand: p.ageBand ?? "",
    citizenship: p.citizenship ?? "",
    languages: p.languages.join(", "),
    unaccompaniedMinor: p.unaccompaniedMinor,
  });
  const set = (k: keyof typeof v) => (e: { target: { value: string } }) =>
    setV((old) => ({ ...old, [k]: e.target.value }));

  const { busy, fields, submit } = useFormSubmit(
    () => {
      const body: Record<string, unknown> = { version: p.version };
      for (const k of ["givenName", "familyName", "dateOfBirth", "phone", "address"] as const) {
        const now = v[k].trim();
        if (now !== (p[k] ?? "")) body[k] = now || null;
      }
      for (const k of ["gender", "ageBand"] as const) if (v[k] !== (p[k] ?? "")) body[k] = v[k] || null;
      const citizenship = v.citizenship.trim().toUpperCase();
      if (citizenship !== (p.citizenship ?? "")) body.citizenship = citizenship || null;
      if (!sameList(list(v.aliases), p.aliases)) body.aliases = list(v.aliases);
      if (!sameList(list(v.documentNumbers), p.documentNumbers))
        body.documentNumbers = list(v.documentNumbers);
      const languages = list(v.languages).map((l) => l.toLowerCase());
      if (!sameList(languages, p.languages)) body.languages = languages;
      if (v.unaccompaniedMinor !== p.unaccompaniedMinor) body.unaccompaniedMinor = v.unaccompaniedMinor;
      if (Object.keys(body).length === 1) return { ok: false, fields: { _form: t("cases.nothingChanged") } };
      return checkForm(PersonUpdate, body, t);
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
        <TextField
          label={t("cases.citizenship")}
          hint={t("cases.citizenshipHint")}
          name="citizenship"
          maxLength={2}
          value={v.citizenship}
          onChange={set("citizenship")}
          error={fields.citizenship}
        />
        <TextField
          label={t("cases.languages")}
          hint={t("cases.languagesHint")}
          name="languages"
          value={v.languages}
          onChange={set("languages")}
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
