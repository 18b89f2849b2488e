import { adminDb, withSystem } from "@ariadne/db";
import { admin } from "@ariadne/domain";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { appendAudit } from "../audit/index.ts";
import { deviceDraftKey } from "../crypto/index.ts";
import { unauthenticated } from "../http/errors.ts";
import type { Services } from "../services.ts";
import { changeOwnPassword, setPasswordWithToken } from "./password-lifecycle.ts";
import { actorOf, authenticate, sessionCookie } from "./session-hook.ts";
import { enrolTotp, type SignInOutcome, signIn } from "./sign-in.ts";

const errors = { 400: admin.ApiError, 401: admin.ApiError, 429: admin.ApiError };

async function loadMe(s: Services, userId: string): Promise<admin.Me> {
  return withSystem(s.db, async (tx) => {
    const u = await adminDb.getUserRow(tx, userId);
    if (!u) throw unauthenticated();
    const m = u.municipality_id ? await adminDb.getMunicipality(tx, u.municipality_id) : null;
    const preference = await adminDb.readerLocale(tx, u.id);
    return {
      id: u.id,
      email: u.email,
      displayName: u.display_name,
      role: u.role,
      permissions: [...admin.permissionsOf(u.role)],
      organisationId: u.organisation_id,
      municipalityId: u.municipality_id,
      municipalityName: m?.name ?? null,
      totpEnabled: u.totp_enabled,
      locale: preference?.locale ?? "en",
      ownLocale: preference?.own ?? null,
      municipalityLocale: preference?.municipalityDefault ?? null,
    };
  });
}

/** What the app needs beside the session itself: the idle limit, and the key of its drafts on the device. */
function sessionExtras(s: Services, userId: string) {
  return { idleMinutes: s.config.sessionIdleMinutes, draftKey: deviceDraftKey(s.keyring.master, userId) };
}

export function registerAuthRoutes(app: FastifyInstance, s: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  const answer = async (reply: FastifyReply, outcome: SignInOutcome): Promise<admin.SignInResponse> => {
    if (outcome.status !== "signed_in") return outcome;
    reply.setCookie(sessionCookie, outcome.token, {
      httpOnly: true,
      sameSite: "strict",
      secure: reply.request.protocol === "https",
      path: "/",
      expires: outcome.expiresAt,
    });
    return {
      status: "signed_in",
      session: {
        user: await loadMe(s, outcome.userId),
        csrfToken: outcome.csrfToken,
        expiresAt: outcome.expiresAt.toISOString(),
        ...sessionExtras(s, outcome.userId),
      },
    };
  };

  r.post(
    "/api/v1/auth/sign-in",
    {
      config: { public: true },
      schema: {
        tags: ["auth"],
        body: admin.SignInRequest,
        response: { 200: admin.SignInResponse, ...errors },
      },
    },
    async (req, reply) => answer(reply, await signIn(s, req.body, req.ip)),
  );

  r.post(
    "/api/v1/auth/totp/enrol",
    {
      config: { public: true },
      schema: {
        tags: ["auth"],
        body: admin.TotpEnrolRequest,
        response: { 200: admin.SignInResponse, ...errors },
      },
    },
    async (req, reply) => answer(reply, await enrolTotp(s, req.body, req.ip)),
  );

  r.post(
    "/api/v1/auth/password/set",
    {
      config: { public: true },
      schema: {
        tags: ["auth"],
        body: admin.PasswordSetRequest,
        response: { 200: admin.SignInResponse, ...errors },
      },
    },
    async (req, reply) => answer(reply, await setPasswordWithToken(s, req.body, req.ip)),
  );

  r.post(
    "/api/v1/auth/password",
    {
      schema: {
        tags: ["auth"],
        body: admin.PasswordChangeRequest,
        response: { 200: admin.PasswordChanged, 403: admin.ApiError, ...errors },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const changed = await changeOwnPassword(s, actor, req.body);
      // Other processes forget the ended sessions on the database's notice (migration 0011).
      req.server.sessionCache.forgetUser(actor.userId);
      return changed;
    },
  );

  r.get(
    "/api/v1/auth/session",
    {
      config: { public: true },
      schema: { tags: ["auth"], response: { 200: admin.SessionResponse, 204: z.null() } },
    },
    async (req, reply) => {
      // Nobody signed in is an expected answer, not an error: 204, which browsers do not log as one.
      const session = await authenticate(s, req);
      if (!session) return reply.code(204).send(null);
      return {
        user: await loadMe(s, session.actor.userId),
        csrfToken: session.csrfToken,
        expiresAt: session.expiresAt.toISOString(),
        ...sessionExtras(s, session.actor.userId),
      };
    },
  );

  const signOut = (everywhere: boolean) => async (req: FastifyRequest, reply: FastifyReply) => {
    const actor = actorOf(req);
    await withSystem(s.db, async (tx) => {
      const ended = everywhere
        ? await adminDb.deleteUserSessions(tx, actor.userId)
        : await adminDb.deleteSession(tx, actor.sessionTokenHash);
      await appendAudit(tx, {
        municipalityId: actor.municipalityId,
        actorId: actor.userId,
        actorName: actor.displayName,
        action: everywhere ? "auth.sign_out_everywhere" : "auth.sign_out",
        recordType: "user",
        recordId: actor.userId,
        ip: actor.ip,
        outcome: "success",
        details: { sessions: ended },
      });
    });
    // This process forgets at once; others on the database's notice (migration 0011).
    if (everywhere) req.server.sessionCache.forgetUser(actor.userId);
    else req.server.sessionCache.forgetToken(actor.sessionTokenHash);
    reply.clearCookie(sessionCookie, { path: "/" });
    return reply.code(204).send();
  };
  const noContent = { tags: ["auth"], response: { 204: z.null(), 401: admin.ApiError, 403: admin.ApiError } };
  r.post("/api/v1/auth/sign-out", { schema: noContent }, signOut(false));
  r.post("/api/v1/auth/sign-out-everywhere", { schema: noContent }, signOut(true));
}
