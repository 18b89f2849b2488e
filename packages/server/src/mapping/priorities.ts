import { randomUUID } from "node:crypto";
import { mappingDb, type Queryable } from "@ariadne/db";
import { admin, mapping } from "@ariadne/domain";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { auditedInTenant, auditedRead } from "../admin/audited.ts";
import { targetMunicipality } from "../auth/actor.ts";
import { actorOf } from "../auth/session-hook.ts";
import { conflict, invalid, notFound } from "../http/errors.ts";
import type { Services } from "../services.ts";
import { mappingPolicy } from "./policy.ts";
import { Abilities, errors, idParam, scope, today } from "./shared.ts";

const Suggestion = z.object({
  ratings: mapping.FactorRatings.partial(),
  basis: z.array(
    z.object({ factor: z.enum(mapping.priorityFactors), entryIds: z.array(admin.uuid), reason: z.string() }),
  ),
});

const Ranking = z.object({
  weights: mapping.PriorityWeights,
  weightsVersion: z.int(),
  items: z.array(mapping.RankedPriority),
  abilities: Abilities,
});

/** A priority names a vulnerable group and a location of the municipality's own map, or none. */
async function checkReferences(
  tx: Queryable,
  m: string,
  refs: { groupEntryId: string | null; locationEntryId: string | null },
) {
  const ids = [refs.groupEntryId, refs.locationEntryId].filter((id): id is string => id !== null);
  const kinds = await mappingDb.mappingEntryKinds(tx, m, ids);
  if (refs.groupEntryId && kinds.get(refs.groupEntryId) !== "vulnerable_group") {
    throw invalid("body.groupEntryId", "no such vulnerable group on the municipality's map");
  }
  if (refs.locationEntryId && kinds.get(refs.locationEntryId) !== "location") {
    throw invalid("body.locationEntryId", "no such location on the municipality's map");
  }
}

/** A priority with its score, factor points and rank among the municipality's priorities. */
async function ranked(tx: Queryable, m: string, id: string) {
  const { weights } = await mappingDb.getWeights(tx, m);
  return (
    mapping.rankPriorities(await mappingDb.listPriorities(tx, m), weights).find((p) => p.id === id) ?? null
  );
}

export function registerPriorityRoutes(app: FastifyInstance, s: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/v1/priorities",
    { schema: { tags: ["mapping"], querystring: scope, response: { 200: Ranking, ...errors } } },
    async (req) => {
      const actor = actorOf(req);
      mappingPolicy.read(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      return auditedRead(s, actor, m, "priorities.list", async (tx) => {
        const { weights, version } = await mappingDb.getWeights(tx, m);
        const items = mapping.rankPriorities(await mappingDb.listPriorities(tx, m), weights);
        return {
          result: { weights, weightsVersion: version, items, abilities: mappingPolicy.abilities(actor) },
          recordType: "priority",
          recordId: null,
        };
      });
    },
  );

  r.get(
    "/api/v1/priorities/weights",
    {
      schema: { tags: ["mapping"], querystring: scope, response: { 200: mapping.StoredWeights, ...errors } },
    },
    async (req) => {
      const actor = actorOf(req);
      mappingPolicy.read(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      return auditedRead(s, actor, m, "priorities.weights.read", async (tx) => ({
        result: await mappingDb.getWeights(tx, m),
        recordType: "priority_weights",
        recordId: m,
      }));
    },
  );

  r.put(
    "/api/v1/priorities/weights",
    {
      schema: {
        tags: ["mapping"],
        querystring: scope,
        body: mapping.WeightsUpdate,
        response: { 200: mapping.StoredWeights, 409: admin.ApiError, ...errors },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      mappingPolicy.manage(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      return auditedInTenant(s, actor, m, "priorities.weights.save", async (tx) => {
        const saved = await mappingDb.saveWeights(tx, m, req.body.version, req.body.weights, actor.userId);
        if (!saved) throw conflict(await mappingDb.getWeights(tx, m));
        return {
          result: saved,
          recordType: "priority_weights",
          recordId: m,
          details: Object.fromEntries(mapping.priorityFactors.map((f) => [f, saved.weights[f]])),
        };
      });
    },
  );

  r.get(
    "/api/v1/priorities/suggestion",
    {
      schema: {
        tags: ["mapping"],
        querystring: z.strictObject({
          municipalityId: admin.uuid.optional(),
          groupEntryId: admin.uuid.optional(),
          locationEntryId: admin.uuid.optional(),
          form: mapping.ExploitationFormSchema,
        }),
        response: { 200: Suggestion, ...errors },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      mappingPolicy.read(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      const asOf = today();
      return auditedInTenant(s, actor, m, "priorities.suggest", async (tx) => {
        const entries = (await mappingDb.listMappingEntries(tx, m)).map((e) => ({
          ...e,
          stale: mapping.isStale(e.source.date, asOf),
        }));
        const pick = (id: string | undefined, kind: mapping.MappingEntryKind, path: string) => {
          if (!id) return null;
          const found = entries.find((e) => e.id === id && e.details.kind === kind);
          if (!found) throw invalid(path, `no such ${kind.replace("_", " ")} on the municipality's map`);
          return found;
        };
        const group = pick(req.query.groupEntryId, "vulnerable_group", "query.groupEntryId");
        const location = pick(req.query.locationEntryId, "location", "query.locationEntryId");
        return {
          result: mapping.suggestRatings({ group, location, form: req.query.form }, entries),
          recordType: "priority",
          recordId: null,
        };
      });
    },
  );

  r.get(
    "/api/v1/priorities/:id",
    {
      schema: {
        tags: ["mapping"],
        params: idParam,
        querystring: scope,
        response: { 200: mapping.RankedPriority, ...errors },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      mappingPolicy.read(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      return auditedRead(s, actor, m, "priorities.read", async (tx) => {
        const found = await ranked(tx, m, req.params.id);
        if (!found) throw notFound("priority");
        return { result: found, recordType: "priority", recordId: found.id };
      });
    },
  );

  r.post(
    "/api/v1/priorities",
    {
      schema: {
        tags: ["mapping"],
        querystring: scope,
        body: mapping.PriorityCreate,
        response: { 201: mapping.RankedPriority, ...errors },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      mappingPolicy.manage(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      const created = await auditedInTenant(s, actor, m, "priorities.create", async (tx) => {
        await checkReferences(tx, m, req.body);
        const id = randomUUID();
        await mappingDb.insertPriority(tx, { id, municipalityId: m, actorId: actor.userId, ...req.body });
        const result = (await ranked(tx, m, id))!;
        return { result, recordType: "priority", recordId: id, details: { decision: result.decision } };
      });
      return reply.code(201).send(created);
    },
  );

  r.patch(
    "/api/v1/priorities/:id",
    {
      schema: {
        tags: ["mapping"],
        params: idParam,
        querystring: scope,
        body: mapping.PriorityUpdate,
        response: { 200: mapping.RankedPriority, 409: admin.ApiError, ...errors },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      mappingPolicy.manage(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      const { version, ...patch } = req.body;
      return auditedInTenant(s, actor, m, "priorities.update", async (tx) => {
        const current = await mappingDb.getPriority(tx, m, req.params.id);
        if (!current) throw notFound("priority");
        const next = {
          groupEntryId: patch.groupEntryId !== undefined ? patch.groupEntryId : current.groupEntryId,
          locationEntryId:
            patch.locationEntryId !== undefined ? patch.locationEntryId : current.locationEntryId,
          form: patch.form ?? current.form,
          ratings: patch.ratings ?? current.ratings,
          decision: patch.decision ?? current.decision,
          rationale: patch.rationale ?? current.rationale,
        };
        await checkReferences(tx, m, next);
        const decisionChanged = patch.decision !== undefined && patch.decision !== current.decision;
        const saved = await mappingDb.updatePriority(
          tx,
          m,
          req.params.id,
          version,
          next,
          actor.userId,
          decisionChanged,
        );
        if (!saved) throw conflict(current);
        return {
          result: (await ranked(tx, m, saved.id))!,
          recordType: "priority",
          recordId: saved.id,
          details: { fields: Object.keys(patch).sort().join(","), decision: next.decision },
        };
      });
    },
  );
}
