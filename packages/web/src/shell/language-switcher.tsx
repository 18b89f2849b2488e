import { useId } from "react";
import { useTranslation } from "react-i18next";
import { changeLocale, currentLocale, type Locale, localeMeta, locales } from "../i18n/index.ts";

/** Each language is named in itself, so a user who cannot read the current one still finds theirs. */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="language-switcher">
      <label htmlFor={id}>{t("language.label")}</label>
      <select
        id={id}
        name="language"
        value={currentLocale()}
        onChange={(e) => void changeLocale(e.target.value as Locale)}
      >
        {locales.map((l) => (
          <option key={l} value={l} lang={l}>
            {localeMeta[l]?.name ?? l}
          </option>
        ))}
      </select>
    </div>
  );
}
