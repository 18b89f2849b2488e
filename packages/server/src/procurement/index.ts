import type { FastifyInstance } from "fastify";
import type { Services } from "../services.ts";
import { registerContractRoutes } from "./contracts-routes.ts";
import { registerProcurementExports } from "./export-routes.ts";
import { registerFollowUpRoutes } from "./follow-up-routes.ts";
import { registerReferenceRoutes } from "./reference-routes.ts";
import { registerSupplierRoutes } from "./supplier-routes.ts";

/** Procurement (issue 16): contracts register, risk screen, clauses and their export, supplier follow-up, reports. */
export function registerProcurementRoutes(app: FastifyInstance, s: Services) {
  registerContractRoutes(app, s);
  registerReferenceRoutes(app);
  registerFollowUpRoutes(app, s);
  registerSupplierRoutes(app, s);
  registerProcurementExports(app, s);
}
