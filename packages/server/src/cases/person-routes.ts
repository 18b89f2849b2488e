import { cases, i18n } from "@ariadne/domain";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { actorOf } from "../auth/session-hook.ts";
import { documentLocale } from "../http/reader-locale.ts";
import type { Services } from "../services.ts";
import { recordInMunicipality } from "./access.ts";
import { renderPersonExportPdf } from "./export-pdf.ts";
import { anonymisePerson, exportPerson, rectifyPerson } from "./person-rights.ts";
import { casePolicy } from "./policy.ts";
import { readRetentionPolicy, runRetention, setRetentionPolicy } from "./retention-job.ts";
import { caseErrors, idParam } from "./route-schemas.ts";

/** The person's rights (GDPR) and the municipality's retention policy. */
export function registerPersonRoutes(app: FastifyInstance, s: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const preValidation = recordInMunicipality(s, "person");
  const tags = ["cases"];

  r.get(
    "/api/v1/persons/:id/export",
    {
      preValidation,
      schema: {
        tags,
        params: idParam,
        querystring: z.strictObject({
          format: z.enum(["json", "pdf"]).default("json"),
          lang: z.enum(i18n.localeIds).optional(),
        }),
        response: { 200: z.unknown(), ...caseErrors },
      },
    },
    async (req, reply) => {
      const exported = await exportPerson(s, actorOf(req), req.params.id, req.query.format);
      reply.header("cache-control", "no-store").header("x-content-type-options", "nosniff");
      if (req.query.format === "pdf") {
        // The person's own languages first (the export is theirs), else the reader's stored language.
        const lang = await documentLocale(
          s.db,
          actorOf(req).userId,
          req.query.lang,
          ...exported.person.languages,
        );
        return reply
          .header("content-type", "application/pdf")
          .header("content-language", lang)
          .header("content-disposition", `attachment; filename="person-${req.params.id}.pdf"`)
          .send(await renderPersonExportPdf(exported, lang));
      }
      return reply
        .header("content-disposition", `attachment; filename="person-${req.params.id}.json"`)
        .send(exported);
    },
  );
  r.patch(
    "/api/v1/persons/:id",
    {
      preValidation,
      schema: {
        tags,
        params: idParam,
        body: cases.PersonUpdate,
        response: { 200: cases.Person, ...caseErrors },
      },
    },
    async (req) => rectifyPerson(s, actorOf(req), req.params.id, req.body),
  );
  r.post(
    "/api/v1/persons/:id/anonymise",
    {
      preValidation,
      schema: {
        tags,
        params: idParam,
        body: cases.AnonymiseRequest,
        response: { 200: cases.CaseDetail, ...caseErrors },
      },
    },
    async (req) => anonymisePerson(s, actorOf(req), req.params.id, req.body.version),
  );

  r.get(
    "/api/v1/retention-policy",
    { schema: { tags, response: { 200: cases.RetentionPolicySchema, ...caseErrors } } },
    async (req) => readRetentionPolicy(s, actorOf(req)),
  );
  r.put(
    "/api/v1/retention-policy",
    {
      schema: {
        tags,
        body: cases.RetentionPolicyUpdate,
        response: { 200: cases.RetentionPolicySchema, ...caseErrors },
      },
    },
    async (req) => setRetentionPolicy(s, actorOf(req), req.body.monthsAfterClosure, req.body.version),
  );
  r.post(
    "/api/v1/retention-runs",
    {
      schema: {
        tags,
        body: cases.RetentionRunRequest,
        response: { 200: cases.RetentionReport, ...caseErrors },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      casePolicy.runRetention(actor);
      return runRetention(s.db, s.keyring, actor.municipalityId!, {
        dryRun: req.body.dryRun,
        ...(req.body.asOf ? { asOf: req.body.asOf } : {}),
        actor,
      });
    },
  );
}
