import { lazy, type ReactNode, Suspense } from "react";
import { BrowserRouter, Navigate, Route, Routes } from "react-router";
import { hasAny, SessionProvider, useMe, useSession } from "./auth/index.ts";
import { withMessages } from "./i18n/index.ts";
import { AppShell, adminSections, PublicLayout, visibleAdminSections } from "./shell/index.ts";
import { Loading } from "./ui/index.ts";

// Every page is its own chunk, so modules added later stay out of the first load. A page renders
// once its modules' messages in the reader's language are loaded too (issue 18; their list is
// checked against the keys the page can reach by i18n/namespaces.test.ts).
const SignInPage = lazy(withMessages([], () => import("./auth/sign-in-page.tsx")));
const AccountPage = lazy(withMessages([], () => import("./auth/account-page.tsx")));
const HomePage = lazy(withMessages([], () => import("./shell/home-page.tsx")));
const NotFoundPage = lazy(withMessages([], () => import("./shell/not-found-page.tsx")));
const AdminLayout = lazy(withMessages(["admin"], () => import("./admin/admin-layout.tsx")));
const OrganisationsPage = lazy(
  withMessages(["admin", "organisations"], () => import("./admin/organisations-page.tsx")),
);
const UsersPage = lazy(withMessages(["admin"], () => import("./admin/users-page.tsx")));
const AuditPage = lazy(withMessages(["admin", "audit"], () => import("./admin/audit-page.tsx")));
const LanguagesPage = lazy(withMessages(["admin"], () => import("./admin/languages-page.tsx")));
const RegionsPage = lazy(withMessages(["admin"], () => import("./admin/regions-page.tsx")));
const ScreeningPage = lazy(withMessages(["screening"], () => import("./screening/screening-page.tsx")));
const CasesPage = lazy(
  withMessages(["cases", "map", "referral", "screening"], () => import("./cases/cases-page.tsx")),
);
const MapPage = lazy(withMessages(["map"], () => import("./map/map-page.tsx")));
const PlanPage = lazy(withMessages(["map", "plan"], () => import("./plan/plan-page.tsx")));
const PreventionPage = lazy(
  withMessages(["cases", "map", "prevention"], () => import("./prevention/prevention-page.tsx")),
);
const ProcurementPage = lazy(
  withMessages(["cases", "procurement"], () => import("./procurement/procurement-page.tsx")),
);
const SupplierQuestionnairePage = lazy(
  withMessages(["procurement"], () => import("./procurement/supplier-questionnaire-page.tsx")),
);
const ReferralPage = lazy(withMessages(["cases", "referral"], () => import("./referral/referral-page.tsx")));
const InboxPage = lazy(withMessages(["referral"], () => import("./notifications/inbox-page.tsx")));
const StatsPage = lazy(
  withMessages(
    ["cases", "map", "plan", "referral", "screening", "stats", "training"],
    () => import("./stats/statistics-route.tsx"),
  ),
);
const TrainingPage = lazy(withMessages(["training"], () => import("./training/training-page.tsx")));
const CertificateCheckPage = lazy(
  withMessages(["training"], () => import("./training/certificate-check-page.tsx")),
);

function RequireSession({ children }: { children: ReactNode }) {
  const { state } = useSession();
  if (state.status === "loading") return <Loading />;
  if (state.status === "signed_out") {
    return <Navigate to="/sign-in" replace />;
  }
  return children;
}

function SignInRoute() {
  const { state } = useSession();
  if (state.status === "loading") return <Loading />;
  if (state.status === "signed_in") return <Navigate to="/" replace />;
  return <SignInPage />;
}

/** A reset link opens the password step of sign-in, whoever is signed in on this browser. */
function ResetPasswordRoute() {
  const { state } = useSession();
  return state.status === "loading" ? <Loading /> : <SignInPage />;
}

/** A page the user's permissions do not open answers like a missing page, as the API does. */
function RequirePermission({
  anyOf,
  children,
}: {
  anyOf: Parameters<typeof hasAny>[1];
  children: ReactNode;
}) {
  const me = useMe();
  return hasAny(me, anyOf) ? children : <NotFoundPage />;
}

function AdminIndex() {
  const me = useMe();
  const first = visibleAdminSections(me)[0];
  return first ? <Navigate to={first} replace /> : <NotFoundPage />;
}

export function App() {
  return (
    <SessionProvider>
      <BrowserRouter>
        <Suspense fallback={<Loading />}>
          <Routes>
            <Route path="/sign-in" element={<SignInRoute />} />
            <Route path="/reset-password" element={<ResetPasswordRoute />} />
            <Route element={<PublicLayout />}>
              <Route path="/certificates/:code" element={<CertificateCheckPage />} />
              {/* A supplier answers through a single-use link, without an account (issue 16). */}
              <Route path="/supplier-questionnaire/:id" element={<SupplierQuestionnairePage />} />
            </Route>
            <Route
              element={
                <RequireSession>
                  <AppShell />
                </RequireSession>
              }
            >
              <Route index element={<HomePage />} />
              <Route
                path="/screening/*"
                element={
                  <RequirePermission anyOf={["screenings:run"]}>
                    <ScreeningPage />
                  </RequirePermission>
                }
              />
              <Route
                path="/cases/*"
                element={
                  <RequirePermission anyOf={["cases:read"]}>
                    <CasesPage />
                  </RequirePermission>
                }
              />
              <Route
                path="/local-map/*"
                element={
                  <RequirePermission anyOf={["mapping:read", "mapping:manage"]}>
                    <MapPage />
                  </RequirePermission>
                }
              />
              <Route path="/inbox" element={<InboxPage />} />
              <Route path="/account" element={<AccountPage />} />
              <Route
                path="/referrals/*"
                element={
                  <RequirePermission anyOf={["cases:read", "referrals:receive"]}>
                    <ReferralPage />
                  </RequirePermission>
                }
              />
              <Route
                path="/prevention/*"
                element={
                  <RequirePermission anyOf={["outreach:write", "prevention:manage"]}>
                    <PreventionPage />
                  </RequirePermission>
                }
              />
              <Route
                path="/procurement/*"
                element={
                  <RequirePermission anyOf={["procurement:read"]}>
                    <ProcurementPage />
                  </RequirePermission>
                }
              />
              <Route
                path="/action-plan/*"
                element={
                  <RequirePermission anyOf={["planning:read", "planning:manage"]}>
                    <PlanPage />
                  </RequirePermission>
                }
              />
              <Route
                path="/training/*"
                element={
                  <RequirePermission anyOf={["training:take"]}>
                    <TrainingPage />
                  </RequirePermission>
                }
              />
              <Route
                path="/statistics/*"
                element={
                  <RequirePermission anyOf={["stats:read", "stats:regional"]}>
                    <StatsPage />
                  </RequirePermission>
                }
              />
              <Route
                path="/admin"
                element={
                  <RequirePermission anyOf={adminSections.map((s) => s.permission)}>
                    <AdminLayout />
                  </RequirePermission>
                }
              >
                <Route index element={<AdminIndex />} />
                <Route
                  path="organisations"
                  element={
                    <RequirePermission anyOf={["organisations:manage"]}>
                      <OrganisationsPage />
                    </RequirePermission>
                  }
                />
                <Route
                  path="users"
                  element={
                    <RequirePermission anyOf={["users:read"]}>
                      <UsersPage />
                    </RequirePermission>
                  }
                />
                <Route
                  path="audit"
                  element={
                    <RequirePermission anyOf={["audit:read"]}>
                      <AuditPage />
                    </RequirePermission>
                  }
                />
                <Route
                  path="languages"
                  element={
                    <RequirePermission anyOf={["organisations:manage"]}>
                      <LanguagesPage />
                    </RequirePermission>
                  }
                />
                <Route
                  path="regions"
                  element={
                    <RequirePermission anyOf={["municipalities:manage"]}>
                      <RegionsPage />
                    </RequirePermission>
                  }
                />
              </Route>
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </Suspense>
      </BrowserRouter>
    </SessionProvider>
  );
}
