import { mappingDb } from "@ariadne/db";
import { admin, mapping } from "@ariadne/domain";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { auditedRead } from "../admin/audited.ts";
import { targetMunicipality } from "../auth/actor.ts";
import { actorOf } from "../auth/session-hook.ts";
import type { Services } from "../services.ts";
import { regionCut } from "./basemap-region.ts";
import { mappingPolicy } from "./policy.ts";
import { errors, scope } from "./shared.ts";

/**
 * How the web app draws the map's background: the configured tile server (`ARIADNE_TILE_URL`),
 * or null for the offline basemap shipped with the app. Configuration, not records: not audited.
 * The offline basemap's detail for the municipality's region comes cut from data on the server.
 */
export function registerBasemapRoutes(app: FastifyInstance, s: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/api/v1/mapping/basemap",
    {
      schema: {
        tags: ["mapping"],
        response: { 200: mapping.BasemapSettings, 401: admin.ApiError, 403: admin.ApiError },
      },
    },
    async (req) => {
      mappingPolicy.read(actorOf(req));
      return { tileUrl: s.config.tileUrl ?? null };
    },
  );

  r.get(
    "/api/v1/mapping/basemap/region",
    {
      schema: {
        tags: ["mapping"],
        querystring: scope,
        response: { 200: mapping.BasemapRegion, ...errors },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      mappingPolicy.read(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      // The region: around the boundary, or else around the places mapped so far.
      const box = await auditedRead(s, actor, m, "mapping.basemap.region", async (tx) => {
        const boundary = (await mappingDb.getBoundary(tx, m)).boundary;
        const positions = boundary
          ? boundary.type === "Polygon"
            ? boundary.coordinates.flat()
            : boundary.coordinates.flat(2)
          : [
              ...(await mappingDb.listMappingEntries(tx, m, { kind: "location" })),
              ...(await mappingDb.listMappingEntries(tx, m, { kind: "outreach" })),
            ].flatMap((e) => placePositions(e.details));
        return {
          result: mapping.boxOfPositions(positions),
          recordType: "municipality_boundary",
          recordId: m,
        };
      });
      if (!box) return { region: null };
      const cut = await regionCut(mapping.regionAround(box));
      // Sent as made and cached, gzipped when the browser takes it (most do). Fastify sends text and
      // bytes as they are; the cast only tells the type provider that they hold the schema's JSON,
      // which `cutRegion` serialised from a typed `BasemapRegion`.
      reply.type("application/json; charset=utf-8").header("vary", "accept-encoding");
      const gzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
      if (gzip) reply.header("content-encoding", "gzip");
      return reply.send((gzip ? cut.gzip : cut.json) as unknown as mapping.BasemapRegion);
    },
  );
}

function placePositions(details: mapping.MappingEntry["details"]): number[][] {
  if (!("geometry" in details) || !details.geometry) return [];
  const g = details.geometry;
  return g.type === "Point" ? [g.coordinates] : g.coordinates.flat();
}
