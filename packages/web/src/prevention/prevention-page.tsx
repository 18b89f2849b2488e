import "./prevention.css";
import { createContext, lazy, Suspense, useContext } from "react";
import { useTranslation } from "react-i18next";
import { NavLink, Route, Routes } from "react-router";
import { hasAny, useMe } from "../auth/index.ts";
import NotFoundPage from "../shell/not-found-page.tsx";
import { Loading } from "../ui/index.ts";
import { useOutreachSync } from "./use-outreach-sync.ts";
import VisitsPage from "./visits-page.tsx";

const VisitFormPage = lazy(() => import("./visit-form-page.tsx"));
const ConflictPage = lazy(() => import("./conflict-page.tsx"));
const ConcernsPage = lazy(() => import("./concerns-page.tsx"));
const CampaignsPage = lazy(() => import("./campaigns-page.tsx"));
const HandedConcernsPage = lazy(() => import("./handed-concerns-page.tsx"));

type Sync = ReturnType<typeof useOutreachSync>;
const SyncContext = createContext<Sync | null>(null);

/** The device queue and its sending, shared by the module's pages. */
export function useSync(): Sync {
  const sync = useContext(SyncContext);
  if (!sync) throw new Error("useSync outside the prevention module");
  return sync;
}

/** The prevention module (lazy-loaded chunk): outreach visits, offline-first. */
export default function PreventionPage() {
  const { t } = useTranslation();
  const sync = useOutreachSync();
  const me = useMe();
  const manages = hasAny(me, ["prevention:manage"]);
  // Reports of concern handed to the worker, to open a case from (roles that open cases).
  const takesCases = hasAny(me, ["cases:write"]);
  const waiting = sync.queue.filter((q) => !q.conflict).length;
  return (
    <SyncContext.Provider value={sync}>
      <div className="prevention">
        <nav className="tabs" aria-label={t("prevention.sections")}>
          <ul>
            <li>
              <NavLink to="/prevention" end>
                {t("prevention.tabs.visits")}
              </NavLink>
            </li>
            {manages ? (
              <li>
                <NavLink to="/prevention/concerns">{t("prevention.tabs.concerns")}</NavLink>
              </li>
            ) : null}
            {takesCases ? (
              <li>
                <NavLink to="/prevention/handed">{t("prevention.tabs.handed")}</NavLink>
              </li>
            ) : null}
            {manages ? (
              <li>
                <NavLink to="/prevention/campaigns">{t("prevention.tabs.campaigns")}</NavLink>
              </li>
            ) : null}
          </ul>
        </nav>
        <p className="sync-status" role="status">
          {!sync.online
            ? t("prevention.sync.offline", { count: waiting })
            : waiting > 0
              ? t("prevention.sync.waiting", { count: waiting })
              : t("prevention.sync.allSent")}
        </p>
        <Suspense fallback={<Loading />}>
          <Routes>
            <Route index element={<VisitsPage />} />
            <Route path="visits/new" element={<VisitFormPage />} />
            <Route path="visits/:id" element={<VisitFormPage />} />
            <Route path="visits/:id/conflict" element={<ConflictPage />} />
            {manages ? <Route path="concerns" element={<ConcernsPage />} /> : null}
            {manages ? <Route path="campaigns" element={<CampaignsPage />} /> : null}
            {takesCases ? <Route path="handed" element={<HandedConcernsPage />} /> : null}
            {takesCases ? <Route path="handed/:id" element={<HandedConcernsPage />} /> : null}
            <Route path="*" element={<NotFoundPage />} />
          </Routes>
        </Suspense>
      </div>
    </SyncContext.Provider>
  );
}
