import { ageBands, CaseCreate, exploitationForms, genders } from "@ariadne/domain/cases/index.ts";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { SubmissionKey } from "../api/client.ts";
import { useDiscardDraft, useDraftField } from "../drafts/use-draft.ts";
import { useFormErrors } from "../ui/form-panel.tsx";
import {
  Alert,
  CheckboxField,
  type Checked,
  checkForm,
  errorText,
  SelectField,
  TextField,
  translatedFieldErrors,
} from "../ui/index.ts";
import { LanguagePicker } from "../ui/language-picker.tsx";
import { casesApi } from "./cases-api.ts";

/** The case's minimum (the API's `person.aliases`, the form's `person`) is told at the pseudonym field. */
function pseudonymFor(fields: Record<string, string>): Record<string, string> {
  const { person, ...rest } = fields;
  return person ? { ...rest, aliases: person } : rest;
}

/** Opens a case: pseudonymous by default, identity fields optional; the case page warns of duplicates. */
export function CreateCaseForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // What is typed stays on the device (encrypted) until the case is opened.
  const draft = "case:new";
  const discard = useDiscardDraft(draft);
  const [pseudonym, setPseudonym] = useDraftField(draft, "pseudonym", "");
  const [givenName, setGivenName] = useDraftField(draft, "givenName", "");
  const [familyName, setFamilyName] = useDraftField(draft, "familyName", "");
  const [dateOfBirth, setDateOfBirth] = useDraftField(draft, "dateOfBirth", "");
  const [phone, setPhone] = useDraftField(draft, "phone", "");
  const [gender, setGender] = useDraftField(draft, "gender", "");
  const [ageBand, setAgeBand] = useDraftField(draft, "ageBand", "");
  // Kept in the draft as comma-separated codes, as typed before the picker existed.
  const [languages, setLanguages] = useDraftField(draft, "languages", "");
  const languageCodes = languages
    .split(",")
    .map((l) => l.trim().toLowerCase())
    .filter(Boolean);
  const [highRisk, setHighRisk] = useDraftField(draft, "highRisk", false);
  const [forms, setForms] = useDraftField<string[]>(draft, "forms", []);
  const [busy, setBusy] = useState(false);
  const [submission] = useState(() => new SubmissionKey());
  const { fields, error, showFields, clear } = useFormErrors(check);

  /** The person's check first (its fields by name), then the case's minimum, shown on the pseudonym. */
  function check(): Checked<CaseCreate> {
    const person: Record<string, unknown> = {};
    if (pseudonym.trim()) person.aliases = [pseudonym.trim()];
    if (givenName.trim()) person.givenName = givenName.trim();
    if (familyName.trim()) person.familyName = familyName.trim();
    if (dateOfBirth) person.dateOfBirth = dateOfBirth;
    if (phone.trim()) person.phone = phone.trim();
    if (gender) person.gender = gender;
    if (ageBand) person.ageBand = ageBand;
    if (languageCodes.length) person.languages = languageCodes;
    const personCheck = checkForm(CaseCreate.shape.person, person, t);
    if (!personCheck.ok) return personCheck;
    const checked = checkForm(CaseCreate, { person, highRisk, forms }, t);
    return checked.ok ? checked : { ok: false, fields: pseudonymFor(checked.fields) };
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = check();
    if (!checked.ok) {
      showFields(checked.fields);
      return;
    }
    setBusy(true);
    clear();
    try {
      const created = await casesApi.create(checked.data, submission.keyFor(checked.data));
      submission.reset();
      discard();
      // Replace: Back leads to where the user came from, not to the sent form.
      navigate(`/cases/${created.case.id}`, {
        replace: true,
        state: { created: created.case.caseCode },
      });
    } catch (e) {
      showFields(pseudonymFor(translatedFieldErrors(t, e)), errorText(t, e));
      setBusy(false);
    }
  }

  return (
    <section className="panel" aria-labelledby="case-create-title">
      <h2 id="case-create-title">{t("cases.createTitle")}</h2>
      <p>{t("cases.createIntro")}</p>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <form onSubmit={submit} noValidate className="form">
        <fieldset className="cases-fieldset">
          <legend>{t("cases.identity")}</legend>
          <div className="cases-grid">
            <TextField
              label={t("cases.pseudonym")}
              hint={t("cases.pseudonymHint")}
              name="pseudonym"
              autoComplete="off"
              maxLength={200}
              value={pseudonym}
              onChange={(e) => setPseudonym(e.target.value)}
              error={fields.aliases}
            />
            <TextField
              label={t("cases.givenName")}
              name="givenName"
              autoComplete="off"
              maxLength={200}
              value={givenName}
              onChange={(e) => setGivenName(e.target.value)}
              error={fields.givenName}
            />
            <TextField
              label={t("cases.familyName")}
              name="familyName"
              autoComplete="off"
              maxLength={200}
              value={familyName}
              onChange={(e) => setFamilyName(e.target.value)}
              error={fields.familyName}
            />
            <TextField
              label={t("cases.dateOfBirth")}
              name="dateOfBirth"
              type="date"
              value={dateOfBirth}
              onChange={(e) => setDateOfBirth(e.target.value)}
              error={fields.dateOfBirth}
            />
            <TextField
              label={t("cases.phone")}
              name="phone"
              type="tel"
              autoComplete="off"
              maxLength={50}
              value={phone}
              onChange={(e) => setPhone(e.target.value)}
              error={fields.phone}
            />
          </div>
        </fieldset>
        <fieldset className="cases-fieldset">
          <legend>{t("cases.coded")}</legend>
          <div className="cases-grid">
            <SelectField
              label={t("cases.gender")}
              name="gender"
              value={gender}
              onChange={(e) => setGender(e.target.value)}
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
              value={ageBand}
              onChange={(e) => setAgeBand(e.target.value)}
              error={fields.ageBand}
            >
              <option value="">{t("cases.notKnown")}</option>
              {ageBands.map((a) => (
                <option key={a} value={a}>
                  {a}
                </option>
              ))}
            </SelectField>
            <LanguagePicker
              label={t("cases.languages")}
              value={languageCodes}
              onChange={(codes) => setLanguages(codes.join(","))}
              error={fields.languages}
            />
          </div>
        </fieldset>
        <fieldset className="cases-fieldset">
          <legend>{t("cases.forms")}</legend>
          <div className="cases-checks">
            {exploitationForms.map((f) => (
              <CheckboxField
                key={f}
                label={t(`cases.formNames.${f}`)}
                name="forms"
                value={f}
                checked={forms.includes(f)}
                onChange={(e) =>
                  setForms((prev) => (e.target.checked ? [...prev, f] : prev.filter((x) => x !== f)))
                }
              />
            ))}
          </div>
        </fieldset>
        <CheckboxField
          label={t("cases.highRiskLabel")}
          name="highRisk"
          checked={highRisk}
          onChange={(e) => setHighRisk(e.target.checked)}
        />
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t("common.creating") : t("cases.createSubmit")}
          </button>
        </div>
      </form>
    </section>
  );
}
