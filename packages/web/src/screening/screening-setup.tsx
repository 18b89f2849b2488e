import { screening } from "@ariadne/domain";
import { useTranslation } from "react-i18next";
import { TextField } from "../ui/index.ts";
import { type DraftSectionProps, toggle } from "./draft.ts";
import { formLabel, profileLabel } from "./labels.ts";

const { profileIds, supplementaryFormIds } = screening;

/** Who is screened (the ILO/EC lists), which other forms to look for, and the observations' date. */
export function ScreeningSetup({ draft, lang, onChange }: DraftSectionProps) {
  const { t } = useTranslation();
  return (
    <div className="screening-noprint">
      <fieldset className="screening-section">
        <legend>{t("screening.profiles")}</legend>
        {profileIds.map((p) => (
          <label key={p} className="screening-choice">
            <input
              type="checkbox"
              checked={draft.profiles.includes(p)}
              onChange={() => onChange((d) => ({ ...d, profiles: toggle(d.profiles, p), savedTo: null }))}
            />{" "}
            {profileLabel(p, lang)}
          </label>
        ))}
      </fieldset>
      <fieldset className="screening-section" aria-describedby="screening-forms-hint">
        <legend>{t("screening.forms")}</legend>
        <p id="screening-forms-hint" className="screening-guidance">
          {t("screening.formsHint")}
        </p>
        {supplementaryFormIds.map((f) => (
          <label key={f} className="screening-choice">
            <input
              type="checkbox"
              checked={draft.forms.includes(f)}
              onChange={() => onChange((d) => ({ ...d, forms: toggle(d.forms, f) }))}
            />{" "}
            {formLabel(f, lang)}
          </label>
        ))}
      </fieldset>
      <div className="screening-section">
        <TextField
          label={t("screening.observedOn")}
          type="date"
          required
          value={draft.observedOn}
          onChange={(e) => {
            const value = e.currentTarget.value;
            if (/^\d{4}-\d{2}-\d{2}$/.test(value)) onChange((d) => ({ ...d, observedOn: value }));
          }}
        />
      </div>
    </div>
  );
}
