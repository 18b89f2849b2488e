import { randomUUID } from "node:crypto";
import { mappingDb, preventionDb, type Queryable } from "@ariadne/db";
import { admin, mapping, prevention } from "@ariadne/domain";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { auditedInTenant } from "../admin/audited.ts";
import { targetMunicipality } from "../auth/actor.ts";
import { actorOf } from "../auth/session-hook.ts";
import type { FieldCipher } from "../crypto/index.ts";
import { conflict, invalid, notFound } from "../http/errors.ts";
import { errors, idParam, scope } from "../mapping/shared.ts";
import type { Services } from "../services.ts";
import { preventionPolicy } from "./policy.ts";

// The visit's fields are one ciphertext bound to this field name.
const field = "outreach_visits.fields";

export const VisitAbilities = z.object({ outreach: z.boolean(), manage: z.boolean() });

export function revealVisit(cipher: FieldCipher, row: preventionDb.VisitRow): prevention.Visit {
  const fields = prevention.VisitFields.parse(JSON.parse(cipher.decrypt(field, row.fieldsEnc)));
  return {
    ...fields,
    id: row.id,
    municipalityId: row.municipalityId,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

const sealed = (cipher: FieldCipher, f: prevention.VisitFields) => ({
  status: f.status,
  plannedOn: f.plannedOn,
  fieldsEnc: cipher.encrypt(field, JSON.stringify(f)),
});

/** A visit's place: a location or outreach entry of the local map, or a point inside the boundary. */
async function checkPlace(tx: Queryable, m: string, f: prevention.VisitFields) {
  if (f.placeEntryId) {
    const kinds = await mappingDb.mappingEntryKinds(tx, m, [f.placeEntryId]);
    const kind = kinds.get(f.placeEntryId);
    if (kind !== "location" && kind !== "outreach")
      throw invalid("body.placeEntryId", "no such place (location or outreach entry) on the local map");
  }
  if (f.point) {
    const { boundary } = await mappingDb.getBoundary(tx, m);
    const outside = boundary ? mapping.positionsOutside(f.point, boundary) : [];
    if (outside.length > 0)
      throw invalid(`body.point.${outside[0]}`, "the coordinates lie outside the municipality boundary");
  }
}

/** The municipality's visits not cancelled, decrypted (only when there are any), in the caller's transaction. */
export async function liveOutreachVisits(s: Services, tx: Queryable, m: string): Promise<prevention.Visit[]> {
  const live = (await preventionDb.listVisits(tx, m)).filter((r) => r.status !== "cancelled");
  if (live.length === 0) return [];
  const cipher = await s.keyring.cipherFor(tx, m);
  return live.map((r) => revealVisit(cipher, r));
}

/**
 * Visits with a place, as outreach entries of the local map (its outreach layer and the signal
 * density it feeds): a visit's own point, else the place it was made at among `entries` (the
 * municipality's unarchived mapping entries).
 */
export function outreachVisitEntries(
  visits: readonly prevention.Visit[],
  entries: readonly mappingDb.StoredMappingEntry[],
): mappingDb.StoredMappingEntry[] {
  const places = new Map(
    entries.map((e) => [
      e.id,
      e.details.kind === "location" || e.details.kind === "outreach" ? e.details.geometry : null,
    ]),
  );
  return visits.flatMap((v) => {
    const geometry = v.point ?? (v.placeEntryId ? (places.get(v.placeEntryId) ?? null) : null);
    if (!geometry) return [];
    const groupKinds = Object.entries(v.peopleMet)
      .filter(([, n]) => (n ?? 0) > 0)
      .map(([k]) => k as mapping.VulnerableGroupKind);
    return [
      {
        id: v.id,
        municipalityId: v.municipalityId,
        title: v.title,
        details: {
          kind: "outreach" as const,
          geometry,
          groupKinds,
          contacts: v.status === "done" ? prevention.peopleMetTotal(v) : null,
          signals: v.signals,
        },
        source: { kind: "outreach_log" as mapping.SourceKind, date: v.visitedOn ?? v.plannedOn },
        archived: false,
        version: v.version,
        createdAt: v.createdAt,
        updatedAt: v.updatedAt,
      },
    ];
  });
}

/** Creates a visit in the caller's transaction (the route and a concern turned into a visit). */
export async function createVisit(
  s: Services,
  tx: Queryable,
  m: string,
  userId: string,
  v: { id: string; fields: prevention.VisitFields },
) {
  await checkPlace(tx, m, v.fields);
  const cipher = await s.keyring.cipherFor(tx, m);
  const row = await preventionDb.insertVisit(tx, {
    id: v.id,
    municipalityId: m,
    createdBy: userId,
    ...sealed(cipher, v.fields),
  });
  if (!row) {
    // Sent again under another key: the device learns the visit is there and merges into it.
    const existing = await preventionDb.getVisit(tx, m, v.id);
    if (!existing) throw notFound("outreach visit");
    throw conflict(revealVisit(cipher, existing));
  }
  return revealVisit(cipher, row);
}

const VisitList = z.object({ items: z.array(prevention.Visit), abilities: VisitAbilities });

/** Outreach visits (issue 15, point 1): planned, logged in the field, merged when two devices edit one. */
export function registerVisitRoutes(app: FastifyInstance, s: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/v1/outreach-visits",
    { schema: { tags: ["prevention"], querystring: scope, response: { 200: VisitList, ...errors } } },
    async (req) => {
      const actor = actorOf(req);
      preventionPolicy.outreach(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      return auditedInTenant(s, actor, m, "outreach_visits.list", async (tx) => {
        const cipher = await s.keyring.cipherFor(tx, m);
        const rows = await preventionDb.listVisits(tx, m);
        return {
          result: {
            items: rows.map((row) => revealVisit(cipher, row)),
            abilities: preventionPolicy.abilities(actor),
          },
          recordType: "outreach_visit",
          recordId: null,
        };
      });
    },
  );

  r.get(
    "/api/v1/outreach-visits/:id",
    {
      schema: {
        tags: ["prevention"],
        params: idParam,
        querystring: scope,
        response: { 200: prevention.Visit, ...errors },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      preventionPolicy.outreach(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      const visit = await auditedInTenant(s, actor, m, "outreach_visits.read", async (tx) => {
        const row = await preventionDb.getVisit(tx, m, req.params.id);
        if (!row) throw notFound("outreach visit");
        return {
          result: revealVisit(await s.keyring.cipherFor(tx, m), row),
          recordType: "outreach_visit",
          recordId: row.id,
        };
      });
      return reply.header("etag", `"${visit.version}"`).send(visit);
    },
  );

  r.post(
    "/api/v1/outreach-visits",
    {
      schema: {
        tags: ["prevention"],
        querystring: scope,
        body: prevention.VisitCreate,
        response: { 201: prevention.Visit, 409: admin.ApiError, ...errors },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      preventionPolicy.outreach(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      const { id, ...fields } = req.body;
      const created = await auditedInTenant(s, actor, m, "outreach_visits.create", async (tx) => {
        const visit = await createVisit(s, tx, m, actor.userId, { id: id ?? randomUUID(), fields });
        return {
          result: visit,
          recordType: "outreach_visit",
          recordId: visit.id,
          details: { status: visit.status },
        };
      });
      return reply.code(201).header("etag", `"${created.version}"`).send(created);
    },
  );

  r.patch(
    "/api/v1/outreach-visits/:id",
    {
      schema: {
        tags: ["prevention"],
        params: idParam,
        querystring: scope,
        body: prevention.VisitUpdate,
        response: { 200: prevention.Visit, 409: admin.ApiError, ...errors },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      preventionPolicy.outreach(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      const { version, ...patch } = req.body;
      const saved = await auditedInTenant(s, actor, m, "outreach_visits.update", async (tx) => {
        const row = await preventionDb.getVisit(tx, m, req.params.id);
        if (!row) throw notFound("outreach visit");
        const cipher = await s.keyring.cipherFor(tx, m);
        const current = revealVisit(cipher, row);
        // A stale version answers 409 with the visit as it is now: the device merges field by field.
        if (row.version !== version) throw conflict(current);
        const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
        const next = prevention.VisitFields.parse({ ...prevention.visitFieldsOf(current), ...defined });
        await checkPlace(tx, m, next);
        const updated = await preventionDb.updateVisit(tx, m, row.id, version, sealed(cipher, next));
        if (!updated) throw conflict(current);
        return {
          result: revealVisit(cipher, updated),
          recordType: "outreach_visit",
          recordId: updated.id,
          details: { fields: Object.keys(defined).sort().join(","), status: updated.status },
        };
      });
      return reply.header("etag", `"${saved.version}"`).send(saved);
    },
  );
}
