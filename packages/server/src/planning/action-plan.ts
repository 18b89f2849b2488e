import { randomUUID } from "node:crypto";
import { planningDb, type Queryable } from "@ariadne/db";
import { admin, planning } from "@ariadne/domain";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { auditedInTenant, auditedRead } from "../admin/audited.ts";
import { targetMunicipality } from "../auth/actor.ts";
import { actorOf } from "../auth/session-hook.ts";
import { conflict, invalid, notFound } from "../http/errors.ts";
import { Abilities, asOfScope, errors, idParam, scope, today } from "../mapping/shared.ts";
import type { Services } from "../services.ts";
import { planningPolicy } from "./policy.ts";
import { checkOrganisations, checkPriorities } from "./references.ts";

const withOverdue = (p: planningDb.StoredActionPoint, asOf: string): planning.ActionPoint => ({
  ...p,
  overdue: planning.isOverdue(p, asOf),
});

async function checkReferences(tx: Queryable, m: string, p: planningDb.ActionPointFields) {
  await checkOrganisations(tx, m, [
    ...(p.ownerOrganisationId ? [{ path: "body.ownerOrganisationId", id: p.ownerOrganisationId }] : []),
    ...p.partnerOrganisationIds.map((id, i) => ({ path: `body.partnerOrganisationIds.${i}`, id })),
  ]);
  await checkPriorities(tx, m, p.priorityIds);
}

const SeedResult = z.object({ created: z.array(planning.ActionPoint), skipped: z.array(z.string()) });

export function registerActionPlanRoutes(app: FastifyInstance, s: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/v1/action-plan/template",
    {
      schema: {
        tags: ["planning"],
        response: { 200: planning.ActionPlanTemplate, 401: admin.ApiError, 403: admin.ApiError },
      },
    },
    async (req) => {
      planningPolicy.read(actorOf(req));
      return planning.actionPlanTemplate();
    },
  );

  r.get(
    "/api/v1/action-plan",
    {
      schema: {
        tags: ["planning"],
        querystring: asOfScope,
        response: { 200: planning.ActionPlan.extend({ abilities: Abilities }), ...errors },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      planningPolicy.read(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      const points = await auditedRead(s, actor, m, "action_plan.list", async (tx) => ({
        result: await planningDb.listActionPoints(tx, m),
        recordType: "action_point",
        recordId: null,
      }));
      return {
        ...planning.groupActionPlan(points, req.query.asOf ?? today()),
        abilities: planningPolicy.abilities(actor),
      };
    },
  );

  r.get(
    "/api/v1/action-plan/:id",
    {
      schema: {
        tags: ["planning"],
        params: idParam,
        querystring: asOfScope,
        response: { 200: planning.ActionPoint, ...errors },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      planningPolicy.read(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      const point = await auditedRead(s, actor, m, "action_plan.read", async (tx) => {
        const found = await planningDb.getActionPoint(tx, m, req.params.id);
        if (!found) throw notFound("action point");
        return { result: found, recordType: "action_point", recordId: found.id };
      });
      return withOverdue(point, req.query.asOf ?? today());
    },
  );

  r.post(
    "/api/v1/action-plan",
    {
      schema: {
        tags: ["planning"],
        querystring: scope,
        body: planning.ActionPointCreate,
        response: { 201: planning.ActionPoint, ...errors },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      planningPolicy.manage(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      const created = await auditedInTenant(s, actor, m, "action_plan.create", async (tx) => {
        await checkReferences(tx, m, req.body);
        const point = await planningDb.insertActionPoint(tx, {
          id: randomUUID(),
          municipalityId: m,
          createdBy: actor.userId,
          ...req.body,
        });
        return {
          result: point,
          recordType: "action_point",
          recordId: point.id,
          details: { chapter: point.chapter },
        };
      });
      return reply.code(201).send(withOverdue(created, today()));
    },
  );

  r.post(
    "/api/v1/action-plan/seed",
    {
      schema: {
        tags: ["planning"],
        querystring: scope,
        body: planning.SeedActionPlan,
        response: { 201: SeedResult, ...errors },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      planningPolicy.manage(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      const out = await auditedInTenant(s, actor, m, "action_plan.seed", async (tx) => {
        const titles = new Map<string, string>();
        let wanted = req.body.templateActionIds ?? planning.recommendedActionIds;
        if (req.body.selfAssessmentId) {
          if (req.body.templateActionIds) {
            throw invalid("body.selfAssessmentId", "send either templateActionIds or selfAssessmentId");
          }
          const assessment = await planningDb.getSelfAssessment(tx, m, req.body.selfAssessmentId);
          if (!assessment)
            throw invalid("body.selfAssessmentId", "no such self-assessment in the municipality");
          const gaps = planning.proposeActionPoints(assessment.answers);
          for (const g of gaps) titles.set(g.templateActionId, g.title);
          wanted = gaps.map((g) => g.templateActionId);
        }
        const present = await planningDb.seededTemplateActionIds(tx, m);
        const created: planningDb.StoredActionPoint[] = [];
        const skipped: string[] = [];
        for (const id of new Set(wanted)) {
          const action = planning.recommendedAction(id)!;
          if (present.has(id)) {
            skipped.push(id);
            continue;
          }
          created.push(
            await planningDb.insertActionPoint(tx, {
              id: randomUUID(),
              municipalityId: m,
              createdBy: actor.userId,
              ...planning.ActionPointCreate.parse({
                chapter: action.chapter,
                title: titles.get(id) ?? action.title,
                description: `“${action.citation.quote}” (${action.citation.source}, ${action.citation.heading})`,
                templateActionId: action.id,
              }),
            }),
          );
        }
        return {
          result: { created, skipped },
          recordType: "action_point",
          recordId: null,
          details: {
            created: created.length,
            skipped: skipped.length,
            templateVersion: planning.templateVersion,
            selfAssessmentId: req.body.selfAssessmentId ?? null,
          },
        };
      });
      const asOf = today();
      return reply
        .code(201)
        .send({ created: out.created.map((p) => withOverdue(p, asOf)), skipped: out.skipped });
    },
  );

  r.patch(
    "/api/v1/action-plan/:id",
    {
      schema: {
        tags: ["planning"],
        params: idParam,
        querystring: scope,
        body: planning.ActionPointUpdate,
        response: { 200: planning.ActionPoint, 409: admin.ApiError, ...errors },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      planningPolicy.manage(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      const { version, ...patch } = req.body;
      const saved = await auditedInTenant(s, actor, m, "action_plan.update", async (tx) => {
        const current = await planningDb.getActionPoint(tx, m, req.params.id);
        if (!current) throw notFound("action point");
        const { id: _id, municipalityId: _m, version: _v, createdAt: _c, updatedAt: _u, ...fields } = current;
        const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
        const next: planningDb.ActionPointFields = { ...fields, ...defined };
        await checkReferences(tx, m, next);
        const updated = await planningDb.updateActionPoint(tx, m, req.params.id, version, next);
        if (!updated) throw conflict(withOverdue(current, today()));
        return {
          result: updated,
          recordType: "action_point",
          recordId: updated.id,
          details: { fields: Object.keys(defined).sort().join(","), status: updated.status },
        };
      });
      return withOverdue(saved, today());
    },
  );
}
