import { preventionDb } from "@ariadne/db";
import { admin, prevention } from "@ariadne/domain";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { auditedInTenant } from "../admin/audited.ts";
import { targetMunicipality } from "../auth/actor.ts";
import { actorOf } from "../auth/session-hook.ts";
import { casePolicy, mayReadCase } from "../cases/index.ts";
import { notFound } from "../http/errors.ts";
import { errors, idParam } from "../mapping/shared.ts";
import type { Services } from "../services.ts";
import { handedConcernLink, inboxConcernLink } from "./concern-hand-offs.ts";
import { preventionPolicy } from "./policy.ts";

/**
 * The report of concern a case was opened from (issue 15), for the case page: for a reader of the
 * case's content only (404 otherwise; null for a case opened otherwise), with a link for
 * whoever may read the concern — the worker it was handed to, or a coordinator of the inbox.
 * Audited as a read of the case.
 */
export function registerCaseSourceConcernRoutes(app: FastifyInstance, s: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/api/v1/cases/:id/source-concern",
    {
      schema: {
        tags: ["prevention"],
        params: idParam,
        response: { 200: prevention.CaseSource, ...errors },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      casePolicy.workWithCases(actor);
      const m = targetMunicipality(actor, undefined);
      return auditedInTenant<prevention.CaseSource>(s, actor, m, "cases.source_concern.read", async (tx) => {
        if (!(await mayReadCase(tx, actor, req.params.id))) throw notFound("case");
        const concern = await preventionDb.concernOfCase(tx, m, req.params.id);
        if (!concern) return { result: { concern: null }, recordType: "case", recordId: req.params.id };
        const handOff = await preventionDb.handOffOfCase(tx, m, req.params.id);
        const link =
          handOff && handOff.concernId === concern.id && preventionPolicy.handedTo(actor, handOff)
            ? handedConcernLink(handOff.id)
            : admin.roleAllows(actor.role, "prevention:manage")
              ? inboxConcernLink(concern.id)
              : null;
        return {
          result: { concern: { concernId: concern.id, receivedAt: concern.receivedAt, link } },
          recordType: "case",
          recordId: req.params.id,
          details: { concernId: concern.id },
        };
      });
    },
  );
}
