import { withSystem } from "@ariadne/db";
import type { training } from "@ariadne/domain";
import type { Services } from "../services.ts";

/**
 * The certificate MAC: HMAC-SHA-256 under the system scope's index key (the keyring's blind
 * index), so every server process of a deployment signs alike and no new secret is configured.
 * Call it before opening a tenant transaction: it may open its own (the embedded database has one
 * connection).
 */
export async function certificateMac(s: Services): Promise<training.Mac> {
  const cipher = await withSystem(s.db, (t) => s.keyring.cipherFor(t, null));
  return (message) => cipher.blindIndex("training.certificate", message);
}
