import { admin, cases, screening } from "@ariadne/domain";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { actorOf } from "../auth/session-hook.ts";
import { sendAsDownload } from "../http/download.ts";
import type { Services } from "../services.ts";
import { recordInMunicipality } from "./access.ts";
import { caseErrors, idParam } from "./route-schemas.ts";
import { readScreening } from "./screening-record.ts";
import { grantAccess, recordConsent, revokeAccess, withdrawConsent } from "./team-commands.ts";
import {
  addAttachment,
  addContact,
  addNote,
  addScreening,
  addTask,
  downloadAttachment,
  updateTask,
} from "./timeline-commands.ts";

const entry = { 201: cases.TimelineEntry, ...caseErrors };

/** The timeline (notes, contacts, tasks, attachments, screenings), consent and the case team. */
export function registerCaseTimelineRoutes(app: FastifyInstance, s: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const preValidation = recordInMunicipality(s, "case");
  const tags = ["cases"];

  r.post(
    "/api/v1/cases/:id/notes",
    { preValidation, schema: { tags, params: idParam, body: cases.NoteCreate, response: entry } },
    async (req, reply) => reply.code(201).send(await addNote(s, actorOf(req), req.params.id, req.body)),
  );
  r.post(
    "/api/v1/cases/:id/contacts",
    { preValidation, schema: { tags, params: idParam, body: cases.ContactCreate, response: entry } },
    async (req, reply) => reply.code(201).send(await addContact(s, actorOf(req), req.params.id, req.body)),
  );
  r.post(
    "/api/v1/cases/:id/tasks",
    { preValidation, schema: { tags, params: idParam, body: cases.TaskCreate, response: entry } },
    async (req, reply) => reply.code(201).send(await addTask(s, actorOf(req), req.params.id, req.body)),
  );
  r.patch(
    "/api/v1/cases/:id/tasks/:taskId",
    {
      preValidation,
      schema: {
        tags,
        params: z.strictObject({ id: admin.uuid, taskId: admin.uuid }),
        body: cases.TaskUpdate,
        response: { 200: cases.TimelineEntry, ...caseErrors },
      },
    },
    async (req) => updateTask(s, actorOf(req), req.params.id, req.params.taskId, req.body),
  );
  r.post(
    "/api/v1/cases/:id/screenings",
    { preValidation, schema: { tags, params: idParam, body: screening.ScreeningInput, response: entry } },
    async (req, reply) => reply.code(201).send(await addScreening(s, actorOf(req), req.params.id, req.body)),
  );
  r.get(
    "/api/v1/cases/:id/screenings/:entryId",
    {
      preValidation,
      schema: {
        tags,
        params: z.strictObject({ id: admin.uuid, entryId: admin.uuid }),
        response: { 200: cases.ScreeningRecord, ...caseErrors },
      },
    },
    async (req) => readScreening(s, actorOf(req), req.params.id, req.params.entryId),
  );
  r.post(
    "/api/v1/cases/:id/attachments",
    { preValidation, schema: { tags, params: idParam, body: cases.AttachmentCreate, response: entry } },
    async (req, reply) => reply.code(201).send(await addAttachment(s, actorOf(req), req.params.id, req.body)),
  );
  r.get(
    "/api/v1/cases/:id/attachments/:attachmentId",
    {
      preValidation,
      schema: {
        tags,
        params: z.strictObject({ id: admin.uuid, attachmentId: admin.uuid }),
        response: { 200: z.unknown(), ...caseErrors },
      },
    },
    async (req, reply) => {
      const file = await downloadAttachment(s, actorOf(req), req.params.id, req.params.attachmentId);
      return sendAsDownload(reply, file);
    },
  );

  r.post(
    "/api/v1/cases/:id/consents",
    {
      preValidation,
      schema: {
        tags,
        params: idParam,
        body: cases.ConsentCreate,
        response: { 201: cases.Consent, ...caseErrors },
      },
    },
    async (req, reply) => reply.code(201).send(await recordConsent(s, actorOf(req), req.params.id, req.body)),
  );
  r.post(
    "/api/v1/cases/:id/consents/:consentId/withdraw",
    {
      preValidation,
      schema: {
        tags,
        params: z.strictObject({ id: admin.uuid, consentId: admin.uuid }),
        body: cases.ConsentWithdraw,
        response: { 200: cases.Consent, ...caseErrors },
      },
    },
    async (req) =>
      withdrawConsent(s, actorOf(req), req.params.id, req.params.consentId, req.body.withdrawnOn),
  );
  r.post(
    "/api/v1/cases/:id/grants",
    {
      preValidation,
      schema: {
        tags,
        params: idParam,
        body: cases.GrantCreate,
        response: { 201: cases.Grant, ...caseErrors },
      },
    },
    async (req, reply) => reply.code(201).send(await grantAccess(s, actorOf(req), req.params.id, req.body)),
  );
  r.post(
    "/api/v1/cases/:id/grants/:grantId/revoke",
    {
      preValidation,
      schema: {
        tags,
        params: z.strictObject({ id: admin.uuid, grantId: admin.uuid }),
        body: cases.Empty,
        response: { 200: z.object({ revoked: z.boolean() }), ...caseErrors },
      },
    },
    async (req) => revokeAccess(s, actorOf(req), req.params.id, req.params.grantId),
  );
}
