import { withSystem } from "@ariadne/db";
import type { FastifyRequest } from "fastify";
import type { AppError } from "../http/errors.ts";
import type { Services } from "../services.ts";
import { appendAudit } from "./audit-log.ts";

/**
 * Records a signed-in user's refused attempt (403, or 404 for a record outside their reach) in
 * their municipality's trail: probing for other people's records should leave a trace.
 */
export async function auditDenied(s: Services, req: FastifyRequest, err: AppError): Promise<void> {
  const actor = req.actor;
  if (!actor) return;
  const params = (req.params ?? {}) as Record<string, unknown>;
  await withSystem(s.db, (tx) =>
    appendAudit(tx, {
      municipalityId: actor.municipalityId,
      actorId: actor.userId,
      actorName: actor.displayName,
      action: "access.denied",
      recordType: null,
      recordId: typeof params.id === "string" ? params.id : null,
      ip: actor.ip,
      outcome: "denied",
      details: {
        method: req.method,
        route: req.routeOptions.url ?? "unmatched",
        status: err.status,
        code: err.code,
      },
    }),
  ).catch((e: unknown) =>
    req.log.error({ err: e instanceof Error ? e.message : "unknown" }, "could not audit a denial"),
  );
}
