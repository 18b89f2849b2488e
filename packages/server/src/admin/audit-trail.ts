import { adminDb } from "@ariadne/db";
import { admin } from "@ariadne/domain";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { targetMunicipality } from "../auth/actor.ts";
import { actorOf } from "../auth/session-hook.ts";
import type { Services } from "../services.ts";
import { auditedRead } from "./audited.ts";
import { adminPolicy } from "./policy.ts";

const errors = { 400: admin.ApiError, 401: admin.ApiError, 403: admin.ApiError, 404: admin.ApiError };
const Query = admin.AuditQuery.extend({ municipalityId: admin.uuid.optional() });

export function registerAuditTrailRoutes(app: FastifyInstance, s: Services) {
  app
    .withTypeProvider<ZodTypeProvider>()
    .get(
      "/api/v1/audit",
      { schema: { tags: ["admin"], querystring: Query, response: { 200: admin.AuditPage, ...errors } } },
      async (req) => {
        const actor = actorOf(req);
        adminPolicy.readAudit(actor);
        const { municipalityId, ...q } = req.query;
        const m = targetMunicipality(actor, municipalityId);
        // Reading the trail is itself audited: who looked at whom is sensitive too.
        return auditedRead(s, actor, m, "audit.read", async (tx) => ({
          result: await adminDb.listAuditEntries(tx, m, q),
          recordType: "audit",
          recordId: null,
        }));
      },
    );
}
