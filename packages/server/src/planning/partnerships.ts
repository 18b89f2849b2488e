import { randomUUID } from "node:crypto";
import { planningDb } from "@ariadne/db";
import { admin, planning } from "@ariadne/domain";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { auditedInTenant } from "../admin/audited.ts";
import { targetMunicipality } from "../auth/actor.ts";
import { actorOf } from "../auth/session-hook.ts";
import type { FieldCipher } from "../crypto/index.ts";
import { conflict, invalid, notFound } from "../http/errors.ts";
import { Abilities, errors, idParam } from "../mapping/shared.ts";
import type { Services } from "../services.ts";
import { planningPolicy } from "./policy.ts";
import { checkOrganisations } from "./references.ts";

// Contact points are personal data: the whole entry is one ciphertext bound to this field.
const field = "partnerships.details";

const ListQuery = z.strictObject({
  municipalityId: admin.uuid.optional(),
  includeArchived: z.enum(["true", "false"]).optional(),
});
const Scope = z.strictObject({ municipalityId: admin.uuid.optional() });

const reveal = (cipher: FieldCipher, row: planningDb.PartnershipRow): planning.Partnership => ({
  id: row.id,
  municipalityId: row.municipalityId,
  details: planning.PartnershipDetails.parse(JSON.parse(cipher.decrypt(field, row.detailsEnc))),
  archived: row.archived,
  version: row.version,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

const organisationOf = (d: planning.PartnershipDetails) => (d.kind === "member" ? d.organisationId : null);
const checked = (d: planning.PartnershipDetails) =>
  planning.organisationsOf(d).map((o) => ({ path: `body.${o.path}`, id: o.id }));

/** The partnership register: members with contact points and agreements, meetings with decisions. */
export function registerPartnershipRoutes(app: FastifyInstance, s: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/v1/partnerships",
    {
      schema: {
        tags: ["planning"],
        querystring: ListQuery,
        response: {
          200: z.object({ items: z.array(planning.Partnership), abilities: Abilities }),
          ...errors,
        },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      planningPolicy.read(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      return auditedInTenant(s, actor, m, "partnerships.list", async (tx) => {
        const cipher = await s.keyring.cipherFor(tx, m);
        const rows = await planningDb.listPartnerships(tx, m, req.query.includeArchived === "true");
        return {
          result: {
            items: rows.map((row) => reveal(cipher, row)),
            abilities: planningPolicy.abilities(actor),
          },
          recordType: "partnership",
          recordId: null,
        };
      });
    },
  );

  r.get(
    "/api/v1/partnerships/:id",
    {
      schema: {
        tags: ["planning"],
        params: idParam,
        querystring: Scope,
        response: { 200: planning.Partnership, ...errors },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      planningPolicy.read(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      return auditedInTenant(s, actor, m, "partnerships.read", async (tx) => {
        const row = await planningDb.getPartnership(tx, m, req.params.id);
        if (!row) throw notFound("partnership entry");
        return {
          result: reveal(await s.keyring.cipherFor(tx, m), row),
          recordType: "partnership",
          recordId: row.id,
        };
      });
    },
  );

  r.post(
    "/api/v1/partnerships",
    {
      schema: {
        tags: ["planning"],
        querystring: Scope,
        body: planning.PartnershipCreate,
        response: { 201: planning.Partnership, ...errors },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      planningPolicy.manage(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      const { details } = req.body;
      const created = await auditedInTenant(s, actor, m, "partnerships.create", async (tx) => {
        await checkOrganisations(tx, m, checked(details));
        const cipher = await s.keyring.cipherFor(tx, m);
        const row = await planningDb.insertPartnership(tx, {
          id: randomUUID(),
          municipalityId: m,
          kind: details.kind,
          organisationId: organisationOf(details),
          detailsEnc: cipher.encrypt(field, JSON.stringify(details)),
          createdBy: actor.userId,
        });
        return {
          result: reveal(cipher, row),
          recordType: "partnership",
          recordId: row.id,
          details: { kind: row.kind },
        };
      });
      return reply.code(201).send(created);
    },
  );

  r.patch(
    "/api/v1/partnerships/:id",
    {
      schema: {
        tags: ["planning"],
        params: idParam,
        querystring: Scope,
        body: planning.PartnershipUpdate,
        response: { 200: planning.Partnership, 409: admin.ApiError, ...errors },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      planningPolicy.manage(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      const { version, ...patch } = req.body;
      return auditedInTenant(s, actor, m, "partnerships.update", async (tx) => {
        const row = await planningDb.getPartnership(tx, m, req.params.id);
        if (!row) throw notFound("partnership entry");
        const cipher = await s.keyring.cipherFor(tx, m);
        const current = reveal(cipher, row);
        if (patch.details && patch.details.kind !== current.details.kind) {
          throw invalid(
            "body.details.kind",
            `this entry is a ${current.details.kind}; its kind cannot change`,
          );
        }
        const details = patch.details ?? current.details;
        if (patch.details) await checkOrganisations(tx, m, checked(details));
        const updated = await planningDb.updatePartnership(tx, m, req.params.id, version, {
          kind: details.kind,
          organisationId: organisationOf(details),
          detailsEnc: cipher.encrypt(field, JSON.stringify(details)),
          archived: patch.archived ?? current.archived,
        });
        if (!updated) throw conflict(current);
        return {
          result: reveal(cipher, updated),
          recordType: "partnership",
          recordId: updated.id,
          details: { fields: Object.keys(patch).sort().join(",") },
        };
      });
    },
  );
}
