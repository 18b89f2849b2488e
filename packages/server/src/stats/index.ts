import type { FastifyInstance } from "fastify";
import type { Services } from "../services.ts";
import { registerStatsRoutes } from "./routes.ts";

/** Statistics (issue 17): dashboards, exports and reports under disclosure control. */
export function registerStatsModule(app: FastifyInstance, s: Services) {
  registerStatsRoutes(app, s);
}
