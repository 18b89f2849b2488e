import { mappingDb } from "@ariadne/db";
import { admin, mapping } from "@ariadne/domain";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { auditedInTenant, auditedRead } from "../admin/audited.ts";
import { targetMunicipality } from "../auth/actor.ts";
import { actorOf } from "../auth/session-hook.ts";
import { conflict } from "../http/errors.ts";
import type { Services } from "../services.ts";
import { mappingPolicy } from "./policy.ts";
import { errors, scope } from "./shared.ts";

const SavedBoundary = mapping.MunicipalityBoundary.extend({
  /** Location entries whose places now fall outside the new boundary: review them. */
  locationsOutside: z.array(admin.uuid),
});

/** The municipality boundary, imported as GeoJSON; places on the map are checked against it. */
export function registerBoundaryRoutes(app: FastifyInstance, s: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/v1/mapping/boundary",
    {
      schema: {
        tags: ["mapping"],
        querystring: scope,
        response: { 200: mapping.MunicipalityBoundary, ...errors },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      mappingPolicy.read(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      return auditedRead(s, actor, m, "mapping.boundary.read", async (tx) => ({
        result: await mappingDb.getBoundary(tx, m),
        recordType: "municipality_boundary",
        recordId: m,
      }));
    },
  );

  r.put(
    "/api/v1/mapping/boundary",
    {
      schema: {
        tags: ["mapping"],
        querystring: scope,
        body: mapping.BoundaryUpdate,
        response: { 200: SavedBoundary, 409: admin.ApiError, ...errors },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      mappingPolicy.manage(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      return auditedInTenant(s, actor, m, "mapping.boundary.save", async (tx) => {
        const saved = await mappingDb.saveBoundary(tx, m, req.body.version, req.body.boundary, actor.userId);
        if (!saved) throw conflict(await mappingDb.getBoundary(tx, m));
        const locations = await mappingDb.listMappingEntries(tx, m, { kind: "location" });
        const locationsOutside = locations
          .filter(
            (e) =>
              e.details.kind === "location" &&
              e.details.geometry !== null &&
              mapping.positionsOutside(e.details.geometry, req.body.boundary).length > 0,
          )
          .map((e) => e.id);
        return {
          result: { ...saved, locationsOutside },
          recordType: "municipality_boundary",
          recordId: m,
          details: { version: saved.version, locationsOutside: locationsOutside.length },
        };
      });
    },
  );
}
