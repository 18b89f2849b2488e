import { randomUUID } from "node:crypto";
import { adminDb } from "@ariadne/db";
import { admin } from "@ariadne/domain";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { targetMunicipality } from "../auth/actor.ts";
import { actorOf } from "../auth/session-hook.ts";
import { conflict, notFound } from "../http/errors.ts";
import type { Services } from "../services.ts";
import { auditedInTenant, auditedRead } from "./audited.ts";
import { adminPolicy } from "./policy.ts";

const scope = z.strictObject({ municipalityId: admin.uuid.optional() });
const idParam = z.strictObject({ id: admin.uuid });
const errors = { 400: admin.ApiError, 401: admin.ApiError, 403: admin.ApiError, 404: admin.ApiError };

export function registerOrganisationRoutes(app: FastifyInstance, s: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/v1/organisations",
    {
      schema: {
        tags: ["admin"],
        querystring: scope,
        response: { 200: admin.Paged(admin.Organisation), ...errors },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      adminPolicy.listOrganisations(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      return {
        items: await auditedRead(s, actor, m, "organisations.list", async (tx) => ({
          result: await adminDb.listOrganisations(tx, m),
          recordType: "organisation",
          recordId: null,
        })),
      };
    },
  );

  r.get(
    "/api/v1/organisations/:id",
    {
      schema: {
        tags: ["admin"],
        params: idParam,
        querystring: scope,
        response: { 200: admin.Organisation, ...errors },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      adminPolicy.listOrganisations(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      return auditedRead(s, actor, m, "organisations.read", async (tx) => {
        const org = await adminDb.getOrganisation(tx, m, req.params.id);
        if (!org) throw notFound("organisation");
        return { result: org, recordType: "organisation", recordId: org.id };
      });
    },
  );

  r.post(
    "/api/v1/organisations",
    {
      schema: {
        tags: ["admin"],
        querystring: scope,
        body: admin.OrganisationCreate,
        response: { 201: admin.Organisation, ...errors },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      adminPolicy.manageOrganisations(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      const org = await auditedInTenant(s, actor, m, "organisations.create", async (tx) => {
        const created = await adminDb.insertOrganisation(tx, {
          id: randomUUID(),
          municipalityId: m,
          ...req.body,
        });
        return { result: created, recordType: "organisation", recordId: created.id };
      });
      return reply.code(201).send(org);
    },
  );

  r.patch(
    "/api/v1/organisations/:id",
    {
      schema: {
        tags: ["admin"],
        params: idParam,
        querystring: scope,
        body: admin.OrganisationUpdate,
        response: { 200: admin.Organisation, 409: admin.ApiError, ...errors },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      adminPolicy.manageOrganisations(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      const { version, ...patch } = req.body;
      return auditedInTenant(s, actor, m, "organisations.update", async (tx) => {
        const current = await adminDb.getOrganisation(tx, m, req.params.id);
        if (!current) throw notFound("organisation");
        const updated = await adminDb.updateOrganisation(tx, m, req.params.id, version, patch);
        if (!updated) throw conflict(current);
        return {
          result: updated,
          recordType: "organisation",
          recordId: updated.id,
          details: { fields: Object.keys(patch).sort().join(",") },
        };
      });
    },
  );
}
