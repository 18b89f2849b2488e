import type { FastifyInstance } from "fastify";
import type { Services } from "../services.ts";
import { registerCampaignMaterialRoutes } from "./campaign-materials.ts";
import { registerCampaignRoutes } from "./campaigns.ts";
import { registerCaseSourceConcernRoutes } from "./case-source-concern.ts";
import { registerConcernFollowUpRoutes } from "./concern-follow-ups.ts";
import { registerConcernHandOffRoutes } from "./concern-hand-offs.ts";
import { registerConcernRoutes } from "./concerns.ts";
import { registerHelpMaterialRoutes } from "./help-materials.ts";
import { registerPublicHelpRoutes } from "./public-routes.ts";
import { registerVisitRoutes } from "./visits.ts";

export { liveOutreachVisits, outreachVisitEntries, revealVisit } from "./visits.ts";

/** Prevention (issue 15): outreach visits, awareness campaigns, the public page, reports of concern. */
export function registerPreventionRoutes(app: FastifyInstance, s: Services) {
  registerVisitRoutes(app, s);
  registerPublicHelpRoutes(app, s);
  registerConcernRoutes(app, s);
  registerConcernFollowUpRoutes(app, s);
  registerConcernHandOffRoutes(app, s);
  registerCaseSourceConcernRoutes(app, s);
  registerCampaignRoutes(app, s);
  registerCampaignMaterialRoutes(app, s);
  registerHelpMaterialRoutes(app, s);
}
