import { randomUUID } from "node:crypto";
import { notificationsDb, preventionDb, type Queryable } from "@ariadne/db";
import { admin, cases, prevention } from "@ariadne/domain";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { appendActorAudit, auditedInTenant } from "../admin/audited.ts";
import type { Actor } from "../auth/actor.ts";
import { targetMunicipality } from "../auth/actor.ts";
import { actorOf } from "../auth/session-hook.ts";
import { openCase } from "../cases/index.ts";
import type { FieldCipher } from "../crypto/index.ts";
import { conflict, invalid, notFound } from "../http/errors.ts";
import { errors, idParam, scope } from "../mapping/shared.ts";
import { notifyAboutRecord } from "../notifications/index.ts";
import type { Services } from "../services.ts";
import { linkFollowUp } from "./concern-follow-ups.ts";
import { reveal, revealHandOff } from "./concerns.ts";
import { preventionPolicy } from "./policy.ts";

/** Where the worker opens a concern handed to them, and where the coordinator sees it came back. */
export const handedConcernLink = (id: string) => `/prevention/handed/${id}`;
const concernInboxLink = "/prevention/concerns";
/** One concern in the coordinators' inbox: the page brings it into view and focuses it. */
export const inboxConcernLink = (id: string) => `${concernInboxLink}#concern-${id}`;

/** A hand-off with the concern as the worker may read it: the signal, never the reporter's contact. */
async function handedConcern(tx: Queryable, cipher: FieldCipher, h: preventionDb.ConcernHandOffRow) {
  const row = await preventionDb.getConcern(tx, h.municipalityId, h.concernId);
  if (!row) throw notFound("concern");
  const c = reveal(cipher, row);
  return {
    handOff: revealHandOff(cipher, h),
    concern: { receivedAt: c.receivedAt, what: c.what, where: c.where, when: c.when, language: c.language },
  };
}

/**
 * The hand-off to this worker, locked until the transaction ends (two answers to one hand-off are
 * taken one after the other); 404 when there is none or it was handed to someone else (need-to-know),
 * 409 when it has been answered already.
 */
async function openHandOffFor(tx: Queryable, cipher: FieldCipher, actor: Actor, m: string, id: string) {
  const h = await preventionDb.getConcernHandOff(tx, m, id, true);
  if (!h || !preventionPolicy.handedTo(actor, h)) throw notFound("concern hand-off");
  if (h.status !== "open") throw conflict(revealHandOff(cipher, h));
  return h;
}

/**
 * A report of concern handed from the coordinator's inbox to a frontline worker of the
 * municipality (issue 15, point 4): the coordinator reads the inbox but opens no case; the worker
 * opens cases but sees no inbox, only what was handed to them. Each step is audited, tells the
 * other side in their inbox, and runs in one transaction; a second answer to one hand-off, or a
 * second hand-off of one concern, answers 409 and changes nothing.
 */
export function registerConcernHandOffRoutes(app: FastifyInstance, s: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    "/api/v1/concerns/:id/hand-offs",
    {
      schema: {
        tags: ["prevention"],
        params: idParam,
        querystring: scope,
        body: prevention.ConcernHandOffCreate,
        response: { 201: prevention.ConcernHandOff, 409: admin.ApiError, ...errors },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      preventionPolicy.handOff(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      const { version, toUserId, note } = req.body;
      const out = await auditedInTenant(s, actor, m, "concerns.hand_off", async (tx) => {
        const cipher = await s.keyring.cipherFor(tx, m);
        const row = await preventionDb.getConcern(tx, m, req.params.id);
        if (!row) throw notFound("concern");
        const open = await preventionDb.openHandOffOfConcern(tx, m, row.id);
        if (row.version !== version || row.followUpId || open) throw conflict(reveal(cipher, row, open));
        const recipients = await preventionDb.listHandOffRecipients(tx, m, preventionPolicy.handOffRoles);
        if (!recipients.some((u) => u.id === toUserId))
          throw invalid("body.toUserId", "not a frontline worker of the municipality");
        // The concern's version moves first: of two coordinators handing it at once, the second
        // waits for the first and then finds the version gone (409), before anything is written.
        const moved = await preventionDb.updateConcern(tx, m, row.id, version, {
          status: "in_progress",
          replyEnc: row.replyEnc,
          followUpKind: null,
          followUpId: null,
          replied: false,
        });
        if (!moved) throw conflict(reveal(cipher, row));
        const saved = await preventionDb.insertConcernHandOff(tx, {
          id: randomUUID(),
          municipalityId: m,
          concernId: row.id,
          toUserId,
          byUserId: actor.userId,
          noteEnc: note ? cipher.encrypt("concern_hand_offs.note", note) : null,
        });
        await notifyAboutRecord(
          tx,
          s,
          m,
          await notificationsDb.listRecipients(tx, m, { userIds: [toUserId] }),
          {
            kind: "concern_handed_off",
            recordType: "concern_hand_off",
            recordId: saved.id,
            link: handedConcernLink(saved.id),
            reference: "",
          },
        );
        return {
          result: revealHandOff(cipher, saved),
          recordType: "concern",
          recordId: row.id,
          details: { handOffId: saved.id, toUserId },
        };
      });
      return reply.code(201).send(out);
    },
  );

  r.get(
    "/api/v1/concern-hand-offs",
    { schema: { tags: ["prevention"], response: { 200: prevention.HandedConcernList, ...errors } } },
    async (req) => {
      const actor = actorOf(req);
      preventionPolicy.answerHandOff(actor);
      const m = targetMunicipality(actor, undefined);
      return auditedInTenant(s, actor, m, "concerns.handed.list", async (tx) => {
        const cipher = await s.keyring.cipherFor(tx, m);
        const rows = await preventionDb.listConcernHandOffsTo(tx, m, actor.userId);
        const items = [];
        for (const h of rows) items.push(await handedConcern(tx, cipher, h));
        return { result: { items }, recordType: "concern_hand_off", recordId: null };
      });
    },
  );

  r.get(
    "/api/v1/concern-hand-offs/:id",
    {
      schema: {
        tags: ["prevention"],
        params: idParam,
        response: { 200: prevention.HandedConcern, ...errors },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      preventionPolicy.answerHandOff(actor);
      const m = targetMunicipality(actor, undefined);
      return auditedInTenant(s, actor, m, "concerns.handed.read", async (tx) => {
        const cipher = await s.keyring.cipherFor(tx, m);
        const h = await preventionDb.getConcernHandOff(tx, m, req.params.id);
        if (!h || !preventionPolicy.handedTo(actor, h)) throw notFound("concern hand-off");
        return { result: await handedConcern(tx, cipher, h), recordType: "concern_hand_off", recordId: h.id };
      });
    },
  );

  r.post(
    "/api/v1/concern-hand-offs/:id/case",
    {
      schema: {
        tags: ["prevention"],
        // No municipality in the query: a case is opened in the actor's own municipality only.
        params: idParam,
        body: cases.CaseCreate,
        response: { 201: prevention.HandOffCaseOpened, 409: admin.ApiError, ...errors },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      preventionPolicy.answerHandOff(actor);
      const m = targetMunicipality(actor, undefined);
      const out = await auditedInTenant(s, actor, m, "concerns.hand_off.case", async (tx) => {
        const cipher = await s.keyring.cipherFor(tx, m);
        const h = await openHandOffFor(tx, cipher, actor, m, req.params.id);
        const row = await preventionDb.getConcern(tx, m, h.concernId);
        if (!row) throw notFound("concern");
        if (row.followUpId) throw conflict(revealHandOff(cipher, h));
        const opened = await openCase({ tx, m, cipher }, actor, req.body);
        await appendActorAudit(tx, actor, m, "cases.create", {
          recordType: "case",
          recordId: opened.recordId,
          details: { fromConcern: row.id },
        });
        await linkFollowUp(tx, cipher, m, row, "case", opened.recordId);
        const closed = await preventionDb.closeConcernHandOff(tx, m, h.id, actor.userId, {
          status: "case_opened",
          caseId: opened.recordId,
        });
        if (!closed) throw conflict(revealHandOff(cipher, h));
        return {
          result: {
            handOff: revealHandOff(cipher, closed),
            caseId: opened.recordId,
            caseCode: opened.result.case.caseCode,
          },
          recordType: "concern_hand_off",
          recordId: h.id,
          details: { concernId: row.id, caseId: opened.recordId },
        };
      });
      return reply.code(201).send(out);
    },
  );

  r.post(
    "/api/v1/concern-hand-offs/:id/hand-back",
    {
      schema: {
        tags: ["prevention"],
        params: idParam,
        body: prevention.ConcernHandBack,
        response: { 200: prevention.ConcernHandOff, 409: admin.ApiError, ...errors },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      preventionPolicy.answerHandOff(actor);
      const m = targetMunicipality(actor, undefined);
      return auditedInTenant(s, actor, m, "concerns.hand_off.back", async (tx) => {
        const cipher = await s.keyring.cipherFor(tx, m);
        const h = await openHandOffFor(tx, cipher, actor, m, req.params.id);
        const row = await preventionDb.getConcern(tx, m, h.concernId);
        if (!row) throw notFound("concern");
        const closed = await preventionDb.closeConcernHandOff(tx, m, h.id, actor.userId, {
          status: "handed_back",
          reasonEnc: cipher.encrypt("concern_hand_offs.reason", req.body.reason),
        });
        if (!closed) throw conflict(revealHandOff(cipher, h));
        // Back in the inbox as new, for the coordinator to hand to someone else or follow up.
        const reopened = await preventionDb.updateConcern(tx, m, row.id, row.version, {
          status: "new",
          replyEnc: row.replyEnc,
          followUpKind: row.followUpKind,
          followUpId: row.followUpId,
          replied: false,
        });
        if (!reopened) throw conflict(revealHandOff(cipher, h));
        await notifyAboutRecord(
          tx,
          s,
          m,
          await notificationsDb.listRecipients(tx, m, { userIds: [h.byUserId] }),
          {
            kind: "concern_handed_back",
            recordType: "concern_hand_off",
            recordId: h.id,
            link: inboxConcernLink(row.id),
            reference: "",
          },
        );
        return {
          result: revealHandOff(cipher, closed),
          recordType: "concern_hand_off",
          recordId: h.id,
          details: { concernId: row.id },
        };
      });
    },
  );
}
