import { hkdfSync } from "node:crypto";
import type { MasterKey } from "./master-key.ts";

/**
 * The key a user's browser encrypts unsent drafts with (issue 13: nothing typed is lost when a
 * session ends). Derived from the master key and the user's id (HKDF-SHA-256), so nothing is stored;
 * it reaches the browser only inside a signed-in session's answer and is held in memory there, so
 * drafts left on a device can be read only after that user signs in again. Rotating the master key
 * makes older drafts unreadable: the browser then drops them.
 */
export function deviceDraftKey(master: MasterKey, userId: string): string {
  const key = hkdfSync("sha256", master.key, "ariadne device drafts", `user:${userId}`, 32);
  return Buffer.from(key).toString("base64url");
}
