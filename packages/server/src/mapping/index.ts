import type { FastifyInstance } from "fastify";
import type { Services } from "../services.ts";
import { registerBasemapRoutes } from "./basemap.ts";
import { registerBoundaryRoutes } from "./boundary.ts";
import { registerMappingEntryRoutes } from "./entries.ts";
import { registerPriorityRoutes } from "./priorities.ts";

export { createMappingEntry } from "./entries.ts";
export { mappingPolicy } from "./policy.ts";

/** The local situation map (issue 6): boundary, mapping entries, priorities. */
export function registerMappingRoutes(app: FastifyInstance, s: Services) {
  registerBasemapRoutes(app, s);
  registerBoundaryRoutes(app, s);
  registerMappingEntryRoutes(app, s);
  registerPriorityRoutes(app, s);
}
