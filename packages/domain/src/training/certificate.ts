/**
 * Certificate verification codes (issue 14, item 3): the completion's id and a message
 * authentication code over it, so anyone can check a certificate at a public address and a
 * forged or altered code fails. The MAC (HMAC-SHA-256 under a server key) is passed in, keeping
 * this pure; the server supplies it.
 */
export type Mac = (message: string) => string;

/** Characters of the MAC kept in the code: 20 base64url characters, 120 bits. */
const macChars = 20;
const idPattern = /^[0-9a-f]{32}$/;
const macPattern = /^[A-Za-z0-9_-]{20}$/;

const purpose = "ariadne.training.certificate.v1";

function macOf(mac: Mac, compactId: string): string {
  return mac(`${purpose}:${compactId}`).slice(0, macChars);
}

/** Compares two strings in time that does not depend on where they differ. */
function sameText(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/** The code printed on a certificate: `<id without dashes>-<mac>`. */
export function certificateCode(completionId: string, mac: Mac): string {
  const compact = completionId.replaceAll("-", "").toLowerCase();
  if (!idPattern.test(compact)) throw new Error("a completion id is a UUID");
  return `${compact}-${macOf(mac, compact)}`;
}

export type CodeCheck = { ok: true; completionId: string } | { ok: false; reason: "malformed" | "forged" };

/** Checks a code: its form, then its MAC. On success, the completion id it names. */
export function verifyCertificateCode(code: string, mac: Mac): CodeCheck {
  const text = code.trim();
  // The MAC is base64url, which may itself hold "-": split by position, not by the dash.
  const compact = text.slice(0, 32);
  const tag = text.slice(33);
  if (text[32] !== "-" || !idPattern.test(compact) || !macPattern.test(tag))
    return { ok: false, reason: "malformed" };
  if (!sameText(tag, macOf(mac, compact))) return { ok: false, reason: "forged" };
  const id = `${compact.slice(0, 8)}-${compact.slice(8, 12)}-${compact.slice(12, 16)}-${compact.slice(16, 20)}-${compact.slice(20)}`;
  return { ok: true, completionId: id };
}
