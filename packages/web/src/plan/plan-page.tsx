import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { NavLink, Route, Routes } from "react-router";
import NotFoundPage from "../shell/not-found-page.tsx";
import { Loading } from "../ui/index.ts";
import ActionPointsPage from "./action-points-page.tsx";

const SelfAssessmentPage = lazy(() => import("./self-assessment-page.tsx"));
const PartnershipsPage = lazy(() => import("./partnerships-page.tsx"));

/** The planning module (lazy-loaded chunk): action plan, self-assessment, partnership register. */
export default function PlanPage() {
  const { t } = useTranslation();
  const sections = [
    { to: "/action-plan", label: t("plan.tabs.actions"), end: true },
    { to: "/action-plan/self-assessment", label: t("plan.tabs.selfAssessment"), end: false },
    { to: "/action-plan/partnerships", label: t("plan.tabs.partnerships"), end: false },
  ];
  return (
    <div className="plan">
      <nav className="tabs" aria-label={t("plan.sections")}>
        <ul>
          {sections.map((s) => (
            <li key={s.to}>
              <NavLink to={s.to} end={s.end}>
                {s.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Suspense fallback={<Loading />}>
        <Routes>
          <Route index element={<ActionPointsPage />} />
          <Route path="self-assessment" element={<SelfAssessmentPage />} />
          <Route path="partnerships" element={<PartnershipsPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </Suspense>
    </div>
  );
}
