import type { FastifyInstance } from "fastify";
import type { Services } from "../services.ts";
import { registerGapRoutes } from "./gaps-routes.ts";
import { registerMatchingRoutes } from "./matching-routes.ts";
import { registerSchemeAndReferralRoutes } from "./referral-routes.ts";
import { registerServiceRoutes } from "./services-routes.ts";

/** Services and referrals (issue 5): directory, matching, gaps; scheme and referrals add theirs. */
export function registerReferralRoutes(app: FastifyInstance, s: Services) {
  registerServiceRoutes(app, s);
  registerMatchingRoutes(app, s);
  registerGapRoutes(app, s);
  registerSchemeAndReferralRoutes(app, s);
}
