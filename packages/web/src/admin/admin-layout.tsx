import type { Municipality } from "@ariadne/domain/admin/index.ts";
import { Suspense, useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { NavLink, Outlet, useLocation, useOutletContext } from "react-router";
import { useMe } from "../auth/index.ts";
import { systemWideAdminSections, visibleAdminSections } from "../shell/modules.ts";
import { Alert, errorText, Loading, SelectField, useLoad } from "../ui/index.ts";
import { adminApi, type Scope } from "./admin-api.ts";

export interface AdminContext {
  scope: Scope;
}

const ownMunicipality: AdminContext = { scope: {} };

export function useAdminScope(): Scope {
  return useOutletContext<AdminContext>().scope;
}

/** Administration's sub-navigation; a system admin first chooses which municipality to administer. */
export default function AdminLayout() {
  const { t } = useTranslation();
  const me = useMe();
  const sections = visibleAdminSections(me).map((to) => ({ to, label: t(`admin.${to}`) }));
  const { pathname } = useLocation();
  const systemWide = systemWideAdminSections.some((s) => pathname.endsWith(`/admin/${s}`));

  return (
    <div className="admin">
      <nav className="tabs" aria-label={t("admin.sections")}>
        <ul>
          {sections.map((s) => (
            <li key={s.to}>
              <NavLink to={s.to}>{s.label}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Suspense fallback={<Loading />}>
        {me.role === "system_admin" && !systemWide ? (
          <SystemAdminScope />
        ) : (
          <Outlet context={ownMunicipality} />
        )}
      </Suspense>
    </div>
  );
}

function SystemAdminScope() {
  const { t } = useTranslation();
  const [load] = useLoad(() => adminApi.municipalities(), "all");
  const [chosen, setChosen] = useState<string>("");
  const items: Municipality[] = load.data?.items ?? [];
  useEffect(() => {
    if (!chosen && items[0]) setChosen(items[0].id);
  }, [chosen, items]);
  const context = useMemo<AdminContext>(() => ({ scope: { municipalityId: chosen } }), [chosen]);
  if (load.status === "failed") return <Alert tone="error">{errorText(t, load.error)}</Alert>;
  if (load.status === "loading") return <Loading />;
  return (
    <>
      <SelectField
        label={t("admin.municipality")}
        hint={t("admin.chooseMunicipality")}
        value={chosen}
        onChange={(e) => setChosen(e.target.value)}
      >
        {items.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
      </SelectField>
      {chosen ? <Outlet key={chosen} context={context} /> : null}
    </>
  );
}
