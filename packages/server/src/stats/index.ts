import type { FastifyInstance } from "fastify";
import type { Services } from "../services.ts";
import { registerRegionalStatsRoutes } from "./regional-routes.ts";
import { registerRegionRoutes } from "./regions.ts";
import { registerStatsRoutes } from "./routes.ts";

/** Statistics (issue 17): dashboards, exports and reports under disclosure control, and regional roll-ups. */
export function registerStatsModule(app: FastifyInstance, s: Services) {
  registerStatsRoutes(app, s);
  registerRegionalStatsRoutes(app, s);
  registerRegionRoutes(app, s);
}
