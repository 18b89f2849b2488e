import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { NavLink, Route, Routes } from "react-router";
import { hasAny, useMe } from "../auth/index.ts";
import NotFoundPage from "../shell/not-found-page.tsx";
import { Loading } from "../ui/index.ts";
import CoursesPage from "./courses-page.tsx";
import "./training.css";

const CourseEditor = lazy(() => import("./course-editor.tsx"));
const CourseView = lazy(() => import("./course-view.tsx"));
const SessionsPage = lazy(() => import("./sessions-page.tsx"));
const ScenariosPage = lazy(() => import("./scenarios-page.tsx"));
const CoveragePage = lazy(() => import("./coverage-page.tsx"));

/** The training module (lazy-loaded chunk): courses, sessions and attendance, coverage. No case data. */
export default function TrainingPage() {
  const { t } = useTranslation();
  const me = useMe();
  const manage = hasAny(me, ["training:manage"]);
  const coverage = hasAny(me, ["training:coverage"]);
  const sections = [
    { to: "/training", label: t("training.tabs.courses"), end: true, show: true },
    { to: "/training/sessions", label: t("training.tabs.sessions"), end: false, show: manage },
    { to: "/training/scenarios", label: t("training.tabs.scenarios"), end: false, show: manage },
    { to: "/training/coverage", label: t("training.tabs.coverage"), end: false, show: coverage },
  ].filter((s) => s.show);
  return (
    <div className="training">
      <nav className="tabs" aria-label={t("training.sections")}>
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
          <Route index element={<CoursesPage />} />
          <Route path="courses/new" element={manage ? <CourseEditor /> : <NotFoundPage />} />
          <Route path="courses/:id" element={<CourseView />} />
          <Route path="courses/:id/edit" element={manage ? <CourseEditor /> : <NotFoundPage />} />
          <Route path="sessions" element={manage ? <SessionsPage /> : <NotFoundPage />} />
          <Route path="scenarios" element={manage ? <ScenariosPage /> : <NotFoundPage />} />
          <Route path="coverage" element={coverage ? <CoveragePage /> : <NotFoundPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </Suspense>
    </div>
  );
}
