import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useMe } from "../auth/index.ts";
import { Page } from "../ui/index.ts";
import { visibleModules } from "./modules.ts";

export default function HomePage() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <Page title={t("shell.homeWelcome", { name: me.displayName })} intro={t("shell.homeIntro")}>
      <p className="muted">
        {t("shell.roleLabel", { role: t(`users.roles.${me.role}`) })}
        {me.municipalityName ? ` · ${t("shell.municipalityLabel", { name: me.municipalityName })}` : null}
      </p>
      <h2>{t("shell.homeModules")}</h2>
      <ul className="module-grid">
        {visibleModules(me).map((m) => (
          <li key={m.id}>
            <Link to={m.path} className="module-card">
              {t(`modules.${m.id}`)}
            </Link>
          </li>
        ))}
      </ul>
    </Page>
  );
}
