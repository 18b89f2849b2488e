import { statsDb, withSystem } from "@ariadne/db";
import { admin, stats } from "@ariadne/domain";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { actorOf } from "../auth/session-hook.ts";
import { notFound } from "../http/errors.ts";
import type { Services } from "../services.ts";
import { statsPolicy } from "./policy.ts";
import { readControlledAcross } from "./regional-read.ts";

const errors = { 400: admin.ApiError, 401: admin.ApiError, 403: admin.ApiError, 404: admin.ApiError };

/** The regional analyst's roll-up (issue 17): the region's cases under disclosure control, nothing else. */
export function registerRegionalStatsRoutes(app: FastifyInstance, s: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/api/v1/stats/regional",
    {
      schema: {
        tags: ["stats"],
        description:
          "Cases of the regional analyst's region per year, form of exploitation and municipality, under disclosure control.",
        querystring: stats.RegionalQuery,
        response: { 200: stats.RegionalStats, ...errors },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      statsPolicy.readRegion(actor);
      // The scope is the user's region as it is now, read afresh: a changed region applies at once.
      const region = await withSystem(s.db, (tx) => statsDb.regionOfUser(tx, actor.userId));
      if (!region) throw notFound("region");
      const dashboard = await readControlledAcross(
        s,
        actor,
        region.municipalities.map((m) => m.id),
        "stats.regional",
        (tx, m) => statsDb.countCases(tx, m),
        (counts, k, base) =>
          stats.regionalDashboard(
            region.municipalities.map((m, i) => ({ name: m.name, counts: counts[i] ?? [] })),
            req.query,
            k,
            base,
          ),
      );
      return { region: { id: region.id, name: region.name }, dashboard };
    },
  );
}
