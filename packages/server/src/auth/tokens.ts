import { createHash, randomBytes } from "node:crypto";

export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Only this hash is stored: a database dump yields no usable session or enrolment token. */
export function tokenHash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
