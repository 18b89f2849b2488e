import { Suspense, useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { NavLink, Outlet, useLocation } from "react-router";
import { useMe, useSession } from "../auth/index.ts";
import { IdleWarning, SignInAgain } from "../auth/session-dialogs.tsx";
import { DraftsNotKeptWarning } from "../drafts/not-kept-warning.tsx";
import { RestoredDrafts } from "../drafts/restored-notice.tsx";
import { NotificationBell } from "../notifications/index.ts";
import { Loading } from "../ui/index.ts";
import { LanguageSwitcher } from "./language-switcher.tsx";
import { visibleModules } from "./modules.ts";
import { QuickExit } from "./quick-exit.tsx";
import { SiteFooter } from "./site-footer.tsx";
import { SkipLink } from "./skip-link.tsx";

/** The frame around every signed-in page: skip link, header, module navigation, main landmark. */
export function AppShell() {
  const { t } = useTranslation();
  const me = useMe();
  const { signOut } = useSession();
  const location = useLocation();
  const [navOpen, setNavOpen] = useState(false);
  const navId = useId();

  // A phone's menu closes once a destination is chosen.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the path change is the trigger
  useEffect(() => setNavOpen(false), [location.pathname]);

  useEffect(() => {
    if (!navOpen) return;
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && setNavOpen(false);
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [navOpen]);

  return (
    <div className="shell">
      <SkipLink />
      <header className="shell-header">
        <NavLink to="/" className="brand" end>
          <span className="brand-name">{t("app.name")}</span>
          <span className="brand-tagline">{me.municipalityName ?? t("shell.noMunicipality")}</span>
        </NavLink>
        <div className="header-actions">
          <button
            type="button"
            className="button nav-toggle"
            aria-expanded={navOpen}
            aria-controls={navId}
            onClick={() => setNavOpen((open) => !open)}
          >
            {t("shell.menu")}
          </button>
          <NotificationBell />
          <QuickExit />
        </div>
      </header>
      <div className="shell-body">
        <nav id={navId} className={navOpen ? "shell-nav open" : "shell-nav"} aria-label={t("shell.mainNav")}>
          <ul className="nav-list">
            <li>
              <NavLink to="/" end>
                {t("shell.home")}
              </NavLink>
            </li>
            {visibleModules(me).map((m) => (
              <li key={m.id}>
                <NavLink to={m.path}>{t(`modules.${m.id}`)}</NavLink>
              </li>
            ))}
          </ul>
          <section className="nav-account" aria-label={t("shell.userMenu")}>
            <p className="nav-user">
              {t("shell.signedInAs", { name: me.displayName })}
              <br />
              <span className="muted">{t(`users.roles.${me.role}`)}</span>
              <br />
              <NavLink to="/account">{t("account.navLink")}</NavLink>
            </p>
            <LanguageSwitcher />
            <button type="button" className="button" onClick={() => void signOut(false)}>
              {t("shell.signOut")}
            </button>
            <button type="button" className="button button-quiet" onClick={() => void signOut(true)}>
              {t("shell.signOutEverywhere")}
            </button>
          </section>
        </nav>
        <main id="main" className="shell-main" tabIndex={-1}>
          <RestoredDrafts />
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
          {/* Last, so that it sticks to the foot of the screen over the page (see its styles). */}
          <DraftsNotKeptWarning />
        </main>
      </div>
      <SiteFooter />
      <SignInAgain />
      <IdleWarning />
    </div>
  );
}
