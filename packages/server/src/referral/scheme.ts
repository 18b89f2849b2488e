import { adminDb, referralDb } from "@ariadne/db";
import { admin, i18n, referral } from "@ariadne/domain";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { auditedInTenant, auditedRead } from "../admin/audited.ts";
import { type Actor, requirePermission, targetMunicipality } from "../auth/actor.ts";
import { actorOf } from "../auth/session-hook.ts";
import { conflict, invalid } from "../http/errors.ts";
import { documentLocale } from "../http/reader-locale.ts";
import type { Services } from "../services.ts";
import { renderSchemePdf } from "./scheme-pdf.ts";

/**
 * The scheme of assistance holds no personal data: every role of the municipality reads it (the
 * directory's permission), the coordinator edits it. Another municipality's: 404.
 */
export const schemePolicy = {
  read: (a: Actor) => requirePermission(a, "services:read"),
  edit: (a: Actor) => requirePermission(a, "services:manage"),
  abilities: (a: Actor) => ({ edit: admin.roleAllows(a.role, "services:manage") }),
};

/** The error answers of the scheme's and the referrals' routes. */
export const errors = {
  400: admin.ApiError,
  401: admin.ApiError,
  403: admin.ApiError,
  404: admin.ApiError,
  409: admin.ApiError,
};
const scope = z.strictObject({ municipalityId: admin.uuid.optional() });
const SchemeView = referral.Scheme.extend({ abilities: z.object({ edit: z.boolean() }) });
const PdfQuery = z.strictObject({
  municipalityId: admin.uuid.optional(),
  lang: z.enum(i18n.localeIds).optional(),
});

export function registerSchemeRoutes(app: FastifyInstance, s: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["referral"];

  r.get(
    "/api/v1/scheme-of-assistance",
    { schema: { tags, querystring: scope, response: { 200: SchemeView, ...errors } } },
    async (req) => {
      const actor = actorOf(req);
      schemePolicy.read(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      return auditedRead(s, actor, m, "scheme.read", async (tx) => ({
        result: { ...(await referralDb.getScheme(tx, m)), abilities: schemePolicy.abilities(actor) },
        recordType: "scheme_of_assistance",
        recordId: m,
      }));
    },
  );

  r.put(
    "/api/v1/scheme-of-assistance",
    {
      schema: {
        tags,
        querystring: scope,
        body: referral.SchemeUpdate,
        response: { 200: SchemeView, ...errors },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      schemePolicy.edit(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      return auditedInTenant(s, actor, m, "scheme.update", async (tx) => {
        const orgIds = new Set((await adminDb.listOrganisations(tx, m)).map((o) => o.id));
        req.body.steps.forEach((step, i) => {
          if (step.organisationId && !orgIds.has(step.organisationId))
            throw invalid(`body.steps.${i}.organisationId`, "no such organisation in the municipality");
        });
        const steps = referral.orderSchemeSteps(req.body.steps);
        if (!(await referralDb.replaceScheme(tx, m, steps, req.body.version, actor.userId))) {
          throw conflict(await referralDb.getScheme(tx, m));
        }
        return {
          result: { ...(await referralDb.getScheme(tx, m)), abilities: schemePolicy.abilities(actor) },
          recordType: "scheme_of_assistance",
          recordId: m,
          details: { stages: steps.length },
        };
      });
    },
  );

  r.get(
    "/api/v1/scheme-of-assistance.pdf",
    { schema: { tags, querystring: PdfQuery } },
    async (req, reply) => {
      const actor = actorOf(req);
      schemePolicy.read(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      const data = await auditedRead(s, actor, m, "scheme.export", async (tx) => ({
        result: {
          municipality: await adminDb.getMunicipality(tx, m),
          scheme: await referralDb.getScheme(tx, m),
          organisations: await adminDb.listOrganisations(tx, m),
        },
        recordType: "scheme_of_assistance",
        recordId: m,
        details: { format: "pdf" },
      }));
      const pdf = await renderSchemePdf({
        municipalityName: data.municipality?.name ?? "",
        steps: data.scheme.steps,
        organisations: data.organisations,
        language: await documentLocale(s.db, actor.userId, req.query.lang),
        createdAt: new Date(),
      });
      return reply
        .type("application/pdf")
        .header("content-disposition", 'inline; filename="scheme-of-assistance.pdf"')
        .send(pdf);
    },
  );
}
