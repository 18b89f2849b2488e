import {
  type Organisation,
  type Role,
  type User,
  UserCreate,
  type UserCreated,
} from "@ariadne/domain/admin/index.ts";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiFailure } from "../api/client.ts";
import { DiscardButton, wouldLoseWork } from "../ui/discard-button.tsx";
import { useFormErrors } from "../ui/form-panel.tsx";
import {
  Alert,
  CheckboxField,
  checkForm,
  errorText,
  SelectField,
  TextField,
  translatedFieldErrors,
} from "../ui/index.ts";

/** The initial password, shown this once; the server keeps only its hash. */
export function InitialPassword({ created, onDone }: { created: UserCreated; onDone(): void }) {
  const { t } = useTranslation();
  return (
    <section className="panel panel-important" role="status" aria-labelledby="initial-password-title">
      <h2 id="initial-password-title">{t("users.createdTitle", { name: created.user.displayName })}</h2>
      <dl className="enrol-secret">
        <dt>{t("users.email")}</dt>
        <dd>{created.user.email}</dd>
        <dt>{t("users.initialPassword")}</dt>
        <dd>
          <code data-testid="initial-password">{created.initialPassword}</code>
        </dd>
      </dl>
      <p>{t("users.initialPasswordNote")}</p>
      <button type="button" className="button button-primary" onClick={onDone}>
        {t("users.initialPasswordDone")}
      </button>
    </section>
  );
}

export function CreateUser(props: {
  roles: readonly Role[];
  organisations: Organisation[];
  /** The regions a regional analyst may be given (the system admin's list; empty for others). */
  regions: readonly { id: string; name: string }[];
  onCreate(body: UserCreate): Promise<void>;
}) {
  const { t } = useTranslation();
  const [email, setEmail] = useState("");
  const [displayName, setDisplayName] = useState("");
  const [organisationId, setOrganisationId] = useState("");
  const [role, setRole] = useState<Role>(
    props.roles.includes("frontline") ? "frontline" : (props.roles[0] ?? "frontline"),
  );
  const [regionId, setRegionId] = useState("");
  const [busy, setBusy] = useState(false);
  const needsRegion = role === "regional_analyst";
  const check = () =>
    checkForm(
      UserCreate,
      { email: email.trim(), displayName, organisationId, role, ...(needsRegion ? { regionId } : {}) },
      t,
    );
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
      await props.onCreate(checked.data);
      setEmail("");
      setDisplayName("");
    } catch (e) {
      const f = translatedFieldErrors(t, e);
      if (e instanceof ApiFailure && e.code === "email_taken") f.email = t("errors.email_taken");
      showFields(f, errorText(t, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel" aria-labelledby="user-create-title">
      <h2 id="user-create-title">{t("users.createTitle")}</h2>
      {props.organisations.length === 0 ? <p>{t("users.noOrganisations")}</p> : null}
      {error ? <Alert tone="error">{error}</Alert> : null}
      <form onSubmit={submit} noValidate className="form form-inline">
        <TextField
          label={t("users.email")}
          name="email"
          type="email"
          autoComplete="off"
          required
          maxLength={254}
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={fields.email}
        />
        <TextField
          label={t("users.displayName")}
          name="displayName"
          autoComplete="off"
          required
          maxLength={200}
          value={displayName}
          onChange={(e) => setDisplayName(e.target.value)}
          error={fields.displayName}
        />
        <SelectField
          label={t("users.organisation")}
          name="organisationId"
          required
          value={organisationId}
          onChange={(e) => setOrganisationId(e.target.value)}
          error={fields.organisationId}
        >
          <option value="">{t("users.chooseOrganisation")}</option>
          {props.organisations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t("users.role")}
          name="role"
          value={role}
          onChange={(e) => setRole(e.target.value as Role)}
          error={fields.role}
        >
          {props.roles.map((r) => (
            <option key={r} value={r}>
              {t(`users.roles.${r}`)}
            </option>
          ))}
        </SelectField>
        {needsRegion ? (
          <SelectField
            label={t("users.region")}
            name="regionId"
            required
            hint={t("users.regionHint")}
            value={regionId}
            onChange={(e) => setRegionId(e.target.value)}
            error={fields.regionId}
          >
            <option value="">{t("users.chooseRegion")}</option>
            {props.regions.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </SelectField>
        ) : null}
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t("common.creating") : t("users.createSubmit")}
          </button>
        </div>
      </form>
    </section>
  );
}

export function EditUser(props: {
  user: User;
  roles: readonly Role[];
  isSelf: boolean;
  onSave(patch: { role?: Role; active?: boolean }): Promise<void>;
  onCancel(): void;
  onConflict(error: unknown): Promise<void>;
}) {
  const { t } = useTranslation();
  const [role, setRole] = useState<Role>(props.user.role);
  const [active, setActive] = useState(props.user.active);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  // A role the actor may not assign (a system admin, seen by a coordinator) is shown but not offered.
  // A regional analyst is made with a region when created; an existing user is not turned into one here.
  const assignable = props.roles.filter((r) => r !== "regional_analyst" || r === props.user.role);
  const offered = assignable.includes(props.user.role) ? assignable : [props.user.role, ...assignable];

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setFields({});
    try {
      const patch: { role?: Role; active?: boolean } = {};
      if (role !== props.user.role) patch.role = role;
      if (active !== props.user.active) patch.active = active;
      await props.onSave(patch);
    } catch (e) {
      if (e instanceof ApiFailure && e.code === "conflict") await props.onConflict(e);
      else {
        const f = translatedFieldErrors(t, e);
        setFields(f);
        setError(Object.keys(f).length ? t("common.fixErrors") : errorText(t, e));
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel" aria-labelledby="user-edit-title">
      <h2 id="user-edit-title">{t("users.editTitle", { name: props.user.displayName })}</h2>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <form onSubmit={submit} noValidate className="form form-inline">
        <SelectField
          label={t("users.role")}
          name="role"
          value={role}
          disabled={props.isSelf || !props.roles.includes(props.user.role)}
          onChange={(e) => setRole(e.target.value as Role)}
          error={fields.role}
        >
          {offered.map((r) => (
            <option key={r} value={r}>
              {t(`users.roles.${r}`)}
            </option>
          ))}
        </SelectField>
        <CheckboxField
          label={t("users.activeLabel")}
          name="active"
          checked={active}
          disabled={props.isSelf}
          onChange={(e) => setActive(e.target.checked)}
          error={fields.active}
        />
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t("common.saving") : t("common.save")}
          </button>
          <DiscardButton
            label={t("common.cancel")}
            dirty={wouldLoseWork({ role: props.user.role, active: props.user.active }, { role, active })}
            onDiscard={props.onCancel}
          />
        </div>
      </form>
    </section>
  );
}
