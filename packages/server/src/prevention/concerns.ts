import { preventionDb } from "@ariadne/db";
import { admin, prevention } from "@ariadne/domain";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { auditedInTenant } from "../admin/audited.ts";
import { targetMunicipality } from "../auth/actor.ts";
import { actorOf } from "../auth/session-hook.ts";
import { mayReadCase } from "../cases/index.ts";
import type { FieldCipher } from "../crypto/index.ts";
import { conflict, invalid, notFound } from "../http/errors.ts";
import { errors, idParam, scope } from "../mapping/shared.ts";
import type { Services } from "../services.ts";
import { preventionPolicy } from "./policy.ts";

/** A hand-off decrypted for the coordinator who made it or the worker it was made to. */
export const revealHandOff = (
  cipher: FieldCipher,
  h: preventionDb.ConcernHandOffRow,
): prevention.ConcernHandOff => ({
  id: h.id,
  concernId: h.concernId,
  toUserId: h.toUserId,
  toName: h.toName,
  byName: h.byName,
  note: h.noteEnc ? cipher.decrypt("concern_hand_offs.note", h.noteEnc) : "",
  status: h.status,
  reason: h.reasonEnc ? cipher.decrypt("concern_hand_offs.reason", h.reasonEnc) : null,
  caseId: h.caseId,
  handedAt: h.handedAt,
  closedAt: h.closedAt,
});

const readable = (caseId: string | null, readableCases: ReadonlySet<string>) =>
  caseId && readableCases.has(caseId) ? caseId : null;

/**
 * A concern row decrypted for the coordinator (the contact stays sealed: it is read on its own),
 * with its latest hand-off when the caller has it. Which case it became is said only for the cases
 * in `readableCases` (need-to-know: the coordinator learns that a case was opened, not which).
 */
export const reveal = (
  cipher: FieldCipher,
  row: preventionDb.ConcernRow,
  handOff: preventionDb.ConcernHandOffRow | null = null,
  readableCases: ReadonlySet<string> = new Set(),
): prevention.Concern => ({
  id: row.id,
  municipalityId: row.municipalityId,
  receivedAt: row.receivedAt,
  what: cipher.decrypt("concerns.what", row.whatEnc),
  where: cipher.decrypt("concerns.where", row.whereEnc),
  when: row.seenOn,
  hasContact: row.contactEnc !== null,
  language: row.language,
  status: row.status,
  reply: row.replyEnc ? cipher.decrypt("concerns.reply", row.replyEnc) : null,
  repliedAt: row.repliedAt,
  followUp:
    row.followUpKind && row.followUpId
      ? {
          kind: row.followUpKind,
          id: row.followUpKind !== "case" || readableCases.has(row.followUpId) ? row.followUpId : null,
        }
      : null,
  handOff: handOff
    ? { ...revealHandOff(cipher, handOff), caseId: readable(handOff.caseId, readableCases) }
    : null,
  version: row.version,
});

/**
 * The coordinators' inbox of reports of concern (issue 15, points 4 and 5): list, answer (the
 * reporter reads it with the receipt code), link a follow-up (making one is in
 * concern-follow-ups.ts). The reporter's contact is read on its own, by the coordinator only, and every read is audited.
 */
export function registerConcernRoutes(app: FastifyInstance, s: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/v1/concerns",
    {
      schema: {
        tags: ["prevention"],
        querystring: scope,
        response: { 200: prevention.ConcernInbox, ...errors },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      preventionPolicy.manage(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      return auditedInTenant(s, actor, m, "concerns.list", async (tx) => {
        const cipher = await s.keyring.cipherFor(tx, m);
        const rows = await preventionDb.listConcerns(tx, m);
        const handOffs = await preventionDb.latestConcernHandOffs(tx, m);
        const abilities = preventionPolicy.concernAbilities(actor);
        const readableCases = new Set<string>();
        for (const row of rows) {
          const caseId = row.followUpKind === "case" ? row.followUpId : handOffs.get(row.id)?.caseId;
          if (caseId && (await mayReadCase(tx, actor, caseId))) readableCases.add(caseId);
        }
        return {
          result: {
            items: rows.map((row) => reveal(cipher, row, handOffs.get(row.id) ?? null, readableCases)),
            abilities,
            handOffRecipients: abilities.handOff
              ? await preventionDb.listHandOffRecipients(tx, m, preventionPolicy.handOffRoles)
              : [],
          },
          recordType: "concern",
          recordId: null,
        };
      });
    },
  );

  r.get(
    "/api/v1/concerns/:id/contact",
    {
      schema: {
        tags: ["prevention"],
        params: idParam,
        querystring: scope,
        response: { 200: z.object({ contact: z.string().nullable() }), ...errors },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      preventionPolicy.manage(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      return auditedInTenant(s, actor, m, "concerns.contact.read", async (tx) => {
        const row = await preventionDb.getConcern(tx, m, req.params.id);
        if (!row) throw notFound("concern");
        const cipher = await s.keyring.cipherFor(tx, m);
        return {
          result: { contact: row.contactEnc ? cipher.decrypt("concerns.contact", row.contactEnc) : null },
          recordType: "concern",
          recordId: row.id,
        };
      });
    },
  );

  r.patch(
    "/api/v1/concerns/:id",
    {
      schema: {
        tags: ["prevention"],
        params: idParam,
        querystring: scope,
        body: prevention.ConcernUpdate,
        response: { 200: prevention.Concern, 409: admin.ApiError, ...errors },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      preventionPolicy.manage(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      const { version, status, reply, followUp } = req.body;
      return auditedInTenant(s, actor, m, "concerns.update", async (tx) => {
        const row = await preventionDb.getConcern(tx, m, req.params.id);
        if (!row) throw notFound("concern");
        const cipher = await s.keyring.cipherFor(tx, m);
        if (row.version !== version) throw conflict(reveal(cipher, row));
        if (followUp && !(await preventionDb.followUpExists(tx, m, followUp.kind, followUp.id)))
          throw invalid("body.followUp.id", `no such ${followUp.kind.replace("_", " ")} in the municipality`);
        const saved = await preventionDb.updateConcern(tx, m, row.id, version, {
          status: status ?? (reply || followUp ? "in_progress" : row.status),
          replyEnc: reply ? cipher.encrypt("concerns.reply", reply) : row.replyEnc,
          followUpKind: followUp?.kind ?? row.followUpKind,
          followUpId: followUp?.id ?? row.followUpId,
          replied: Boolean(reply),
        });
        if (!saved) throw conflict(reveal(cipher, row));
        return {
          result: reveal(cipher, saved),
          recordType: "concern",
          recordId: saved.id,
          details: { status: saved.status, replied: Boolean(reply), followUp: followUp?.kind ?? null },
        };
      });
    },
  );
}
