import { referralDb } from "@ariadne/db";
import { admin, common, referral } from "@ariadne/domain";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { auditedInTenant, auditedRead } from "../admin/audited.ts";
import { type Actor, targetMunicipality } from "../auth/actor.ts";
import { actorOf } from "../auth/session-hook.ts";
import { notFound } from "../http/errors.ts";
import type { Services } from "../services.ts";
import { directoryAbilities, serviceAbilities, servicePolicy } from "./policy.ts";
import { changeService, createService, importServices, maxImportRows } from "./services-commands.ts";

export const errors = { 400: admin.ApiError, 401: admin.ApiError, 403: admin.ApiError, 404: admin.ApiError };
export const scope = z.strictObject({ municipalityId: admin.uuid.optional() });
const idParam = z.strictObject({ id: admin.uuid });

const ServiceAbilities = z.object({
  update: z.boolean(),
  updateAvailability: z.boolean(),
  archive: z.boolean(),
});
export const ServiceView = referral.Service.extend({ abilities: ServiceAbilities });
const DirectoryAbilities = z.object({ manage: z.boolean(), match: z.boolean() });

export const present = (a: Actor, s: referral.Service) => ({ ...s, abilities: serviceAbilities(a, s) });

const ListQuery = referral.ServiceFilter.extend({ municipalityId: admin.uuid.optional() });

const CsvRowError = z.object({ line: z.int(), column: z.string().nullable(), reason: z.string() });
const ImportRefused = z.object({
  error: admin.ApiError.shape.error.extend({ rows: z.array(CsvRowError).optional() }),
});
const ImportBody = z.strictObject({ csv: common.multiLineText(900_000).min(1) });
const ImportReport = z.object({
  created: z.int(),
  updated: z.int(),
  rows: z.array(z.object({ line: z.int(), id: z.uuid(), action: z.enum(["created", "updated"]) })),
});

/** Reads the directory of the actor's municipality, audited. */
export function loadDirectory(s: Services, actor: Actor, m: string, action: string, includeArchived = false) {
  return auditedInTenant(s, actor, m, action, async (tx) => ({
    result: await referralDb.listServices(tx, m, { includeArchived }),
    recordType: "service",
    recordId: null,
  }));
}

export function registerServiceRoutes(app: FastifyInstance, s: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  // A CSV import may be sent as the raw file; it arrives as the same body as JSON {csv}.
  app.addContentTypeParser("text/csv", { parseAs: "string" }, (_req, body, done) =>
    done(null, { csv: body }),
  );

  r.get(
    "/api/v1/services",
    {
      schema: {
        tags: ["referral"],
        querystring: ListQuery,
        response: {
          200: z.object({ items: z.array(ServiceView), abilities: DirectoryAbilities }),
          ...errors,
        },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      servicePolicy.read(actor);
      const { municipalityId, ...filter } = req.query;
      const m = targetMunicipality(actor, municipalityId);
      const all = await loadDirectory(s, actor, m, "services.list", filter.includeArchived ?? false);
      return {
        items: referral.filterServices(all, filter).map((x) => present(actor, x)),
        abilities: directoryAbilities(actor),
      };
    },
  );

  r.get(
    "/api/v1/services/export",
    { schema: { tags: ["referral"], querystring: scope, response: { 200: z.string(), ...errors } } },
    async (req, reply) => {
      const actor = actorOf(req);
      servicePolicy.read(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      const all = await loadDirectory(s, actor, m, "services.export");
      return reply
        .type("text/csv; charset=utf-8")
        .header("content-disposition", 'attachment; filename="services.csv"')
        .send(referral.serialiseServiceCsv(all));
    },
  );

  r.post(
    "/api/v1/services/import",
    {
      schema: {
        tags: ["referral"],
        description: `CSV as text/csv or JSON {csv}; at most ${maxImportRows} rows; all or nothing.`,
        querystring: scope,
        body: ImportBody,
        response: { 200: ImportReport, ...errors, 400: ImportRefused },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      servicePolicy.manage(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      return importServices(s, actor, m, req.body.csv);
    },
  );

  r.get(
    "/api/v1/services/:id",
    {
      schema: {
        tags: ["referral"],
        params: idParam,
        querystring: scope,
        response: { 200: ServiceView, ...errors },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      servicePolicy.read(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      const found = await auditedRead(s, actor, m, "services.read", async (tx) => {
        const service = await referralDb.getService(tx, m, req.params.id);
        if (!service) throw notFound("service");
        return { result: service, recordType: "service", recordId: service.id };
      });
      return present(actor, found);
    },
  );

  r.post(
    "/api/v1/services",
    {
      schema: {
        tags: ["referral"],
        querystring: scope,
        body: referral.ServiceCreate,
        response: { 201: ServiceView, ...errors },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      servicePolicy.manage(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      const created = await createService(s, actor, m, req.body);
      return reply.code(201).send(present(actor, created));
    },
  );

  r.patch(
    "/api/v1/services/:id",
    {
      schema: {
        tags: ["referral"],
        params: idParam,
        querystring: scope,
        body: referral.ServicePatch,
        response: { 200: ServiceView, 409: admin.ApiError, ...errors },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      servicePolicy.read(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      return present(actor, await changeService(s, actor, m, req.params.id, req.body));
    },
  );

  r.delete(
    "/api/v1/services/:id",
    {
      schema: {
        tags: ["referral"],
        description: "Archives the service: it leaves the directory and matching, and stays in the record.",
        params: idParam,
        querystring: scope,
        body: z.strictObject({ version: z.int().min(1) }),
        response: { 200: ServiceView, 409: admin.ApiError, ...errors },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      servicePolicy.read(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      return present(actor, await changeService(s, actor, m, req.params.id, req.body, { archive: true }));
    },
  );
}
