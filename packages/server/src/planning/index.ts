import type { FastifyInstance } from "fastify";
import type { Services } from "../services.ts";
import { registerActionPlanRoutes } from "./action-plan.ts";
import { registerActionPlanExport } from "./action-plan-pdf.ts";
import { registerPartnershipRoutes } from "./partnerships.ts";
import { registerSelfAssessmentRoutes } from "./self-assessments.ts";

/** Planning (issue 6): action plan and its PDF, self-assessment, partnership register. */
export function registerPlanningRoutes(app: FastifyInstance, s: Services) {
  registerActionPlanExport(app, s);
  registerActionPlanRoutes(app, s);
  registerSelfAssessmentRoutes(app, s);
  registerPartnershipRoutes(app, s);
}
