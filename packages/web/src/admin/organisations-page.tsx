import {
  Organisation,
  OrganisationCreate,
  OrganisationUpdate,
  organisationKinds,
} from "@ariadne/domain/admin/index.ts";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiFailure } from "../api/client.ts";
import { useMe } from "../auth/index.ts";
import { DiscardButton, wouldLoseWork } from "../ui/discard-button.tsx";
import { useFormErrors } from "../ui/form-panel.tsx";
import { sortByText } from "../ui/format-number.ts";
import {
  Alert,
  CheckboxField,
  type Checked,
  checkForm,
  errorText,
  Loading,
  Page,
  SelectField,
  TextField,
  translatedFieldErrors,
  useLoad,
} from "../ui/index.ts";
import { adminApi } from "./admin-api.ts";
import { useAdminScope } from "./admin-layout.tsx";

type Kind = (typeof organisationKinds)[number];
type Notice = { tone: "success" | "error"; text: string } | null;

export default function OrganisationsPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const scope = useAdminScope();
  const canManage = me.permissions.includes("organisations:manage");
  const [list, reload] = useLoad(() => adminApi.organisations(scope), scope.municipalityId ?? "own");
  const [editing, setEditing] = useState<Organisation | null>(null);
  const [notice, setNotice] = useState<Notice>(null);

  async function afterConflict(error: unknown) {
    // The record changed under us: show the latest version and let the user decide again.
    const current = error instanceof ApiFailure ? Organisation.safeParse(error.current) : null;
    setNotice({ tone: "error", text: t("errors.conflict") });
    await reload();
    if (current?.success) setEditing(current.data);
  }

  async function toggleActive(org: Organisation) {
    setNotice(null);
    try {
      const saved = await adminApi.updateOrganisation(scope, org.id, {
        active: !org.active,
        version: org.version,
      });
      setNotice({ tone: "success", text: t("organisations.saved", { name: saved.name }) });
      await reload();
    } catch (error) {
      if (error instanceof ApiFailure && error.code === "conflict") await afterConflict(error);
      else setNotice({ tone: "error", text: errorText(t, error) });
    }
  }

  const items = sortByText(list.data?.items ?? [], (o) => o.name, i18n.language);
  return (
    <Page title={t("organisations.title")} intro={t("organisations.intro")}>
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      {list.status === "failed" ? <Alert tone="error">{errorText(t, list.error)}</Alert> : null}
      {editing && canManage ? (
        <OrganisationForm
          key={`${editing.id}:${editing.version}`}
          initial={editing}
          onCancel={() => setEditing(null)}
          onSubmit={async (values) => {
            const saved = await adminApi.updateOrganisation(scope, editing.id, {
              ...values,
              version: editing.version,
            });
            setEditing(null);
            setNotice({ tone: "success", text: t("organisations.saved", { name: saved.name }) });
            await reload();
          }}
          onConflict={afterConflict}
        />
      ) : null}
      {list.status === "loading" && !list.data ? <Loading /> : null}
      {list.data ? (
        items.length === 0 ? (
          <p>{t("organisations.empty")}</p>
        ) : (
          <div className="table-wrap">
            <table className="data-table">
              <caption className="visually-hidden">{t("organisations.title")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("organisations.name")}</th>
                  <th scope="col">{t("organisations.kind")}</th>
                  <th scope="col">{t("common.status")}</th>
                  {canManage ? <th scope="col">{t("common.actions")}</th> : null}
                </tr>
              </thead>
              <tbody>
                {items.map((org) => (
                  <tr key={org.id}>
                    <th scope="row" data-label={t("organisations.name")}>
                      {org.name}
                    </th>
                    <td data-label={t("organisations.kind")}>{t(`organisations.kinds.${org.kind}`)}</td>
                    <td data-label={t("common.status")}>
                      <span className={org.active ? "badge badge-ok" : "badge"}>
                        {org.active ? t("common.active") : t("common.inactive")}
                      </span>
                    </td>
                    {canManage ? (
                      <td data-label={t("common.actions")} className="row-actions">
                        <button
                          type="button"
                          className="button button-small"
                          aria-label={t("common.editNamed", { name: org.name })}
                          onClick={() => {
                            setNotice(null);
                            setEditing(org);
                          }}
                        >
                          {t("common.edit")}
                        </button>
                        <button
                          type="button"
                          className="button button-small button-quiet"
                          aria-label={t(
                            org.active ? "organisations.deactivateNamed" : "organisations.activateNamed",
                            {
                              name: org.name,
                            },
                          )}
                          onClick={() => void toggleActive(org)}
                        >
                          {org.active ? t("organisations.deactivate") : t("organisations.activate")}
                        </button>
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
        <OrganisationForm
          onSubmit={async (values) => {
            const created = await adminApi.createOrganisation(scope, {
              name: values.name,
              kind: values.kind,
            });
            setNotice({ tone: "success", text: t("organisations.created", { name: created.name }) });
            await reload();
          }}
        />
      ) : null}
    </Page>
  );
}

interface FormValues {
  name: string;
  kind: Kind;
  active: boolean;
}

/** Creates an organisation, or edits one when `initial` is given. */
function OrganisationForm(props: {
  initial?: Organisation;
  onSubmit(values: FormValues): Promise<void>;
  onCancel?(): void;
  onConflict?(error: unknown): Promise<void>;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(props.initial?.name ?? "");
  const [kind, setKind] = useState<Kind>(props.initial?.kind ?? "municipal_department");
  const [active, setActive] = useState(props.initial?.active ?? true);
  const [busy, setBusy] = useState(false);
  const editing = Boolean(props.initial);
  const check = (): Checked<unknown> =>
    props.initial
      ? checkForm(OrganisationUpdate, { name, kind, active, version: props.initial.version }, t)
      : checkForm(OrganisationCreate, { name, kind }, t);
  const { fields, error, showFields, clear } = useFormErrors(check);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = check();
    if (!checked.ok) {
      showFields(checked.fields);
      return;
    }
    setBusy(true);
    clear();
    try {
      await props.onSubmit({ name: name.trim(), kind, active });
      if (!editing) {
        setName("");
        setKind("municipal_department");
      }
    } catch (e) {
      if (e instanceof ApiFailure && e.code === "conflict" && props.onConflict) await props.onConflict(e);
      else {
        showFields(translatedFieldErrors(t, e), errorText(t, e));
      }
    } finally {
      setBusy(false);
    }
  }

  const title = editing
    ? t("organisations.editTitle", { name: props.initial?.name })
    : t("organisations.createTitle");
  return (
    <section className="panel" aria-labelledby={editing ? "org-edit-title" : "org-create-title"}>
      <h2 id={editing ? "org-edit-title" : "org-create-title"}>{title}</h2>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <form onSubmit={submit} noValidate className="form form-inline">
        <TextField
          label={t("organisations.name")}
          name="name"
          required
          maxLength={200}
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={fields.name}
        />
        <SelectField
          label={t("organisations.kind")}
          name="kind"
          value={kind}
          onChange={(e) => setKind(e.target.value as Kind)}
          error={fields.kind}
        >
          {organisationKinds.map((k) => (
            <option key={k} value={k}>
              {t(`organisations.kinds.${k}`)}
            </option>
          ))}
        </SelectField>
        {editing ? (
          <CheckboxField
            label={t("organisations.activeLabel")}
            name="active"
            checked={active}
            onChange={(e) => setActive(e.target.checked)}
            error={fields.active}
          />
        ) : null}
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={busy}>
            {editing
              ? busy
                ? t("common.saving")
                : t("common.save")
              : busy
                ? t("common.creating")
                : t("organisations.createSubmit")}
          </button>
          {props.onCancel ? (
            <DiscardButton
              label={t("common.cancel")}
              dirty={wouldLoseWork(
                {
                  name: props.initial?.name ?? "",
                  kind: props.initial?.kind ?? "municipal_department",
                  active: props.initial?.active ?? true,
                },
                { name, kind, active },
              )}
              onDiscard={props.onCancel}
            />
          ) : null}
        </div>
      </form>
    </section>
  );
}
