import { useTranslation } from "react-i18next";
import { Outlet } from "react-router";

/**
 * The footer of every page: the accessibility statement, which a public-sector site must link from
 * each page (Directive (EU) 2016/2102, art. 7). A plain link: the server serves the statement.
 */
export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className="site-footer">
      <a href="/accessibility">{t("shell.accessibilityStatement")}</a>
    </footer>
  );
}

/** Pages opened without an account (a certificate check, a supplier's questionnaire), with the footer. */
export function PublicLayout() {
  return (
    <div className="public-layout">
      <Outlet />
      <SiteFooter />
    </div>
  );
}
