import { randomUUID } from "node:crypto";
import { adminDb, withSystem } from "@ariadne/db";
import { admin } from "@ariadne/domain";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { appendAudit, createAuditChain } from "../audit/index.ts";
import { actorOf } from "../auth/session-hook.ts";
import type { Services } from "../services.ts";
import { adminPolicy } from "./policy.ts";

const errors = { 400: admin.ApiError, 401: admin.ApiError, 403: admin.ApiError };

export function registerMunicipalityRoutes(app: FastifyInstance, s: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/api/v1/municipalities",
    { schema: { tags: ["admin"], response: { 200: admin.Paged(admin.Municipality), ...errors } } },
    async (req) => {
      adminPolicy.manageMunicipalities(actorOf(req));
      return { items: await withSystem(s.db, (tx) => adminDb.listMunicipalities(tx)) };
    },
  );
  r.post(
    "/api/v1/municipalities",
    {
      schema: {
        tags: ["admin"],
        body: admin.MunicipalityCreate,
        response: { 201: admin.Municipality, ...errors },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      adminPolicy.manageMunicipalities(actor);
      const m = await withSystem(s.db, async (tx) => {
        const created = await createMunicipality(tx, req.body);
        await appendAudit(tx, {
          municipalityId: null,
          actorId: actor.userId,
          actorName: actor.displayName,
          action: "municipalities.create",
          recordType: "municipality",
          recordId: created.id,
          ip: actor.ip,
          outcome: "success",
        });
        return created;
      });
      return reply.code(201).send(m);
    },
  );
}

/** A municipality starts with its own audit chain. */
export async function createMunicipality(
  tx: Parameters<typeof adminDb.insertMunicipality>[0],
  body: admin.MunicipalityCreate,
) {
  const created = await adminDb.insertMunicipality(tx, { id: randomUUID(), ...body });
  await createAuditChain(tx, created.id);
  return created;
}
