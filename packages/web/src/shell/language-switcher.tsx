import { LocaleCode } from "@ariadne/domain/admin/index.ts";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { authApi } from "../auth/auth-api.ts";
import { useSession } from "../auth/session.tsx";
import { changeLocale, currentLocale, type Locale, localeMeta, locales } from "../i18n/index.ts";

/** Each language is named in itself, so a user who cannot read the current one still finds theirs. */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const id = useId();
  const { state } = useSession();
  const choose = (locale: Locale) => {
    void changeLocale(locale);
    // Signed in, the choice is the user's on every device and in e-mails and PDFs; offline or
    // refused, it still holds on this device.
    const code = LocaleCode.safeParse(locale);
    if (code.success && state.status === "signed_in" && !state.offline)
      authApi.setLocale({ locale: code.data }).catch(() => {});
  };
  return (
    <div className="language-switcher">
      <label htmlFor={id}>{t("language.label")}</label>
      <select id={id} name="language" value={currentLocale()} onChange={(e) => choose(e.target.value)}>
        {locales.map((l) => (
          <option key={l} value={l} lang={l}>
            {localeMeta[l]?.name ?? l}
          </option>
        ))}
      </select>
    </div>
  );
}
