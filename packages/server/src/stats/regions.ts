import { randomUUID } from "node:crypto";
import { type Queryable, statsDb, withSystem } from "@ariadne/db";
import { admin, stats } from "@ariadne/domain";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { appendAudit } from "../audit/index.ts";
import type { Actor } from "../auth/actor.ts";
import { actorOf } from "../auth/session-hook.ts";
import { AppError, conflict, invalid, notFound } from "../http/errors.ts";
import type { Services } from "../services.ts";
import { statsPolicy } from "./policy.ts";

const errors = { 400: admin.ApiError, 401: admin.ApiError, 403: admin.ApiError, 404: admin.ApiError };

/** A region change is the system's, not one municipality's: audited in the system trail. */
const auditRegion = (tx: Queryable, actor: Actor, action: string, regionId: string) =>
  appendAudit(tx, {
    municipalityId: null,
    actorId: actor.userId,
    actorName: actor.displayName,
    action,
    recordType: "region",
    recordId: regionId,
    ip: actor.ip,
    outcome: "success",
  });

/** Refuses a name in use and municipalities that are unknown or already in another region. */
async function checkRegion(
  tx: Queryable,
  regionId: string | null,
  body: { name?: string | undefined; municipalityIds?: readonly string[] | undefined },
) {
  if (body.name !== undefined && (await statsDb.regionNameTaken(tx, body.name, regionId)))
    throw new AppError(409, "name_taken", "body.name: already in use", {
      issues: [{ path: "body.name", message: "already in use" }],
    });
  if (!body.municipalityIds) return;
  const known = new Set(
    (
      await tx.query<{ id: string }>("select id from municipalities where id = any($1::uuid[])", [
        body.municipalityIds,
      ])
    ).map((r) => r.id),
  );
  if (body.municipalityIds.some((m) => !known.has(m)))
    throw invalid("body.municipalityIds", "no such municipality");
  if ((await statsDb.municipalitiesInOtherRegions(tx, body.municipalityIds, regionId)).length > 0)
    throw invalid(
      "body.municipalityIds",
      "a municipality belongs to another region already (regions may not overlap)",
    );
}

/** Regions and their municipalities (issue 17), drawn by the system admin. */
export function registerRegionRoutes(app: FastifyInstance, s: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/v1/regions",
    { schema: { tags: ["stats"], response: { 200: admin.Paged(stats.Region), ...errors } } },
    async (req) => {
      statsPolicy.manageRegions(actorOf(req));
      return { items: await withSystem(s.db, (tx) => statsDb.listRegions(tx)) };
    },
  );

  r.post(
    "/api/v1/regions",
    {
      schema: {
        tags: ["stats"],
        body: stats.RegionCreate,
        response: { 201: stats.Region, 409: admin.ApiError, ...errors },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      statsPolicy.manageRegions(actor);
      const region = await withSystem(s.db, async (tx) => {
        await checkRegion(tx, null, req.body);
        const id = randomUUID();
        await statsDb.insertRegion(tx, { id, name: req.body.name });
        await statsDb.setRegionMunicipalities(tx, id, req.body.municipalityIds);
        await auditRegion(tx, actor, "regions.create", id);
        return statsDb.getRegion(tx, id);
      });
      return reply.code(201).send(region as stats.Region);
    },
  );

  r.patch(
    "/api/v1/regions/:id",
    {
      schema: {
        tags: ["stats"],
        params: z.strictObject({ id: admin.uuid }),
        body: stats.RegionUpdate,
        response: { 200: stats.Region, 409: admin.ApiError, ...errors },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      statsPolicy.manageRegions(actor);
      const { version, ...patch } = req.body;
      return withSystem(s.db, async (tx) => {
        const current = await statsDb.getRegion(tx, req.params.id);
        if (!current) throw notFound("region");
        await checkRegion(tx, current.id, patch);
        if (!(await statsDb.updateRegion(tx, current.id, version, patch.name))) throw conflict(current);
        if (patch.municipalityIds)
          await statsDb.setRegionMunicipalities(tx, current.id, patch.municipalityIds);
        await auditRegion(tx, actor, "regions.update", current.id);
        return (await statsDb.getRegion(tx, current.id)) as stats.Region;
      });
    },
  );
}

/**
 * The region a user is to have: required for a regional analyst, refused for every other role.
 * `path` names the field in a refusal.
 */
export function regionForRole(
  role: admin.Role,
  regionId: string | null | undefined,
  path: string,
): string | null {
  if (role !== "regional_analyst") {
    if (regionId) throw invalid(path, "only a regional analyst has a region");
    return null;
  }
  if (!regionId) throw invalid(path, "a regional analyst needs a region");
  return regionId;
}

/** Refuses a region that does not exist (read in system context, before the user's own transaction). */
export async function requireRegion(s: Services, regionId: string | undefined, path: string): Promise<void> {
  if (regionId && !(await withSystem(s.db, (tx) => statsDb.getRegion(tx, regionId))))
    throw invalid(path, "no such region");
}
