import {
  PasswordSetRequest,
  SignInRequest,
  type SignInResponse,
  TotpEnrolRequest,
} from "@ariadne/domain/admin/index.ts";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate } from "react-router";
import { ApiFailure } from "../api/client.ts";
import { LanguageSwitcher } from "../shell/language-switcher.tsx";
import { SiteFooter } from "../shell/site-footer.tsx";
import { SkipLink } from "../shell/skip-link.tsx";
import { useFormErrors } from "../ui/form-panel.tsx";
import { Alert, type Checked, checkForm, errorText, fieldErrorsOf, Page, TextField } from "../ui/index.ts";
import { authApi } from "./auth-api.ts";
import { NewPasswordFields, newPasswordErrorsOf } from "./new-password-fields.tsx";
import { useSession } from "./session.tsx";
import { TotpField } from "./totp-field.tsx";

type Step =
  | { kind: "credentials"; askTotp: boolean }
  | { kind: "set_password"; token: string; purpose: "first_sign_in" | "reset"; askTotp: boolean }
  | { kind: "enrol"; enrolmentToken: string; secret: string; otpauthUri: string };

/** A reset link carries its token in the fragment (`/reset-password#…`), never sent to a server. */
function firstStep(pathname: string, hash: string): Step {
  if (pathname === "/reset-password")
    return { kind: "set_password", token: hash.replace(/^#/, ""), purpose: "reset", askTotp: false };
  return { kind: "credentials", askTotp: false };
}

const authCodes = new Set(["invalid_credentials", "totp_invalid", "rate_limited", "enrolment_expired"]);

/**
 * Sign-in with password and, where the role requires it, a TOTP code or first-time TOTP enrolment;
 * an issued password is replaced first. Also the page a reset link opens.
 */
export default function SignInPage() {
  const { t } = useTranslation();
  const { state, signedIn } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [step, setStep] = useState<Step>(() => firstStep(location.pathname, location.hash));
  const [newPassword, setNewPassword] = useState("");
  const [confirm, setConfirm] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [totp, setTotp] = useState("");
  // A refused code is cleared for the next one; until a digit is typed the field says why it was
  // refused, not "Fill in this field." (the check alone sees only an empty field).
  const [codeRefused, setCodeRefused] = useState(false);
  const [busy, setBusy] = useState(false);
  // Being asked for the next step (the code) is news, not an error: it has its own line.
  const [info, setInfo] = useState<string | null>(null);
  const totpInput = useRef<HTMLInputElement>(null);

  // Signed in, the reader starts on the welcome page, whoever signed out before on this device and
  // wherever they were. (Returning to the page that sent here once raced the sign-in route's own
  // redirect to "/": React let the redirect win, Preact the return, so after a sign-out the next
  // person landed on the page of the one before; issue 18.)
  const home = "/";
  const reason = state.status === "signed_out" ? state.reason : "none";

  useEffect(() => {
    if (step.kind === "enrol" || step.askTotp) totpInput.current?.focus();
  }, [step]);

  // The reset token leaves the address bar and the history once read.
  useEffect(() => {
    if (location.hash) history.replaceState(history.state, "", location.pathname);
  }, [location]);

  function typeCode(code: string) {
    setTotp(code);
    setCodeRefused(false);
  }
  /** The refused code's reason at the emptied code field, in place of the empty field's. */
  function withRefusedCode<T>(checked: Checked<T>): Checked<T> {
    if (checked.ok || !codeRefused || totp !== "" || checked.fields.totp === undefined) return checked;
    return { ok: false, fields: { ...checked.fields, totp: t("auth.errors.totp_invalid") } };
  }
  function checkCredentials() {
    return withRefusedCode(
      checkForm(
        SignInRequest,
        { email: email.trim(), password, ...(step.kind === "credentials" && step.askTotp ? { totp } : {}) },
        t,
      ),
    );
  }
  function checkNewPassword(token: string, askTotp: boolean): Checked<PasswordSetRequest> {
    const checked = checkForm(PasswordSetRequest, { token, newPassword, ...(askTotp ? { totp } : {}) }, t);
    const problems = checked.ok ? {} : { ...checked.fields };
    if (confirm !== newPassword && !problems.newPassword) problems.confirmPassword = t("account.mismatch");
    return withRefusedCode(Object.keys(problems).length > 0 ? { ok: false, fields: problems } : checked);
  }
  function checkEnrolment(enrolmentToken: string) {
    return withRefusedCode(checkForm(TotpEnrolRequest, { enrolmentToken, totp }, t));
  }
  // Errors go as the fields are fixed, whichever step is shown (one way, as every form).
  const form = useFormErrors<unknown>(() =>
    step.kind === "credentials"
      ? checkCredentials()
      : step.kind === "set_password"
        ? checkNewPassword(step.token, step.askTotp)
        : checkEnrolment(step.enrolmentToken),
  );
  const fields = form.fields;
  const error = form.error;

  async function continueWith(answer: SignInResponse) {
    if (answer.status === "signed_in") {
      await signedIn(answer.session);
      navigate(home, { replace: true });
    } else if (answer.status === "totp_required") {
      // Being asked for the second factor is the normal next step, not a mistake.
      setStep((current) =>
        current.kind === "set_password"
          ? { ...current, askTotp: true }
          : { kind: "credentials", askTotp: true },
      );
      setInfo(t("auth.errors.totp_required"));
    } else if (answer.status === "password_change_required") {
      setStep({
        kind: "set_password",
        token: answer.passwordToken,
        purpose: "first_sign_in",
        askTotp: false,
      });
    } else {
      setStep({ kind: "enrol", ...answer });
    }
  }

  /**
   * A refusal of the last attempt: said on its own line (it is about the attempt), fields marked and
   * the first of them focused. A refused code is cleared for the next one, and the field says why.
   */
  function fail(e: unknown) {
    const text =
      e instanceof ApiFailure && authCodes.has(e.code) ? t(`auth.errors.${e.code}`) : errorText(t, e);
    const marked = fieldErrorsOf(e);
    if (e instanceof ApiFailure && e.code === "totp_invalid") {
      marked.totp = t("auth.errors.totp_invalid");
      setTotp("");
      setCodeRefused(true);
    }
    form.showFields(marked);
    form.showError(text);
  }

  function begin() {
    setBusy(true);
    setInfo(null);
    form.clear();
  }

  async function submitCredentials(event: FormEvent) {
    event.preventDefault();
    const checked = checkCredentials();
    if (!checked.ok) return form.showFields(checked.fields);
    begin();
    try {
      const answer = await authApi.signIn(checked.data);
      // Asked for the code next, the password stays: both are sent again together.
      if (answer.status !== "totp_required") setPassword("");
      setTotp("");
      await continueWith(answer);
    } catch (e) {
      // The email address and password stay: only the code is typed again.
      if (e instanceof ApiFailure && e.code === "totp_invalid")
        setStep({ kind: "credentials", askTotp: true });
      fail(e);
    } finally {
      setBusy(false);
    }
  }

  async function submitNewPassword(event: FormEvent) {
    event.preventDefault();
    if (step.kind !== "set_password") return;
    const checked = checkNewPassword(step.token, step.askTotp);
    if (!checked.ok) return form.showFields(checked.fields);
    begin();
    try {
      const answer = await authApi.setPassword(checked.data);
      setNewPassword("");
      setConfirm("");
      setTotp("");
      await continueWith(answer);
    } catch (e) {
      const refused = newPasswordErrorsOf(t, e);
      if (refused) form.showFields(refused);
      else if (e instanceof ApiFailure && e.code === "password_token_expired") {
        form.showError(t("account.errors.password_token_expired"));
        if (step.purpose === "first_sign_in") setStep({ kind: "credentials", askTotp: false });
      } else fail(e);
    } finally {
      setBusy(false);
    }
  }

  async function submitEnrolment(event: FormEvent) {
    event.preventDefault();
    if (step.kind !== "enrol") return;
    const checked = checkEnrolment(step.enrolmentToken);
    if (!checked.ok) return form.showFields(checked.fields);
    begin();
    try {
      const answer = await authApi.enrolTotp(checked.data);
      if (answer.status === "signed_in") {
        await signedIn(answer.session);
        navigate(home, { replace: true });
      }
    } catch (e) {
      if (e instanceof ApiFailure && e.status === 401 && !authCodes.has(e.code)) {
        form.showError(t("auth.errors.enrolment_expired"));
        setTotp("");
      } else fail(e);
    } finally {
      setBusy(false);
    }
  }

  function startOver() {
    setStep({ kind: "credentials", askTotp: false });
    setTotp("");
    setCodeRefused(false);
    setInfo(null);
    form.clear();
  }

  return (
    <div className="sign-in-layout">
      <SkipLink />
      <header className="sign-in-header">
        <p className="brand">
          <span className="brand-name">{t("app.name")}</span>
          <span className="brand-tagline">{t("app.tagline")}</span>
        </p>
        <LanguageSwitcher />
      </header>
      <main id="main" className="sign-in-card">
        {step.kind === "set_password" ? (
          <Page
            title={t(step.purpose === "reset" ? "account.reset.title" : "account.firstSignIn.title")}
            intro={t(step.purpose === "reset" ? "account.reset.intro" : "account.firstSignIn.intro")}
          >
            {error ? <Alert tone="error">{error}</Alert> : info ? <Alert tone="info">{info}</Alert> : null}
            {step.token ? (
              <form onSubmit={submitNewPassword} noValidate className="form">
                <NewPasswordFields
                  value={newPassword}
                  confirm={confirm}
                  onChange={setNewPassword}
                  onConfirmChange={setConfirm}
                  errors={fields}
                />
                {step.askTotp ? (
                  <TotpField value={totp} onChange={typeCode} inputRef={totpInput} error={fields.totp} />
                ) : null}
                <button type="submit" className="button button-primary" disabled={busy}>
                  {busy
                    ? t("common.saving")
                    : t(step.purpose === "reset" ? "account.reset.submit" : "account.firstSignIn.submit")}
                </button>
              </form>
            ) : (
              <Alert tone="error">{t("account.reset.missing")}</Alert>
            )}
          </Page>
        ) : step.kind === "credentials" ? (
          <Page title={t("auth.title")} intro={t("auth.intro")}>
            {reason === "signed_out" && !error && !info ? (
              <Alert tone="success">{t("auth.signedOut")}</Alert>
            ) : null}
            {reason === "expired" && !error && !info ? (
              <Alert tone="info">{t("auth.sessionExpired")}</Alert>
            ) : null}
            {error ? <Alert tone="error">{error}</Alert> : info ? <Alert tone="info">{info}</Alert> : null}
            <form onSubmit={submitCredentials} noValidate className="form">
              <TextField
                label={t("auth.email")}
                name="email"
                type="email"
                autoComplete="username"
                required
                value={email}
                onChange={(e) => setEmail(e.target.value)}
                error={fields.email}
              />
              <TextField
                label={t("auth.password")}
                name="password"
                type="password"
                autoComplete="current-password"
                required
                value={password}
                onChange={(e) => setPassword(e.target.value)}
                error={fields.password}
              />
              {step.askTotp ? (
                <TotpField value={totp} onChange={typeCode} inputRef={totpInput} error={fields.totp} />
              ) : null}
              <button type="submit" className="button button-primary" disabled={busy}>
                {busy ? t("auth.submitting") : t("auth.submit")}
              </button>
            </form>
          </Page>
        ) : (
          <Page title={t("auth.enrol.title")} intro={t("auth.enrol.intro")}>
            {error ? <Alert tone="error">{error}</Alert> : info ? <Alert tone="info">{info}</Alert> : null}
            <dl className="enrol-secret">
              <dt>{t("auth.enrol.secretLabel")}</dt>
              <dd>
                <code data-testid="totp-secret">{step.secret}</code>
              </dd>
              <dt>{t("auth.enrol.uriLabel")}</dt>
              <dd>
                <code className="wrap-anywhere">{step.otpauthUri}</code>
              </dd>
            </dl>
            <form onSubmit={submitEnrolment} noValidate className="form">
              <TotpField
                value={totp}
                onChange={typeCode}
                inputRef={totpInput}
                error={fields.totp}
                label={t("auth.enrol.code")}
              />
              <div className="button-row">
                <button type="submit" className="button button-primary" disabled={busy}>
                  {busy ? t("auth.submitting") : t("auth.enrol.submit")}
                </button>
                <button type="button" className="button" onClick={startOver}>
                  {t("auth.enrol.startOver")}
                </button>
              </div>
            </form>
          </Page>
        )}
      </main>
      <SiteFooter />
    </div>
  );
}
