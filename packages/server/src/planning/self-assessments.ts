import { randomUUID } from "node:crypto";
import { planningDb } from "@ariadne/db";
import { admin, planning } from "@ariadne/domain";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { auditedInTenant, auditedRead } from "../admin/audited.ts";
import { targetMunicipality } from "../auth/actor.ts";
import { actorOf } from "../auth/session-hook.ts";
import { conflict, notFound } from "../http/errors.ts";
import { Abilities, errors, idParam, scope } from "../mapping/shared.ts";
import type { Services } from "../services.ts";
import { planningPolicy } from "./policy.ts";

/** Maturity and gaps are always computed from the stored answers, never stored themselves. */
const assessed = (a: planningDb.StoredSelfAssessment): planning.SelfAssessment => ({
  ...a,
  maturity: planning.assessMaturity(a.answers),
  proposedActionPoints: planning.proposeActionPoints(a.answers),
});

const History = z.object({
  items: z.array(planning.SelfAssessment),
  abilities: Abilities,
  /** One point per assessment and chapter, oldest first: the maturity chart over time. */
  series: z.array(
    z.object({
      chapter: planning.ChapterSchema,
      points: z.array(z.object({ assessedOn: z.string(), levelIndex: z.int(), ratio: z.number() })),
    }),
  ),
});

export function registerSelfAssessmentRoutes(app: FastifyInstance, s: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/v1/self-assessments/checklist",
    {
      schema: {
        tags: ["planning"],
        response: { 200: planning.Checklist, 401: admin.ApiError, 403: admin.ApiError },
      },
    },
    async (req) => {
      planningPolicy.read(actorOf(req));
      return planning.checklist();
    },
  );

  r.get(
    "/api/v1/self-assessments",
    { schema: { tags: ["planning"], querystring: scope, response: { 200: History, ...errors } } },
    async (req) => {
      const actor = actorOf(req);
      planningPolicy.read(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      const stored = await auditedRead(s, actor, m, "self_assessments.list", async (tx) => ({
        result: await planningDb.listSelfAssessments(tx, m),
        recordType: "self_assessment",
        recordId: null,
      }));
      const items = stored.map(assessed);
      return {
        items,
        abilities: planningPolicy.abilities(actor),
        series: planning.chapters.map((chapter) => ({
          chapter,
          points: items.map((a) => {
            const c = a.maturity.find((x) => x.chapter === chapter)!;
            return { assessedOn: a.assessedOn, levelIndex: c.levelIndex, ratio: c.ratio };
          }),
        })),
      };
    },
  );

  r.get(
    "/api/v1/self-assessments/:id",
    {
      schema: {
        tags: ["planning"],
        params: idParam,
        querystring: scope,
        response: { 200: planning.SelfAssessment, ...errors },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      planningPolicy.read(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      const found = await auditedRead(s, actor, m, "self_assessments.read", async (tx) => {
        const a = await planningDb.getSelfAssessment(tx, m, req.params.id);
        if (!a) throw notFound("self-assessment");
        return { result: a, recordType: "self_assessment", recordId: a.id };
      });
      return assessed(found);
    },
  );

  r.post(
    "/api/v1/self-assessments",
    {
      schema: {
        tags: ["planning"],
        querystring: scope,
        body: planning.SelfAssessmentCreate,
        response: { 201: planning.SelfAssessment, ...errors },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      planningPolicy.manage(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      const created = await auditedInTenant(s, actor, m, "self_assessments.create", async (tx) => {
        const a = await planningDb.insertSelfAssessment(tx, {
          id: randomUUID(),
          municipalityId: m,
          createdBy: actor.userId,
          ...req.body,
        });
        return {
          result: a,
          recordType: "self_assessment",
          recordId: a.id,
          details: { assessedOn: a.assessedOn },
        };
      });
      return reply.code(201).send(assessed(created));
    },
  );

  r.patch(
    "/api/v1/self-assessments/:id",
    {
      schema: {
        tags: ["planning"],
        params: idParam,
        querystring: scope,
        body: planning.SelfAssessmentUpdate,
        response: { 200: planning.SelfAssessment, 409: admin.ApiError, ...errors },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      planningPolicy.manage(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      const { version, ...patch } = req.body;
      const saved = await auditedInTenant(s, actor, m, "self_assessments.update", async (tx) => {
        const current = await planningDb.getSelfAssessment(tx, m, req.params.id);
        if (!current) throw notFound("self-assessment");
        const updated = await planningDb.updateSelfAssessment(tx, m, req.params.id, version, {
          assessedOn: patch.assessedOn ?? current.assessedOn,
          answers: patch.answers ?? current.answers,
          note: patch.note ?? current.note,
        });
        if (!updated) throw conflict(assessed(current));
        return {
          result: updated,
          recordType: "self_assessment",
          recordId: updated.id,
          details: { fields: Object.keys(patch).sort().join(",") },
        };
      });
      return assessed(saved);
    },
  );
}
