import type { FastifyInstance } from "fastify";
import type { Services } from "../services.ts";
import { registerReferralWorkRoutes } from "./referrals-routes.ts";
import { registerSchemeRoutes } from "./scheme.ts";

/** The scheme of assistance and referrals between organisations (issue 5, items 3 and 5). */
export function registerSchemeAndReferralRoutes(app: FastifyInstance, s: Services) {
  registerSchemeRoutes(app, s);
  registerReferralWorkRoutes(app, s);
}
