import { randomUUID } from "node:crypto";
import { adminDb, withSystem } from "@ariadne/db";
import { admin } from "@ariadne/domain";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { targetMunicipality } from "../auth/actor.ts";
import { issuePasswordReset } from "../auth/password-lifecycle.ts";
import { generatePassword, hashPassword } from "../auth/passwords.ts";
import { actorOf } from "../auth/session-hook.ts";
import { AppError, conflict, invalid, notFound } from "../http/errors.ts";
import type { Services } from "../services.ts";
import { regionForRole, requireRegion } from "../stats/regions.ts";
import { auditedInTenant, auditedRead } from "./audited.ts";
import { adminPolicy } from "./policy.ts";

const scope = z.strictObject({ municipalityId: admin.uuid.optional() });
const idParam = z.strictObject({ id: admin.uuid });
const errors = { 400: admin.ApiError, 401: admin.ApiError, 403: admin.ApiError, 404: admin.ApiError };

export function registerUserRoutes(app: FastifyInstance, s: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/v1/users",
    {
      schema: { tags: ["admin"], querystring: scope, response: { 200: admin.Paged(admin.User), ...errors } },
    },
    async (req) => {
      const actor = actorOf(req);
      adminPolicy.listUsers(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      const items = await auditedRead(s, actor, m, "users.list", async (tx) => ({
        result: await adminDb.listUsers(tx, m),
        recordType: "user",
        recordId: null,
      }));
      return { items };
    },
  );

  r.get(
    "/api/v1/users/:id",
    {
      schema: {
        tags: ["admin"],
        params: idParam,
        querystring: scope,
        response: { 200: admin.User, ...errors },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      adminPolicy.listUsers(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      return auditedRead(s, actor, m, "users.read", async (tx) => {
        const user = await adminDb.getUser(tx, m, req.params.id);
        if (!user) throw notFound("user");
        return { result: user, recordType: "user", recordId: user.id };
      });
    },
  );

  r.post(
    "/api/v1/users",
    {
      schema: {
        tags: ["admin"],
        querystring: scope,
        body: admin.UserCreate,
        response: { 201: admin.UserCreated, 409: admin.ApiError, ...errors },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      adminPolicy.manageUsers(actor);
      adminPolicy.assignRole(actor, req.body.role);
      if (req.body.role === "system_admin")
        throw invalid("body.role", "system admins belong to no municipality");
      const m = targetMunicipality(actor, req.query.municipalityId);
      const regionId = regionForRole(req.body.role, req.body.regionId, "body.regionId");
      await requireRegion(s, req.body.regionId, "body.regionId");
      if (await withSystem(s.db, (tx) => adminDb.emailTaken(tx, req.body.email))) {
        throw new AppError(409, "email_taken", "body.email: already in use", {
          issues: [{ path: "body.email", message: "already in use" }],
        });
      }
      const initialPassword = generatePassword();
      const passwordHash = await hashPassword(initialPassword);
      const user = await auditedInTenant(s, actor, m, "users.create", async (tx) => {
        if (!(await adminDb.getOrganisation(tx, m, req.body.organisationId))) {
          throw invalid("body.organisationId", "no such organisation in this municipality");
        }
        const created = await adminDb.insertUser(tx, {
          id: randomUUID(),
          municipalityId: m,
          passwordHash,
          mustChangePassword: true,
          ...req.body,
          regionId,
        });
        return { result: created, recordType: "user", recordId: created.id, details: { role: created.role } };
      });
      return reply.code(201).send({ user, initialPassword });
    },
  );

  r.post(
    "/api/v1/users/:id/password-reset",
    {
      schema: {
        tags: ["admin"],
        params: idParam,
        querystring: scope,
        body: admin.PasswordResetRequest,
        response: { 200: admin.PasswordResetIssued, ...errors },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      adminPolicy.manageUsers(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      const issued = await auditedInTenant(s, actor, m, "users.password_reset", async (tx) => {
        const target = await adminDb.getUserRow(tx, req.params.id);
        if (!target || target.municipality_id !== m) throw notFound("user");
        adminPolicy.resetPassword(actor, target);
        const reset = await issuePasswordReset(tx, actor, target, req.body.resetTotp);
        return {
          result: reset,
          recordType: "user",
          recordId: target.id,
          details: { resetTotp: req.body.resetTotp },
        };
      });
      req.server.sessionCache.forgetUser(req.params.id);
      return {
        // In the fragment, so the token stays out of server logs and Referer headers.
        resetUrl: `${s.config.publicUrl ?? ""}/reset-password#${issued.token}`,
        code: issued.token,
        expiresAt: issued.expiresAt.toISOString(),
      };
    },
  );

  r.patch(
    "/api/v1/users/:id",
    {
      schema: {
        tags: ["admin"],
        params: idParam,
        querystring: scope,
        body: admin.UserUpdate,
        response: { 200: admin.User, 409: admin.ApiError, ...errors },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      adminPolicy.manageUsers(actor);
      const { version, ...patch } = req.body;
      if (patch.role) adminPolicy.assignRole(actor, patch.role);
      if (patch.role === "system_admin")
        throw invalid("body.role", "system admins belong to no municipality");
      const m = targetMunicipality(actor, req.query.municipalityId);
      await requireRegion(s, patch.regionId, "body.regionId");
      const changed = await auditedInTenant(s, actor, m, "users.update", async (tx) => {
        const current = await adminDb.getUser(tx, m, req.params.id);
        if (!current) throw notFound("user");
        adminPolicy.changeUser(actor, current.id, patch);
        // A regional analyst keeps their region unless given another; any other role has none.
        const role = patch.role ?? current.role;
        const regionId = regionForRole(
          role,
          patch.regionId ?? (role === "regional_analyst" ? current.regionId : undefined),
          "body.regionId",
        );
        if (patch.organisationId && !(await adminDb.getOrganisation(tx, m, patch.organisationId))) {
          throw invalid("body.organisationId", "no such organisation in this municipality");
        }
        const updated = await adminDb.updateUser(tx, m, req.params.id, version, { ...patch, regionId });
        if (!updated) throw conflict(current);
        // A deactivated user or a changed role takes effect at once: end their sessions.
        if (patch.active === false || patch.role || patch.regionId)
          await adminDb.deleteUserSessions(tx, updated.id);
        return {
          result: updated,
          recordType: "user",
          recordId: updated.id,
          details: { fields: Object.keys(patch).sort().join(",") },
        };
      });
      // Cached sessions carry the user's row: this process forgets them at once, others on notice.
      req.server.sessionCache.forgetUser(changed.id);
      return changed;
    },
  );
}
