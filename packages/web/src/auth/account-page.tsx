import { PasswordChangeRequest } from "@ariadne/domain/admin/index.ts";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiFailure } from "../api/client.ts";
import { useFormErrors } from "../ui/form-panel.tsx";
import { Alert, type Checked, checkForm, errorText, fieldErrorsOf, Page, TextField } from "../ui/index.ts";
import { authApi } from "./auth-api.ts";
import { NewPasswordFields, newPasswordErrorsOf } from "./new-password-fields.tsx";
import { useMe } from "./session.tsx";
import { TotpField } from "./totp-field.tsx";

const codeFields: Record<string, string> = {
  wrong_password: "currentPassword",
  totp_required: "totp",
  totp_invalid: "totp",
};

/** The signed-in user's own account: who they are signed in as, and changing their password. */
export default function AccountPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [current, setCurrent] = useState("");
  const [newPassword, setNewPassword] = useState("");
  const [confirm, setConfirm] = useState("");
  const [totp, setTotp] = useState("");
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);

  // The confirmation must match; the rest is the API's own request schema.
  function check(): Checked<PasswordChangeRequest> {
    const checked = checkForm(
      PasswordChangeRequest,
      { currentPassword: current, newPassword, ...(me.totpEnabled ? { totp } : {}) },
      t,
    );
    const problems = checked.ok ? {} : { ...checked.fields };
    if (confirm !== newPassword && !problems.newPassword) problems.confirmPassword = t("account.mismatch");
    return Object.keys(problems).length > 0 ? { ok: false, fields: problems } : checked;
  }
  // Errors go as the fields are fixed; the form-level line with the last of them.
  const form = useFormErrors(check);
  const fields = form.fields;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    const checked = check();
    if (!checked.ok) return form.showFields(checked.fields);
    setBusy(true);
    form.clear();
    try {
      const { sessionsEnded } = await authApi.changePassword(checked.data);
      setCurrent("");
      setNewPassword("");
      setConfirm("");
      setTotp("");
      setSaved(t("account.change.saved", { count: sessionsEnded }));
    } catch (e) {
      const field = e instanceof ApiFailure ? codeFields[e.code] : undefined;
      const refused = newPasswordErrorsOf(t, e);
      if (refused) form.showFields(refused);
      else if (field && e instanceof ApiFailure)
        form.showFields({
          [field]: t(e.code === "wrong_password" ? "account.errors.wrong_password" : `auth.errors.${e.code}`),
        });
      else form.showFields(fieldErrorsOf(e), errorText(t, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Page title={t("account.title")} intro={t("account.intro")}>
      <dl className="enrol-secret">
        <dt>{t("account.email")}</dt>
        <dd>{me.email}</dd>
        <dt>{t("account.role")}</dt>
        <dd>{t(`users.roles.${me.role}`)}</dd>
      </dl>
      <section className="panel" aria-labelledby="change-password-title">
        <h2 id="change-password-title">{t("account.change.title")}</h2>
        {saved ? <Alert tone="success">{saved}</Alert> : null}
        {form.error ? <Alert tone="error">{form.error}</Alert> : null}
        <form onSubmit={submit} noValidate className="form">
          <input type="text" name="username" autoComplete="username" value={me.email} readOnly hidden />
          <TextField
            label={t("account.change.current")}
            name="currentPassword"
            type="password"
            autoComplete="current-password"
            required
            value={current}
            onChange={(e) => setCurrent(e.target.value)}
            error={fields.currentPassword}
          />
          <NewPasswordFields
            value={newPassword}
            confirm={confirm}
            onChange={setNewPassword}
            onConfirmChange={setConfirm}
            errors={fields}
          />
          {me.totpEnabled ? <TotpField value={totp} onChange={setTotp} error={fields.totp} /> : null}
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t("common.saving") : t("account.change.submit")}
          </button>
        </form>
      </section>
    </Page>
  );
}
