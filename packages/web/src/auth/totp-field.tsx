import type { Ref } from "react";
import { useTranslation } from "react-i18next";
import { TextField } from "../ui/index.ts";

/**
 * The authenticator's six-digit code, wherever it is asked for (sign-in, enrolment, password change,
 * signing in again after a session ended): the phone's number pad, the one-time-code autofill, and
 * anything but digits dropped as typed (a code pasted with a space still works).
 */
export function TotpField(props: {
  value: string;
  onChange(value: string): void;
  inputRef?: Ref<HTMLInputElement>;
  error?: string | undefined;
  label?: string;
}) {
  const { t } = useTranslation();
  return (
    <TextField
      ref={props.inputRef}
      label={props.label ?? t("auth.totp")}
      hint={t("auth.totpHint")}
      name="totp"
      inputMode="numeric"
      autoComplete="one-time-code"
      pattern="[0-9]{6}"
      maxLength={6}
      required
      value={props.value}
      onChange={(e) => {
        const digits = e.target.value.replace(/\D/g, "");
        // A dropped character leaves the state as it was, so nothing renders again: Preact would
        // leave it in the field (React puts the state back), so the field is told here.
        if (e.target.value !== digits) e.target.value = digits;
        props.onChange(digits);
      }}
      error={props.error}
    />
  );
}
