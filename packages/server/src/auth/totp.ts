import { Secret, TOTP } from "otpauth";

const period = 30;

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function totpUri(secret: string, account: string): string {
  return new TOTP({
    issuer: "Ariadne",
    label: account,
    secret: Secret.fromBase32(secret),
    period,
  }).toString();
}

/**
 * RFC 6238 check allowing one step of clock drift. Returns the time step used, so a code can
 * be refused when replayed (the caller stores the last accepted step), or null.
 */
export function checkTotp(secret: string, code: string, lastStep: number, now = Date.now()): number | null {
  const totp = new TOTP({ secret: Secret.fromBase32(secret), period });
  const delta = totp.validate({ token: code, timestamp: now, window: 1 });
  if (delta === null) return null;
  const step = Math.floor(now / 1000 / period) + delta;
  return step > lastStep ? step : null;
}

export function currentTotp(secret: string, now = Date.now()): string {
  return new TOTP({ secret: Secret.fromBase32(secret), period }).generate({ timestamp: now });
}
