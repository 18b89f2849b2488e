import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { ApiFailure } from "../api/client.ts";
import { TextField } from "../ui/index.ts";

/** The new password twice, so a typo does not lock the user out; with the policy as its hint. */
export function NewPasswordFields(props: {
  value: string;
  confirm: string;
  onChange(value: string): void;
  onConfirmChange(value: string): void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        label={t("account.newPassword")}
        hint={t("account.newPasswordHint")}
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        minLength={12}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        error={props.errors.newPassword}
      />
      <TextField
        label={t("account.confirm")}
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        required
        value={props.confirm}
        onChange={(e) => props.onConfirmChange(e.target.value)}
        error={props.errors.confirmPassword}
      />
    </>
  );
}

const passwordCodes = new Set([
  "password_common",
  "password_repetitive",
  "password_personal",
  "password_unchanged",
]);

/** The field errors of a refused password, in the reader's language: the API's code says why. */
export function newPasswordErrorsOf(t: TFunction, e: unknown): Record<string, string> | null {
  if (e instanceof ApiFailure && passwordCodes.has(e.code))
    return { newPassword: t(`account.errors.${e.code}`) };
  return null;
}
