import { useTranslation } from "react-i18next";

/** The first stop of the Tab key on every page with a header: straight to `<main id="main">` (WCAG 2.4.1). */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a className="skip-link" href="#main">
      {t("shell.skipToContent")}
    </a>
  );
}
