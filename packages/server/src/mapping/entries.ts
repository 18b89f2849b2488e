import { randomUUID } from "node:crypto";
import { adminDb, mappingDb, type Queryable } from "@ariadne/db";
import { admin, mapping } from "@ariadne/domain";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { auditedInTenant, auditedRead } from "../admin/audited.ts";
import { targetMunicipality } from "../auth/actor.ts";
import { actorOf } from "../auth/session-hook.ts";
import { conflict, invalid, notFound } from "../http/errors.ts";
import { liveOutreachVisits, outreachVisitEntries } from "../prevention/index.ts";
import type { Services } from "../services.ts";
import { mappingPolicy } from "./policy.ts";
import { Abilities, errors, idParam, scope, today } from "./shared.ts";

const ListQuery = z.strictObject({
  municipalityId: admin.uuid.optional(),
  asOf: mapping.IsoDateSchema.optional(),
  kind: z.enum(mapping.mappingEntryKinds).optional(),
  includeArchived: z.enum(["true", "false"]).optional(),
});

const Vocabularies = z.object({
  entryKinds: z.array(z.string()),
  vulnerableGroupKinds: z.array(z.string()),
  sectors: z.array(z.string()),
  exploitationForms: z.array(z.string()),
  evidenceStrengths: z.array(z.string()),
  sourceKinds: z.array(z.string()),
  contactFrequencies: z.array(z.string()),
  priorityFactors: z.array(z.string()),
  staleAfter: z.string(),
});

const withStaleness = (e: mappingDb.StoredMappingEntry, asOf: string): mapping.MappingEntry => ({
  ...e,
  stale: mapping.isStale(e.source.date, asOf),
});

/**
 * Cross-record rules a schema cannot see: a place must lie inside the municipality's boundary,
 * and named organisations must be the municipality's own. Each refusal names the field.
 */
async function checkDetails(tx: Queryable, m: string, details: mapping.EntryDetails) {
  if ((details.kind === "location" || details.kind === "outreach") && details.geometry) {
    const { boundary } = await mappingDb.getBoundary(tx, m);
    if (boundary) {
      const outside = mapping.positionsOutside(details.geometry, boundary);
      if (outside.length > 0) {
        throw invalid(
          `body.details.geometry.${outside[0]}`,
          "the coordinates lie outside the municipality boundary",
        );
      }
    }
  }
  const orgs =
    details.kind === "vulnerable_group"
      ? details.contactOrganisationIds.map((id, i) => ({
          id,
          path: `body.details.contactOrganisationIds.${i}`,
        }))
      : details.kind === "identifying_actor" && details.organisationId
        ? [{ id: details.organisationId, path: "body.details.organisationId" }]
        : [];
  for (const o of orgs) {
    if (!(await adminDb.getOrganisation(tx, m, o.id)))
      throw invalid(o.path, "no such organisation in the municipality");
  }
}

/** Creates a mapping entry in the caller's transaction once the cross-record rules hold. */
export async function createMappingEntry(
  tx: Queryable,
  m: string,
  userId: string,
  body: mapping.MappingEntryCreate,
) {
  await checkDetails(tx, m, body.details);
  return mappingDb.insertMappingEntry(tx, {
    id: randomUUID(),
    municipalityId: m,
    createdBy: userId,
    ...body,
  });
}

export function registerMappingEntryRoutes(app: FastifyInstance, s: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/v1/mapping/vocabularies",
    {
      schema: {
        tags: ["mapping"],
        response: { 200: Vocabularies, 401: admin.ApiError, 403: admin.ApiError },
      },
    },
    async (req) => {
      mappingPolicy.read(actorOf(req));
      return {
        entryKinds: [...mapping.mappingEntryKinds],
        vulnerableGroupKinds: [...mapping.vulnerableGroupKinds],
        sectors: [...mapping.sectors],
        exploitationForms: [...mapping.exploitationForms],
        evidenceStrengths: [...mapping.evidenceStrengths],
        sourceKinds: [...mapping.sourceKinds],
        contactFrequencies: [...mapping.contactFrequencies],
        priorityFactors: [...mapping.priorityFactors],
        staleAfter: "P1Y",
      };
    },
  );

  r.get(
    "/api/v1/mapping/layers.geojson",
    {
      schema: {
        tags: ["mapping"],
        querystring: z.strictObject({
          municipalityId: admin.uuid.optional(),
          asOf: mapping.IsoDateSchema.optional(),
        }),
        response: {
          200: z.object({ type: z.literal("FeatureCollection"), features: z.array(z.unknown()) }),
          ...errors,
        },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      mappingPolicy.read(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      const asOf = req.query.asOf ?? today();
      const data = await auditedRead(s, actor, m, "mapping.layers", async (tx) => {
        // Asked together, so that on PostgreSQL's pipelined connection the reads share a round trip.
        const [{ boundary }, entries, visits] = await Promise.all([
          mappingDb.getBoundary(tx, m),
          mappingDb.listMappingEntries(tx, m),
          liveOutreachVisits(s, tx, m),
        ]);
        const drawn = entries.filter((e) => e.details.kind === "location" || e.details.kind === "outreach");
        return {
          // Outreach visits with a place join the outreach layer and feed the signal density.
          result: { boundary, entries: [...drawn, ...outreachVisitEntries(visits, entries)] },
          recordType: "mapping_entry",
          recordId: null,
        };
      });
      const layers = mapping.mapLayers(
        m,
        data.boundary,
        data.entries.map((e) => withStaleness(e, asOf)),
      );
      return reply.type("application/geo+json").send(layers);
    },
  );

  r.get(
    "/api/v1/mapping",
    {
      schema: {
        tags: ["mapping"],
        querystring: ListQuery,
        response: {
          200: z.object({ asOf: z.string(), items: z.array(mapping.MappingEntry), abilities: Abilities }),
          ...errors,
        },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      mappingPolicy.read(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      const asOf = req.query.asOf ?? today();
      const items = await auditedRead(s, actor, m, "mapping.list", async (tx) => ({
        result: await mappingDb.listMappingEntries(tx, m, {
          kind: req.query.kind,
          includeArchived: req.query.includeArchived === "true",
        }),
        recordType: "mapping_entry",
        recordId: null,
      }));
      return {
        asOf,
        items: items.map((e) => withStaleness(e, asOf)),
        abilities: mappingPolicy.abilities(actor),
      };
    },
  );

  r.get(
    "/api/v1/mapping/:id",
    {
      schema: {
        tags: ["mapping"],
        params: idParam,
        querystring: z.strictObject({
          municipalityId: admin.uuid.optional(),
          asOf: mapping.IsoDateSchema.optional(),
        }),
        response: { 200: mapping.MappingEntry, ...errors },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      mappingPolicy.read(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      const entry = await auditedRead(s, actor, m, "mapping.read", async (tx) => {
        const found = await mappingDb.getMappingEntry(tx, m, req.params.id);
        if (!found) throw notFound("mapping entry");
        return { result: found, recordType: "mapping_entry", recordId: found.id };
      });
      return withStaleness(entry, req.query.asOf ?? today());
    },
  );

  r.post(
    "/api/v1/mapping",
    {
      schema: {
        tags: ["mapping"],
        querystring: scope,
        body: mapping.MappingEntryCreate,
        response: { 201: mapping.MappingEntry, ...errors },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      mappingPolicy.manage(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      const created = await auditedInTenant(s, actor, m, "mapping.create", async (tx) => {
        const entry = await createMappingEntry(tx, m, actor.userId, req.body);
        return {
          result: entry,
          recordType: "mapping_entry",
          recordId: entry.id,
          details: { kind: entry.details.kind },
        };
      });
      return reply.code(201).send(withStaleness(created, today()));
    },
  );

  r.patch(
    "/api/v1/mapping/:id",
    {
      schema: {
        tags: ["mapping"],
        params: idParam,
        querystring: scope,
        body: mapping.MappingEntryUpdate,
        response: { 200: mapping.MappingEntry, 409: admin.ApiError, ...errors },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      mappingPolicy.manage(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      const { version, ...patch } = req.body;
      const updated = await auditedInTenant(s, actor, m, "mapping.update", async (tx) => {
        const current = await mappingDb.getMappingEntry(tx, m, req.params.id);
        if (!current) throw notFound("mapping entry");
        if (patch.details && patch.details.kind !== current.details.kind) {
          throw invalid(
            "body.details.kind",
            `this entry is a ${current.details.kind}; its kind cannot change`,
          );
        }
        if (patch.details) await checkDetails(tx, m, patch.details);
        const next = {
          title: patch.title ?? current.title,
          details: patch.details ?? current.details,
          source: patch.source ?? current.source,
          archived: patch.archived ?? current.archived,
        };
        const saved = await mappingDb.updateMappingEntry(tx, m, req.params.id, version, next);
        if (!saved) throw conflict(withStaleness(current, today()));
        return {
          result: saved,
          recordType: "mapping_entry",
          recordId: saved.id,
          details: { fields: Object.keys(patch).sort().join(",") },
        };
      });
      return withStaleness(updated, today());
    },
  );
}
