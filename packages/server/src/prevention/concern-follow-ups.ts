import { randomUUID } from "node:crypto";
import { preventionDb, type Queryable } from "@ariadne/db";
import { admin, mapping, prevention } from "@ariadne/domain";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { appendActorAudit, auditedInTenant } from "../admin/audited.ts";
import type { Actor } from "../auth/actor.ts";
import { targetMunicipality } from "../auth/actor.ts";
import { actorOf } from "../auth/session-hook.ts";
import type { FieldCipher } from "../crypto/index.ts";
import { conflict, notFound } from "../http/errors.ts";
import { createMappingEntry } from "../mapping/index.ts";
import { errors, idParam, scope } from "../mapping/shared.ts";
import type { Services } from "../services.ts";
import { reveal } from "./concerns.ts";
import { preventionPolicy } from "./policy.ts";
import { createVisit } from "./visits.ts";

type Kind = (typeof prevention.followUpKinds)[number];

/**
 * The concern, unless it already has a follow-up: a second click (or a second coordinator) must
 * not make a second follow-up of one signal, nor one while it is handed to a frontline worker. 404 outside
 * the municipality, 409 with the concern as it is.
 */
export async function openConcern(tx: Queryable, cipher: FieldCipher, m: string, id: string) {
  const row = await preventionDb.getConcern(tx, m, id);
  if (!row) throw notFound("concern");
  if (row.followUpId) throw conflict(reveal(cipher, row));
  // Handed to a frontline worker: what follows is theirs to decide until they answer.
  const handOff = await preventionDb.openHandOffOfConcern(tx, m, id);
  if (handOff) throw conflict(reveal(cipher, row, handOff));
  return row;
}

/** Links the new record to the concern in the same transaction, and moves it to "in progress". */
export async function linkFollowUp(
  tx: Queryable,
  cipher: FieldCipher,
  m: string,
  row: preventionDb.ConcernRow,
  kind: Kind,
  id: string,
) {
  const saved = await preventionDb.updateConcern(tx, m, row.id, row.version, {
    status: "in_progress",
    replyEnc: row.replyEnc,
    followUpKind: kind,
    followUpId: id,
    replied: false,
  });
  if (!saved) throw conflict(reveal(cipher, row));
  return reveal(cipher, saved);
}

/**
 * A report of concern turned into what follows it (issue 15, point 4): an outreach visit or a
 * mapping entry, made from the coordinator's inbox with fields prefilled from the concern, linked
 * back, in one transaction with an audit entry for the concern and one for the new record. Each
 * asks the new record's own permission as well. A case is opened by the frontline worker the
 * concern is handed to (concern-hand-offs.ts): no role both reads the inbox and opens cases.
 */
export function registerConcernFollowUpRoutes(app: FastifyInstance, s: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const auditNew = (
    tx: Queryable,
    actor: Actor,
    m: string,
    action: string,
    type: string,
    id: string,
    concernId: string,
  ) =>
    appendActorAudit(tx, actor, m, action, {
      recordType: type,
      recordId: id,
      details: { fromConcern: concernId },
    });

  r.post(
    "/api/v1/concerns/:id/outreach-visit",
    {
      schema: {
        tags: ["prevention"],
        params: idParam,
        querystring: scope,
        body: z.strictObject({ plannedOn: prevention.VisitFields.shape.plannedOn }),
        response: { 201: prevention.Visit, ...errors },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      preventionPolicy.manage(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      const visit = await auditedInTenant(s, actor, m, "concerns.to_outreach_visit", async (tx) => {
        const row = await preventionDb.getConcern(tx, m, req.params.id);
        if (!row) throw notFound("concern");
        const cipher = await s.keyring.cipherFor(tx, m);
        const concern = reveal(cipher, row);
        const created = await createVisit(s, tx, m, actor.userId, {
          id: randomUUID(),
          fields: prevention.VisitFields.parse({
            title: `Concern: ${concern.where || concern.what.slice(0, 80).replace(/\s+/g, " ")}`.slice(
              0,
              200,
            ),
            plannedOn: req.body.plannedOn,
            concerns: concern.what,
          }),
        });
        await preventionDb.updateConcern(tx, m, row.id, row.version, {
          status: "in_progress",
          replyEnc: row.replyEnc,
          followUpKind: "outreach_visit",
          followUpId: created.id,
          replied: false,
        });
        return { result: created, recordType: "concern", recordId: row.id, details: { visitId: created.id } };
      });
      return reply.code(201).send(visit);
    },
  );

  r.post(
    "/api/v1/concerns/:id/mapping-entry",
    {
      schema: {
        tags: ["prevention"],
        params: idParam,
        querystring: scope,
        body: mapping.MappingEntryCreate,
        response: { 201: prevention.ConcernFollowedUp, 409: admin.ApiError, ...errors },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      preventionPolicy.addToMap(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      const out = await auditedInTenant(s, actor, m, "concerns.to_mapping_entry", async (tx) => {
        const cipher = await s.keyring.cipherFor(tx, m);
        const row = await openConcern(tx, cipher, m, req.params.id);
        const entry = await createMappingEntry(tx, m, actor.userId, req.body);
        await auditNew(tx, actor, m, "mapping.create", "mapping_entry", entry.id, row.id);
        const concern = await linkFollowUp(tx, cipher, m, row, "mapping_entry", entry.id);
        return {
          result: { concern },
          recordType: "concern",
          recordId: row.id,
          details: { mappingEntryId: entry.id, kind: entry.details.kind },
        };
      });
      return reply.code(201).send(out);
    },
  );
}
