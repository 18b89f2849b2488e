import { referralDb } from "@ariadne/db";
import { referral } from "@ariadne/domain";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { auditedRead } from "../admin/audited.ts";
import { targetMunicipality } from "../auth/actor.ts";
import { actorOf } from "../auth/session-hook.ts";
import type { Services } from "../services.ts";
import { servicePolicy } from "./policy.ts";
import { errors, present, ServiceView, scope } from "./services-routes.ts";

// Reasons carry a code and its figures (km, languages, places); the UI words them per locale.
const Reason = z.looseObject({ code: z.string() });
const MatchBody = referral.MatchRequest.extend({
  /** How many of each list to return, best first; the totals say how many there were. */
  limit: z.int().min(1).max(200).default(25),
});
const MatchResponse = z.object({
  asOf: z.string(),
  totalRanked: z.int(),
  totalExcluded: z.int(),
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
        body: MatchBody,
        response: { 200: MatchResponse, ...errors },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      servicePolicy.match(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      const { needs, profile, limit } = req.body;
      const asOf = new Date();
      // The audit names the search, never the profile: age, gender and languages stay out of it.
      const out = await auditedRead(s, actor, m, "services.match", async (tx) => {
        const candidates = await referralDb.listMatchableServices(tx, m, needs.types);
        const ranking = referral.rankServices(needs, profile, candidates, asOf);
        const ranked = ranking.ranked.slice(0, limit);
        const excluded = ranking.excluded.slice(0, limit);
        const full = await referralDb.listServicesByIds(tx, m, [
          ...ranked.map((x) => x.service.id),
          ...excluded.map((x) => x.service.id),
        ]);
        const byId = new Map(full.map((x) => [x.id, present(actor, x)]));
        return {
          result: {
            totalRanked: ranking.ranked.length,
            totalExcluded: ranking.excluded.length,
            ranked: ranked.map((x) => ({ ...x, service: byId.get(x.service.id)! })),
            excluded: excluded.map((x) => ({ ...x, service: byId.get(x.service.id)! })),
          },
          recordType: "service",
          recordId: null,
          details: { types: needs.types.length, ranked: ranking.ranked.length },
        };
      });
      return { asOf: asOf.toISOString(), ...out };
    },
  );
}
