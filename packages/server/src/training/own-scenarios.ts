import { randomUUID } from "node:crypto";
import { trainingDb } from "@ariadne/db";
import { admin, training } from "@ariadne/domain";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { auditedInTenant, auditedRead } from "../admin/audited.ts";
import { targetMunicipality } from "../auth/actor.ts";
import { actorOf } from "../auth/session-hook.ts";
import { notFound } from "../http/errors.ts";
import { errors, scope } from "../mapping/shared.ts";
import type { Services } from "../services.ts";
import { trainingPolicy } from "./policy.ts";

const ListQuery = z.strictObject({
  municipalityId: admin.uuid.optional(),
  includeArchived: z.enum(["true", "false"]).optional(),
});
const scenarioParams = z.strictObject({ scenarioId: admin.uuid });

/**
 * Scenarios the municipality's trainer writes: a situation and its facts from the catalogue. The
 * answer key is never sent or stored: the screening engine evaluates the facts wherever the
 * scenario is shown or scored. Trainers (and coordinators) manage them; learners meet them in courses.
 */
export function registerOwnScenarioRoutes(app: FastifyInstance, s: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/v1/training/scenarios",
    {
      schema: {
        tags: ["training"],
        querystring: ListQuery,
        response: { 200: z.object({ items: z.array(training.OwnScenario) }), ...errors },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      trainingPolicy.manage(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      const items = await auditedRead(s, actor, m, "training_scenarios.list", async (tx) => ({
        result: await trainingDb.listOwnScenarios(tx, m, {
          includeArchived: req.query.includeArchived === "true",
        }),
        recordType: "training_scenario",
        recordId: null,
      }));
      return { items };
    },
  );

  r.post(
    "/api/v1/training/scenarios",
    {
      schema: {
        tags: ["training"],
        querystring: scope,
        body: training.OwnScenarioCreate,
        response: { 201: training.OwnScenario, ...errors },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      trainingPolicy.manage(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      const created = await auditedInTenant(s, actor, m, "training_scenarios.create", async (tx) => {
        const made = await trainingDb.insertOwnScenario(tx, {
          id: randomUUID(),
          municipalityId: m,
          content: req.body,
          createdBy: actor.userId,
        });
        return {
          result: made,
          recordType: "training_scenario",
          recordId: made.id,
          details: { facts: req.body.present.length + req.body.absent.length },
        };
      });
      return reply.code(201).send(created);
    },
  );

  r.patch(
    "/api/v1/training/scenarios/:scenarioId",
    {
      schema: {
        tags: ["training"],
        params: scenarioParams,
        querystring: scope,
        body: training.OwnScenarioUpdate,
        response: { 200: training.OwnScenario, ...errors },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      trainingPolicy.manage(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      return auditedInTenant(s, actor, m, "training_scenarios.update", async (tx) => {
        const updated = await trainingDb.setOwnScenarioArchived(
          tx,
          m,
          req.params.scenarioId,
          req.body.archived,
        );
        if (!updated) throw notFound("scenario");
        return {
          result: updated,
          recordType: "training_scenario",
          recordId: updated.id,
          details: { archived: updated.archived },
        };
      });
    },
  );
}
