import { dictionary } from "@zxcvbn-ts/language-common";

/**
 * Common passwords from breaches, as zxcvbn-ts ships them (@zxcvbn-ts/language-common,
 * `passwords-common`: ~49,000 of the most frequent passwords in public breach corpora, MIT).
 * NIST SP 800-63B §5.1.1.2 asks verifiers to refuse passwords found in such lists.
 */
const common = new Set((dictionary["passwords-common"] ?? []).map((p) => p.toLowerCase()));

/** Why a new password is refused; the code is the API error's, so the web app says it in the reader's language. */
export type PasswordWeakness = {
  code: "password_common" | "password_repetitive" | "password_personal";
  message: string;
};

/** Why a new password is refused, or null. Length is checked by the schema (`admin.NewPassword`). */
export function passwordWeakness(
  password: string,
  user: { email: string; displayName: string },
): PasswordWeakness | null {
  const lower = password.toLowerCase();
  if (common.has(lower))
    return { code: "password_common", message: "is a common password found in breaches; choose another" };
  // "password2024!" is the list's "password" with a suffix: as easy to guess.
  const stem = lower.replace(/[\d\W_]+$/u, "");
  if (stem !== lower && common.has(stem) && lower.length - stem.length <= 6)
    return { code: "password_common", message: "is a common password with a few characters added" };
  if (new Set(lower).size < 4)
    return { code: "password_repetitive", message: "repeats too few different characters" };
  const local = user.email.toLowerCase().split("@")[0] ?? "";
  const names = user.displayName.toLowerCase().split(/\s+/u);
  if ((local.length >= 4 && lower.includes(local)) || names.some((n) => n.length >= 4 && lower.includes(n)))
    return { code: "password_personal", message: "must not contain your name or e-mail address" };
  return null;
}
