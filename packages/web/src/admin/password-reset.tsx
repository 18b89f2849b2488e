import type { PasswordResetIssued, User } from "@ariadne/domain/admin/index.ts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatTime } from "../ui/format-date.ts";
import { CheckboxField } from "../ui/index.ts";

/** Asks before a reset: it ends the user's password and sessions at once. */
export function ResetPassword(props: {
  user: User;
  onCancel(): void;
  onReset(resetTotp: boolean): Promise<void>;
}) {
  const { t } = useTranslation();
  const [resetTotp, setResetTotp] = useState(false);
  const [busy, setBusy] = useState(false);
  return (
    <section className="panel panel-important" aria-labelledby="reset-password-title">
      <h2 id="reset-password-title">{t("users.resetTitle", { name: props.user.displayName })}</h2>
      <p>{t("users.resetExplain")}</p>
      {props.user.totpEnabled ? (
        <CheckboxField
          label={t("users.resetTotp")}
          checked={resetTotp}
          onChange={(e) => setResetTotp(e.target.checked)}
        />
      ) : null}
      <div className="button-row">
        <button
          type="button"
          className="button button-primary"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            try {
              await props.onReset(resetTotp);
            } finally {
              setBusy(false);
            }
          }}
        >
          {busy ? t("common.saving") : t("users.resetConfirm")}
        </button>
        <button type="button" className="button button-quiet" onClick={props.onCancel}>
          {t("common.cancel")}
        </button>
      </div>
    </section>
  );
}

/** The one-time link, shown once to whoever issued it, to hand over in person. */
export function ResetIssued(props: { user: User; issued: PasswordResetIssued; onDone(): void }) {
  const { t, i18n } = useTranslation();
  const until = formatTime(props.issued.expiresAt, i18n.language);
  return (
    <section className="panel panel-important" role="status" aria-labelledby="reset-issued-title">
      <h2 id="reset-issued-title">{t("users.resetIssuedTitle", { name: props.user.displayName })}</h2>
      <dl className="enrol-secret">
        <dt>{t("users.resetLink")}</dt>
        <dd>
          <code className="wrap-anywhere" data-testid="reset-link">
            {props.issued.resetUrl}
          </code>
        </dd>
        <dt>{t("users.resetCode")}</dt>
        <dd>
          <code className="wrap-anywhere">{props.issued.code}</code>
        </dd>
      </dl>
      <p>{t("users.resetExpires", { time: until })}</p>
      <p>{t("users.resetNote")}</p>
      <button type="button" className="button button-primary" onClick={props.onDone}>
        {t("users.resetDone")}
      </button>
    </section>
  );
}
