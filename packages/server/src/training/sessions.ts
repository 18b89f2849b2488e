import { randomUUID } from "node:crypto";
import { mappingDb, planningDb, trainingDb } from "@ariadne/db";
import { training } from "@ariadne/domain";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { auditedInTenant, auditedRead } from "../admin/audited.ts";
import { targetMunicipality } from "../auth/actor.ts";
import { actorOf } from "../auth/session-hook.ts";
import { invalid, notFound } from "../http/errors.ts";
import { errors, idParam, scope, today } from "../mapping/shared.ts";
import type { Services } from "../services.ts";
import { certificateMac } from "./certificate-mac.ts";
import { feedPlanFromTraining } from "./coverage.ts";
import { trainingPolicy } from "./policy.ts";
import { fields, personKeyOf, revealCompletion, TrainingAbilities } from "./shared.ts";

const IdentifyingActor = z.object({ id: z.uuid(), title: z.string(), organisationId: z.uuid().nullable() });
const SessionView = z.object({ session: training.Session, attendees: z.array(training.Completion) });

export function registerSessionRoutes(app: FastifyInstance, s: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/v1/training/sessions",
    {
      schema: {
        tags: ["training"],
        querystring: scope,
        response: {
          200: z.object({
            items: z.array(training.Session),
            /** The local map's identifying actors, to record an attendee as one. */
            actors: z.array(IdentifyingActor),
            abilities: TrainingAbilities,
          }),
          ...errors,
        },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      trainingPolicy.manage(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      const { items, actors } = await auditedRead(s, actor, m, "training_sessions.list", async (tx) => ({
        result: {
          items: await trainingDb.listSessions(tx, m),
          actors: (await mappingDb.listMappingEntries(tx, m, { kind: "identifying_actor" })).map((e) => ({
            id: e.id,
            title: e.title,
            organisationId: e.details.kind === "identifying_actor" ? e.details.organisationId : null,
          })),
        },
        recordType: "training_session",
        recordId: null,
      }));
      return { items, actors, abilities: trainingPolicy.abilities(actor) };
    },
  );

  r.post(
    "/api/v1/training/sessions",
    {
      schema: {
        tags: ["training"],
        querystring: scope,
        body: training.SessionCreate,
        response: { 201: training.Session, ...errors },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      trainingPolicy.manage(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      const created = await auditedInTenant(s, actor, m, "training_sessions.create", async (tx) => {
        const course = await trainingDb.getCourse(tx, m, req.body.courseId);
        if (!course || course.archived) throw invalid("body.courseId", "no such course in this municipality");
        const known = await planningDb.existingOrganisationIds(tx, m, req.body.organisationIds);
        req.body.organisationIds.forEach((id, i) => {
          if (!known.has(id))
            throw invalid(`body.organisationIds.${i}`, "no such organisation in this municipality");
        });
        const session = await trainingDb.insertSession(tx, {
          id: randomUUID(),
          municipalityId: m,
          courseId: course.id,
          courseVersion: course.contentVersion,
          heldOn: req.body.heldOn,
          format: req.body.format,
          place: req.body.place,
          organisationIds: req.body.organisationIds,
          trainerUserId: actor.userId,
          trainerName: actor.displayName,
        });
        return { result: session, recordType: "training_session", recordId: session.id };
      });
      return reply.code(201).send(created);
    },
  );

  r.get(
    "/api/v1/training/sessions/:id",
    {
      schema: {
        tags: ["training"],
        params: idParam,
        querystring: scope,
        response: { 200: SessionView, ...errors },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      trainingPolicy.manage(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      const mac = await certificateMac(s);
      return auditedInTenant(s, actor, m, "training_sessions.read", async (tx) => {
        const session = await trainingDb.getSession(tx, m, req.params.id);
        if (!session) throw notFound("training session");
        const cipher = await s.keyring.cipherFor(tx, m);
        const rows = await trainingDb.listCompletions(tx, m, { sessionId: session.id });
        return {
          result: {
            session,
            attendees: rows.map((row) =>
              revealCompletion(cipher, row, training.certificateCode(row.id, mac)),
            ),
          },
          recordType: "training_session",
          recordId: session.id,
        };
      });
    },
  );

  r.post(
    "/api/v1/training/attendances",
    {
      schema: {
        tags: ["training"],
        querystring: scope,
        body: training.AttendanceCreate,
        response: { 201: z.object({ items: z.array(training.Completion) }), ...errors },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      trainingPolicy.manage(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      const mac = await certificateMac(s);
      const items = await auditedInTenant(s, actor, m, "training_attendances.create", async (tx) => {
        const session = await trainingDb.getSession(tx, m, req.body.sessionId);
        if (!session) throw invalid("body.sessionId", "no such training session in this municipality");
        const orgIds = req.body.attendees.flatMap((a) => (a.organisationId ? [a.organisationId] : []));
        const known = await planningDb.existingOrganisationIds(tx, m, orgIds);
        const names = new Map(
          (
            await tx.query<{ id: string; name: string }>(
              "select id, name from organisations where municipality_id = $1",
              [m],
            )
          ).map((o) => [o.id, o.name]),
        );
        const actors = new Map(
          (await mappingDb.listMappingEntries(tx, m, { kind: "identifying_actor" })).map((e) => [e.id, e]),
        );
        req.body.attendees.forEach((a, i) => {
          if (a.actorId && !actors.has(a.actorId))
            throw invalid(
              `body.attendees.${i}.actorId`,
              "no such identifying actor on this municipality's map",
            );
          if (a.organisationId && !known.has(a.organisationId))
            throw invalid(`body.attendees.${i}.organisationId`, "no such organisation in this municipality");
          if (!a.organisationId && !a.organisationName)
            throw invalid(`body.attendees.${i}.organisationName`, "name the organisation, or pick one");
        });
        const cipher = await s.keyring.cipherFor(tx, m);
        const out: training.Completion[] = [];
        for (const a of req.body.attendees) {
          const organisation = a.organisationId ? (names.get(a.organisationId) ?? "") : a.organisationName;
          const row = await trainingDb.insertCompletion(tx, {
            id: randomUUID(),
            municipalityId: m,
            courseId: session.courseId,
            courseVersion: session.courseVersion,
            completedOn: session.heldOn,
            source: "session",
            sessionId: session.id,
            userId: null,
            nameEnc: cipher.encrypt(fields.name, a.name),
            organisationId: a.organisationId,
            organisationNameEnc: cipher.encrypt(fields.organisationName, organisation),
            actorId: a.actorId,
            personKey: personKeyOf(cipher, a.name, organisation),
            group: a.group,
            language: a.language,
            createdBy: actor.userId,
          });
          out.push(revealCompletion(cipher, row, training.certificateCode(row.id, mac)));
        }
        const planPoints = await feedPlanFromTraining(tx, m, today());
        return {
          result: out,
          recordType: "training_session",
          recordId: session.id,
          details: { attendees: out.length, planPoints },
        };
      });
      return reply.code(201).send({ items });
    },
  );
}
