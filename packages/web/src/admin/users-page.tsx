import {
  assignableRoles,
  type Organisation,
  type PasswordResetIssued,
  User,
  type UserCreated,
} from "@ariadne/domain/admin/index.ts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiFailure } from "../api/client.ts";
import { useMe } from "../auth/index.ts";
import { sortByText } from "../ui/format-number.ts";
import { Alert, errorText, Loading, Page, useLoad } from "../ui/index.ts";
import { adminApi } from "./admin-api.ts";
import { useAdminScope } from "./admin-layout.tsx";
import { ResetIssued, ResetPassword } from "./password-reset.tsx";
import { CreateUser, EditUser, InitialPassword } from "./user-forms.tsx";

type Notice = { tone: "success" | "error"; text: string } | null;

export default function UsersPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const scope = useAdminScope();
  const canManage = me.permissions.includes("users:manage");
  const [users, reloadUsers] = useLoad(() => adminApi.users(scope), scope.municipalityId ?? "own");
  const [orgs] = useLoad(
    () =>
      me.permissions.includes("organisations:read")
        ? adminApi.organisations(scope)
        : Promise.resolve({ items: [] }),
    scope.municipalityId ?? "own",
  );
  // Regions are the system admin's to hand out (with the regional analyst role).
  const [regionList] = useLoad(
    () =>
      me.permissions.includes("municipalities:manage") ? adminApi.regions() : Promise.resolve({ items: [] }),
    "regions",
  );
  const [editing, setEditing] = useState<User | null>(null);
  const [created, setCreated] = useState<UserCreated | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [resetting, setResetting] = useState<User | null>(null);
  const [reset, setReset] = useState<{ user: User; issued: PasswordResetIssued } | null>(null);
  // System admins belong to no municipality, so they are never created here.
  const roles = assignableRoles(me.role).filter((r) => r !== "system_admin");
  const organisations: Organisation[] = orgs.data?.items ?? [];
  const orgName = (id: string | null) => organisations.find((o) => o.id === id)?.name ?? "—";

  async function afterConflict(error: unknown) {
    const current = error instanceof ApiFailure ? User.safeParse(error.current) : null;
    setNotice({ tone: "error", text: t("errors.conflict") });
    await reloadUsers();
    if (current?.success) setEditing(current.data);
  }

  // By name as the reader's language sorts names (Å after Z in Swedish, Ł after L in Polish).
  const items = sortByText(users.data?.items ?? [], (u) => u.displayName, i18n.language);
  return (
    <Page title={t("users.title")} intro={t("users.intro")}>
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      {created ? <InitialPassword created={created} onDone={() => setCreated(null)} /> : null}
      {reset ? <ResetIssued user={reset.user} issued={reset.issued} onDone={() => setReset(null)} /> : null}
      {resetting && canManage ? (
        <ResetPassword
          key={resetting.id}
          user={resetting}
          onCancel={() => setResetting(null)}
          onReset={async (resetTotp) => {
            try {
              const issued = await adminApi.resetPassword(scope, resetting.id, { resetTotp });
              setReset({ user: resetting, issued });
              setResetting(null);
              await reloadUsers();
            } catch (e) {
              setNotice({ tone: "error", text: errorText(t, e) });
            }
          }}
        />
      ) : null}
      {users.status === "failed" ? <Alert tone="error">{errorText(t, users.error)}</Alert> : null}
      {editing && canManage ? (
        <EditUser
          key={`${editing.id}:${editing.version}`}
          user={editing}
          roles={roles}
          isSelf={editing.id === me.id}
          onCancel={() => setEditing(null)}
          onSave={async (patch) => {
            const saved = await adminApi.updateUser(scope, editing.id, {
              ...patch,
              version: editing.version,
            });
            setEditing(null);
            setNotice({ tone: "success", text: t("users.saved", { name: saved.displayName }) });
            await reloadUsers();
          }}
          onConflict={afterConflict}
        />
      ) : null}
      {users.status === "loading" && !users.data ? <Loading /> : null}
      {users.data ? (
        items.length === 0 ? (
          <p>{t("users.empty")}</p>
        ) : (
          <div className="table-wrap">
            <table className="data-table">
              <caption className="visually-hidden">{t("users.title")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("users.displayName")}</th>
                  <th scope="col">{t("users.email")}</th>
                  <th scope="col">{t("users.organisation")}</th>
                  <th scope="col">{t("users.role")}</th>
                  <th scope="col">{t("common.status")}</th>
                  <th scope="col">{t("users.twoStep")}</th>
                  {canManage ? <th scope="col">{t("common.actions")}</th> : null}
                </tr>
              </thead>
              <tbody>
                {items.map((u) => (
                  <tr key={u.id}>
                    <th scope="row" data-label={t("users.displayName")}>
                      {u.displayName}{" "}
                      {u.id === me.id ? <span className="muted">{t("users.you")}</span> : null}
                    </th>
                    <td data-label={t("users.email")} className="wrap-anywhere">
                      {u.email}
                    </td>
                    <td data-label={t("users.organisation")}>{orgName(u.organisationId)}</td>
                    <td data-label={t("users.role")}>{t(`users.roles.${u.role}`)}</td>
                    <td data-label={t("common.status")}>
                      <span className={u.active ? "badge badge-ok" : "badge"}>
                        {u.active ? t("common.active") : t("common.inactive")}
                      </span>
                      {u.lockedUntil && new Date(u.lockedUntil) > new Date() ? (
                        <span className="badge badge-warn">{t("users.locked")}</span>
                      ) : null}
                    </td>
                    <td data-label={t("users.twoStep")}>
                      {u.totpEnabled ? t("common.yes") : t("common.no")}
                    </td>
                    {canManage ? (
                      <td data-label={t("common.actions")} className="row-actions">
                        <button
                          type="button"
                          className="button button-small"
                          aria-label={t("common.editNamed", { name: u.displayName })}
                          onClick={() => {
                            setNotice(null);
                            setResetting(null);
                            setEditing(u);
                          }}
                        >
                          {t("common.edit")}
                        </button>
                        {u.id !== me.id && assignableRoles(me.role).includes(u.role) ? (
                          <button
                            type="button"
                            className="button button-small"
                            aria-label={t("users.resetNamed", { name: u.displayName })}
                            onClick={() => {
                              setNotice(null);
                              setEditing(null);
                              setResetting(u);
                            }}
                          >
                            {t("users.resetPassword")}
                          </button>
                        ) : null}
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      ) : null}
      {canManage && !editing ? (
        <CreateUser
          roles={roles}
          organisations={organisations.filter((o) => o.active)}
          regions={regionList.data?.items ?? []}
          onCreate={async (body) => {
            const answer = await adminApi.createUser(scope, body);
            setNotice(null);
            setCreated(answer);
            await reloadUsers();
          }}
        />
      ) : null}
    </Page>
  );
}
