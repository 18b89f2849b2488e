import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, NavLink, Route, Routes } from "react-router";
import { hasAny, useMe } from "../auth/index.ts";
import NotFoundPage from "../shell/not-found-page.tsx";
import { Loading } from "../ui/index.ts";

const ServicesPage = lazy(() => import("./services/services-page.tsx"));
const GapsPage = lazy(() => import("./services/gaps-page.tsx"));
const SchemePage = lazy(() => import("./scheme/scheme-page.tsx"));
const ReferralsPage = lazy(() => import("./referrals/referrals-page.tsx"));

/** The referral module (lazy-loaded chunk): directory, gaps, scheme of assistance, referrals. */
export default function ReferralPage() {
  const { t } = useTranslation();
  const me = useMe();
  const readsServices = hasAny(me, ["services:read"]);
  const receivesReferrals = hasAny(me, ["cases:read", "referrals:receive"]);
  const sections = [
    { to: "services", label: t("referral.tabs.services"), allowed: readsServices },
    { to: "gaps", label: t("referral.tabs.gaps"), allowed: readsServices },
    { to: "scheme", label: t("referral.tabs.scheme"), allowed: readsServices },
    { to: "inbox", label: t("referral.tabs.inbox"), allowed: receivesReferrals },
  ].filter((s) => s.allowed);
  const first = sections[0];

  return (
    <div className="referral">
      <nav className="tabs" aria-label={t("referral.sections")}>
        <ul>
          {sections.map((s) => (
            <li key={s.to}>
              <NavLink to={`/referrals/${s.to}`}>{s.label}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Suspense fallback={<Loading />}>
        <Routes>
          <Route index element={first ? <Navigate to={first.to} replace /> : <NotFoundPage />} />
          {readsServices ? <Route path="services/*" element={<ServicesPage />} /> : null}
          {readsServices ? <Route path="gaps" element={<GapsPage />} /> : null}
          {readsServices ? <Route path="scheme/*" element={<SchemePage />} /> : null}
          {receivesReferrals ? <Route path="inbox/*" element={<ReferralsPage />} /> : null}
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </Suspense>
    </div>
  );
}
