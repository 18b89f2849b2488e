import { admin, i18n, screening } from "@ariadne/domain";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { requirePermission } from "../auth/actor.ts";
import { actorOf } from "../auth/session-hook.ts";
import type { Services } from "../services.ts";

const errors = { 400: admin.ApiError, 401: admin.ApiError, 403: admin.ApiError };
const CatalogueQuery = z.strictObject({
  lang: z.enum(i18n.localeIds).default("en"),
  version: z.enum(screening.catalogueVersions).default("catalogue-v1"),
});

/**
 * Screening is stateless here: the same engine runs in the browser for the live result, and the
 * server answers for integrations and the CLI. Nothing about a person is stored, so nothing is audited.
 */
export function registerScreeningRoutes(app: FastifyInstance, _s: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    "/api/v1/screenings/evaluate",
    {
      schema: {
        tags: ["screening"],
        body: screening.ScreeningInput,
        response: { 200: screening.ScreeningResult, ...errors },
      },
    },
    async (req) => {
      requirePermission(actorOf(req), "screenings:run");
      return screening.evaluateScreening(req.body);
    },
  );

  r.post(
    "/api/v1/screenings/evaluate-group",
    {
      schema: {
        tags: ["screening"],
        body: screening.GroupScreeningInput,
        response: { 200: screening.GroupScreeningResult, ...errors },
      },
    },
    async (req) => {
      requirePermission(actorOf(req), "screenings:run");
      return { people: screening.evaluateGroupScreening(req.body) };
    },
  );

  r.get(
    "/api/v1/screening/indicators",
    {
      schema: {
        tags: ["screening"],
        querystring: CatalogueQuery,
        response: { 200: z.unknown(), 401: admin.ApiError },
      },
    },
    async (req) => {
      actorOf(req);
      await i18n.loadLocale(req.query.lang);
      return screening.renderCatalogue(req.query.lang, screening.catalogues[req.query.version]);
    },
  );
}
