import { referral } from "@ariadne/domain";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { targetMunicipality } from "../auth/actor.ts";
import { actorOf } from "../auth/session-hook.ts";
import type { Services } from "../services.ts";
import { servicePolicy } from "./policy.ts";
import { errors, loadDirectory, present, ServiceView, scope } from "./services-routes.ts";

// Reasons carry a code and its figures (km, languages, places); the UI words them per locale.
const Reason = z.looseObject({ code: z.string() });
const MatchResponse = z.object({
  asOf: z.string(),
  ranked: z.array(
    z.object({
      service: ServiceView,
      score: z.number(),
      distanceKm: z.number().nullable(),
      reasons: z.array(Reason),
    }),
  ),
  excluded: z.array(z.object({ service: ServiceView, reasons: z.array(Reason) })),
});

export function registerMatchingRoutes(app: FastifyInstance, s: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    "/api/v1/services/match",
    {
      schema: {
        tags: ["referral"],
        description: "Ranks the directory's services for a person's needs and profile, with reasons.",
        querystring: scope,
        body: referral.MatchRequest,
        response: { 200: MatchResponse, ...errors },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      servicePolicy.match(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      // The audit names the search, never the profile: age, gender and languages stay out of it.
      const directory = await loadDirectory(s, actor, m, "services.match");
      const asOf = new Date();
      const ranking = referral.rankServices(req.body.needs, req.body.profile, directory, asOf);
      return {
        asOf: asOf.toISOString(),
        ranked: ranking.ranked.map((x) => ({ ...x, service: present(actor, x.service) })),
        excluded: ranking.excluded.map((x) => ({ ...x, service: present(actor, x.service) })),
      };
    },
  );
}
