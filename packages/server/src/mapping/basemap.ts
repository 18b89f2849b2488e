import { admin, mapping } from "@ariadne/domain";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { actorOf } from "../auth/session-hook.ts";
import type { Services } from "../services.ts";
import { mappingPolicy } from "./policy.ts";

/**
 * How the web app draws the map's background: the configured tile server (`ARIADNE_TILE_URL`),
 * or null for the offline basemap shipped with the app. Configuration, not records: not audited.
 */
export function registerBasemapRoutes(app: FastifyInstance, s: Services) {
  app.withTypeProvider<ZodTypeProvider>().get(
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
}
