import { timingSafeEqual } from "node:crypto";
import { adminDb, withSystem } from "@ariadne/db";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { AppError, unauthenticated } from "../http/errors.ts";
import type { Services } from "../services.ts";
import type { Actor } from "./actor.ts";
import { SessionCache } from "./session-cache.ts";
import { tokenHash } from "./tokens.ts";

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

export const sessionCookie = "ariadne_session";
const unsafeMethods = new Set(["POST", "PUT", "PATCH", "DELETE"]);

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Loads the session, checks its expiry, and demands the CSRF token on every state change. */
export async function authenticate(
  s: Services,
  req: FastifyRequest,
): Promise<{ actor: Actor; csrfToken: string; expiresAt: Date } | null> {
  const token = req.cookies[sessionCookie];
  if (!token) return null;
  const hash = tokenHash(token);
  const found = await req.server.sessionCache.find(hash);
  if (!found) return null;
  const now = Date.now();
  const idleDeadline = found.last_seen_at.getTime() + s.config.sessionIdleMinutes * 60_000;
  if (now > found.expires_at.getTime() || now > idleDeadline || !found.active) {
    await withSystem(s.db, (tx) => adminDb.deleteSession(tx, hash));
    req.server.sessionCache.forgetToken(hash);
    return null;
  }
  const row = found;
  if (!row) return null;
  return {
    actor: {
      userId: row.id,
      displayName: row.display_name,
      role: row.role,
      municipalityId: row.municipality_id,
      organisationId: row.organisation_id,
      ip: req.ip,
      sessionTokenHash: hash,
    },
    csrfToken: row.csrf_token,
    expiresAt: row.expires_at,
  };
}

export function installSessionHook(app: FastifyInstance, s: Services) {
  const cache = new SessionCache(s.db);
  app.decorate("sessionCache", cache);
  app.addHook("onReady", () => cache.start());
  app.addHook("onClose", () => cache.stop());
  app.decorateRequest("actor", null);
  app.addHook("preValidation", async (req) => {
    if (!req.url.startsWith("/api/")) return;
    if (req.routeOptions.config?.public) {
      // Without a session cookie there is nothing to forge, but refuse cross-site posts anyway.
      const origin = req.headers.origin;
      if (unsafeMethods.has(req.method) && origin && hostOf(origin) !== req.headers.host) {
        throw new AppError(403, "csrf", "cross-site request refused");
      }
      return;
    }
    const session = await authenticate(s, req);
    if (!session) throw unauthenticated();
    if (unsafeMethods.has(req.method)) {
      const sent = req.headers["x-csrf-token"];
      if (typeof sent !== "string" || !sameToken(sent, session.csrfToken)) {
        throw new AppError(403, "csrf", "missing or wrong x-csrf-token header");
      }
    }
    req.actor = session.actor;
  });
}

/** The actor of an authenticated route; the hook guarantees it exists. */
export function actorOf(req: FastifyRequest): Actor {
  if (!req.actor) throw unauthenticated();
  return req.actor;
}
