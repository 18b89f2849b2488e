import { admin, referral } from "@ariadne/domain";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { targetMunicipality } from "../auth/actor.ts";
import { actorOf } from "../auth/session-hook.ts";
import type { Services } from "../services.ts";
import { servicePolicy } from "./policy.ts";
import { errors, loadDirectory } from "./services-routes.ts";

/** Comma-separated lists in the query string: `?languages=fi,ru&groups=women`. */
const csvList = z
  .string()
  .max(1000)
  .transform((v) =>
    v
      .split(",")
      .map((x) => x.trim())
      .filter(Boolean),
  );

const GapsQuery = z.strictObject({
  municipalityId: admin.uuid.optional(),
  types: csvList
    .pipe(z.array(referral.ServiceTypeSchema).min(1).max(referral.serviceTypes.length))
    .optional(),
  groups: csvList
    .pipe(z.array(referral.ServiceGroupSchema).min(1).max(referral.serviceGroups.length))
    .optional(),
  languages: csvList.pipe(z.array(referral.LanguageCode).min(1).max(40)).optional(),
});

const GapsResponse = z.object({
  checked: z.int(),
  languages: z.array(z.string()),
  gaps: z.array(
    z.object({
      type: referral.ServiceTypeSchema,
      group: referral.ServiceGroupSchema,
      language: z.string(),
      servedInOtherLanguages: z.int(),
    }),
  ),
});

export function registerGapRoutes(app: FastifyInstance, s: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/v1/services/gaps",
    {
      schema: {
        tags: ["referral"],
        description: "Needs (service type × group × language) that no active service of the area meets.",
        querystring: GapsQuery,
        response: { 200: GapsResponse, ...errors },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      servicePolicy.read(actor);
      const { municipalityId, ...query } = req.query;
      const m = targetMunicipality(actor, municipalityId);
      const directory = await loadDirectory(s, actor, m, "services.gaps");
      const parsed = referral.GapQuery.parse(query);
      return { ...referral.findGaps(directory, parsed), languages: parsed.languages };
    },
  );
}
