import { type FormEvent, type ReactNode, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiFailure } from "../api/client.ts";
import { Alert, errorText, TextField } from "../ui/index.ts";
import { authApi } from "./auth-api.ts";
import { useSession } from "./session.tsx";
import { TotpField } from "./totp-field.tsx";

/** A modal dialog (the page behind is inert) that Escape does not close: it needs an answer. */
function Modal({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className="session-dialog"
      aria-labelledby={labelledBy}
      onCancel={(e) => e.preventDefault()}
    >
      {children}
    </dialog>
  );
}

/**
 * The session ended while the user worked: they sign in again over the page, which keeps all they
 * typed; what they were saving is sent once they are back (the API client waits for this).
 */
export function SignInAgain() {
  const { t } = useTranslation();
  const { state, signedIn, signOut } = useSession();
  const [password, setPassword] = useState("");
  const [totp, setTotp] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (state.status !== "signed_in" || !state.interrupted) return null;
  const me = state.session.user;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const answer = await authApi.signIn({
        email: me.email,
        password,
        ...(me.totpEnabled && totp ? { totp } : {}),
      });
      if (answer.status === "signed_in") {
        setPassword("");
        setTotp("");
        await signedIn(answer.session);
      } else if (answer.status === "totp_required") {
        setError(t("auth.errors.totp_required"));
      } else {
        // A new password or authenticator is needed first: that is the sign-in page's work.
        await signOut(false);
      }
    } catch (e) {
      const known = e instanceof ApiFailure && e.code in authErrors;
      setError(known ? t(`auth.errors.${(e as ApiFailure).code}`) : errorText(t, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal labelledBy="sign-in-again-title">
      <h2 id="sign-in-again-title">{t("account.sessionEnded.title")}</h2>
      <p>{t("account.sessionEnded.intro", { name: me.displayName })}</p>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <form onSubmit={submit} noValidate className="form">
        <input type="text" name="username" autoComplete="username" value={me.email} readOnly hidden />
        <TextField
          label={t("auth.password")}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        {me.totpEnabled ? <TotpField value={totp} onChange={setTotp} /> : null}
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t("auth.submitting") : t("account.sessionEnded.submit")}
          </button>
          <button type="button" className="button button-quiet" onClick={() => void signOut(false)}>
            {t("account.sessionEnded.signOut")}
          </button>
        </div>
      </form>
    </Modal>
  );
}

const authErrors = { invalid_credentials: 1, totp_required: 1, totp_invalid: 1, rate_limited: 1 };

/** Two minutes before the idle limit: stay signed in, or let it end (nothing typed is lost either way). */
export function IdleWarning() {
  const { t } = useTranslation();
  const { state, idleWarning, staySignedIn } = useSession();
  if (state.status !== "signed_in" || state.interrupted || !idleWarning) return null;
  return (
    <Modal labelledBy="idle-warning-title">
      <h2 id="idle-warning-title">{t("account.idle.title")}</h2>
      <p>{t("account.idle.intro")}</p>
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={() => void staySignedIn()}>
          {t("account.idle.stay")}
        </button>
      </div>
    </Modal>
  );
}
