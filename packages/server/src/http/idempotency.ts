import { type Database, idempotencyDb, type Queryable, withSystem, withTenant } from "@ariadne/db";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Actor } from "../auth/actor.ts";
import type { Keyring } from "../crypto/index.ts";
import type { Services } from "../services.ts";
import { AppError, invalid } from "./errors.ts";

/**
 * The `Idempotency-Key` request header (IETF draft "The Idempotency-Key HTTP Header Field") on every
 * POST of a signed-in user: the first request under a key runs and its answer (status and body) is
 * kept for 24 hours; a retry with the same key and the same request gets that answer again and
 * creates nothing; the same key with another request answers 422; a retry while the first still
 * runs answers 409. Keys are the user's own, per municipality, in the database, so any server
 * process answers alike. A request that failed (any status outside 2xx) created nothing: its key is
 * freed and a retry runs again.
 */
export const idempotencyHeader = "idempotency-key";

/** What the request holds of its key between the check and the answer. */
interface KeyClaim {
  owner: idempotencyDb.KeyOwner;
  key: string;
  /** The answer came from the store: nothing to keep afterwards. */
  replayed: boolean;
}

declare module "fastify" {
  interface FastifyRequest {
    idempotency: KeyClaim | null;
  }
}

/** Fields the stored answer and the fingerprint are bound to (the keyring's additional data). */
const field = { response: "idempotency_keys.response", fingerprint: "idempotency_keys.fingerprint" } as const;

/**
 * The key as sent: an sf-string (`"8e03…"`, as the draft writes it) or the bare value, 1–255
 * printable ASCII characters. Null when absent; 400 when malformed.
 */
export function parseIdempotencyKey(raw: string | string[] | undefined): string | null {
  if (raw === undefined) return null;
  const value = Array.isArray(raw) ? null : raw.trim();
  const unquoted = value && /^"[^"\\]*"$/.test(value) ? value.slice(1, -1) : value;
  if (!unquoted || !/^[\x21-\x7e]{1,255}$/.test(unquoted) || unquoted.includes('"'))
    throw invalid(`headers.${idempotencyHeader}`, "give one key of 1–255 printable characters");
  return unquoted;
}

/** The municipality's transaction, or for a system admin (no municipality) the system's. */
function inScope<T>(db: Database, municipalityId: string | null, fn: (tx: Queryable) => Promise<T>) {
  return municipalityId ? withTenant(db, municipalityId, fn) : withSystem(db, fn);
}

function ownerOf(actor: Actor): idempotencyDb.KeyOwner {
  return { municipalityId: actor.municipalityId, userId: actor.userId };
}

/** The request as the key must find it again: method, path with query, and the parsed body. */
function requestText(req: FastifyRequest): string {
  return `${req.method} ${req.url}\n${JSON.stringify(req.body ?? null)}`;
}

async function claimOrReplay(
  s: Services,
  req: FastifyRequest,
  reply: FastifyReply,
  actor: Actor,
  key: string,
) {
  const owner = ownerOf(actor);
  const found = await inScope(s.db, owner.municipalityId, async (tx) => {
    const cipher = await s.keyring.cipherFor(tx, owner.municipalityId);
    // Keyed, so the stored fingerprint cannot be tested against guessed requests.
    const fingerprint = cipher.blindIndex(field.fingerprint, requestText(req));
    const claim = await idempotencyDb.claimIdempotencyKey(tx, owner, key, fingerprint);
    if (claim.claimed) return { claimed: true as const };
    const { row } = claim;
    if (row.fingerprint !== fingerprint)
      throw new AppError(
        422,
        "idempotency_key_reused",
        "this Idempotency-Key was used for another request; send a new key",
      );
    if (row.state === "processing")
      throw new AppError(
        409,
        "idempotency_key_in_use",
        "the first request with this Idempotency-Key is still being processed; retry shortly",
      );
    return {
      claimed: false as const,
      status: row.responseStatus!,
      type: row.responseType,
      body: cipher.decrypt(field.response, row.responseEnc!),
    };
  });
  if (found.claimed) {
    req.idempotency = { owner, key, replayed: false };
    return;
  }
  req.idempotency = { owner, key, replayed: true };
  // The stored answer may hold personal data: giving it again is a read, audited like one.
  await s.readAudits.append({
    municipalityId: owner.municipalityId,
    actorId: actor.userId,
    actorName: actor.displayName,
    action: "idempotency.replay",
    recordType: "request",
    recordId: null,
    ip: actor.ip,
    outcome: "success",
    details: { route: req.routeOptions.url ?? "unmatched", status: found.status },
  });
  if (found.type) reply.header("content-type", found.type);
  reply.header("idempotent-replayed", "true");
  return reply.code(found.status).send(found.body);
}

/** Keeps a successful answer under its key, or frees the key of a request that failed. */
async function settle(
  db: Database,
  keyring: Keyring,
  claim: KeyClaim,
  reply: FastifyReply,
  payload: unknown,
) {
  const { owner, key } = claim;
  const ok = reply.statusCode >= 200 && reply.statusCode < 300;
  const body = typeof payload === "string" ? payload : Buffer.isBuffer(payload) ? payload.toString() : null;
  await inScope(db, owner.municipalityId, async (tx) => {
    if (!ok || body === null) return idempotencyDb.releaseIdempotencyKey(tx, owner, key);
    const cipher = await keyring.cipherFor(tx, owner.municipalityId);
    const type = reply.getHeader("content-type");
    idempotencyDb.completeIdempotencyKey(tx, owner, key, {
      status: reply.statusCode,
      type: typeof type === "string" ? type : null,
      bodyEnc: cipher.encrypt(field.response, body),
    });
  });
}

/** Installs the header's handling for every POST of the API; runs after the session and validation. */
export function installIdempotency(app: FastifyInstance, s: Services) {
  app.decorateRequest("idempotency", null);
  app.addHook("preHandler", async (req, reply) => {
    if (req.method !== "POST" || !req.actor) return;
    const key = parseIdempotencyKey(req.headers[idempotencyHeader]);
    if (key === null) return;
    return claimOrReplay(s, req, reply, req.actor, key);
  });
  app.addHook("onSend", async (req, reply, payload) => {
    const claim = req.idempotency;
    if (!claim || claim.replayed) return payload;
    req.idempotency = null;
    try {
      await settle(s.db, s.keyring, claim, reply, payload);
    } catch (err) {
      // The answer still goes out; the key stays claimed until its lock runs out (2 minutes).
      req.log.error(
        { err: { type: (err as Error).name, message: (err as Error).message } },
        "idempotency key",
      );
    }
    return payload;
  });
}

/** Deletes expired keys everywhere; the server runs it every hour. */
export function purgeExpiredIdempotencyKeys(db: Database): Promise<number> {
  return withSystem(db, (tx) => idempotencyDb.purgeExpiredIdempotencyKeys(tx));
}
