import { randomUUID } from "node:crypto";
import { preventionDb } from "@ariadne/db";
import { admin, prevention } from "@ariadne/domain";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { auditedInTenant, auditedRead } from "../admin/audited.ts";
import { targetMunicipality } from "../auth/actor.ts";
import { actorOf } from "../auth/session-hook.ts";
import { conflict, invalid, notFound } from "../http/errors.ts";
import { errors, idParam, scope } from "../mapping/shared.ts";
import type { Services } from "../services.ts";
import { preventionPolicy } from "./policy.ts";

const present = (row: preventionDb.CampaignRow): prevention.Campaign => ({
  ...row.fields,
  id: row.id,
  municipalityId: row.municipalityId,
  reachAchieved: prevention.reachAchieved(row.fields),
  version: row.version,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

/** Awareness campaigns (issue 15, point 2): the coordinator plans them and records their reach. */
export function registerCampaignRoutes(app: FastifyInstance, s: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/v1/campaigns",
    {
      schema: {
        tags: ["prevention"],
        querystring: scope,
        response: { 200: z.object({ items: z.array(prevention.Campaign) }), ...errors },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      preventionPolicy.manage(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      const rows = await auditedRead(s, actor, m, "campaigns.list", async (tx) => ({
        result: await preventionDb.listCampaigns(tx, m),
        recordType: "campaign",
        recordId: null,
      }));
      return { items: rows.map(present) };
    },
  );

  r.post(
    "/api/v1/campaigns",
    {
      schema: {
        tags: ["prevention"],
        querystring: scope,
        body: prevention.CampaignFields,
        response: { 201: prevention.Campaign, ...errors },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      preventionPolicy.manage(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      const row = await auditedInTenant(s, actor, m, "campaigns.create", async (tx) => {
        const created = await preventionDb.insertCampaign(tx, {
          id: randomUUID(),
          municipalityId: m,
          createdBy: actor.userId,
          fields: req.body,
        });
        return { result: created, recordType: "campaign", recordId: created.id };
      });
      return reply.code(201).send(present(row));
    },
  );

  r.patch(
    "/api/v1/campaigns/:id",
    {
      schema: {
        tags: ["prevention"],
        params: idParam,
        querystring: scope,
        body: prevention.CampaignUpdate,
        response: { 200: prevention.Campaign, 409: admin.ApiError, ...errors },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      preventionPolicy.manage(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      const { version, ...patch } = req.body;
      const row = await auditedInTenant(s, actor, m, "campaigns.update", async (tx) => {
        const current = await preventionDb.getCampaign(tx, m, req.params.id);
        if (!current) throw notFound("campaign");
        if (current.version !== version) throw conflict(present(current));
        const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
        const next = prevention.CampaignFields.safeParse({ ...current.fields, ...defined });
        if (!next.success) {
          const issue = next.error.issues[0]!;
          throw invalid(`body.${issue.path.join(".")}`, issue.message);
        }
        const saved = await preventionDb.updateCampaign(tx, m, current.id, version, next.data);
        if (!saved) throw conflict(present(current));
        return {
          result: saved,
          recordType: "campaign",
          recordId: saved.id,
          details: { fields: Object.keys(defined).sort().join(",") },
        };
      });
      return present(row);
    },
  );
}
