import { randomUUID } from "node:crypto";
import { preventionDb, withTenant } from "@ariadne/db";
import { admin, cases, prevention } from "@ariadne/domain";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { auditedInTenant, auditedRead } from "../admin/audited.ts";
import { targetMunicipality } from "../auth/actor.ts";
import { actorOf } from "../auth/session-hook.ts";
import { sendAsDownload } from "../http/download.ts";
import { AppError, notFound } from "../http/errors.ts";
import { errors, idParam, scope } from "../mapping/shared.ts";
import type { Services } from "../services.ts";
import { preventionPolicy } from "./policy.ts";

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Too large a file: 413 naming the limit, so the coordinator knows what to send instead. */
const tooLarge = () =>
  new AppError(413, "too_large", `the file is larger than the limit of ${prevention.materialLimitText}`, {
    limitBytes: prevention.materialMaxBytes,
  });

/**
 * Runs before validation: a role without campaigns is refused, and a campaign outside the actor's
 * municipality answers 404 before the body or the file's id is looked at.
 */
function campaignInMunicipality(s: Services) {
  return async (req: FastifyRequest) => {
    const actor = actorOf(req);
    preventionPolicy.manage(actor);
    const id = (req.params as { id?: unknown }).id;
    if (typeof id !== "string" || !uuidPattern.test(id) || !actor.municipalityId) return;
    const m = actor.municipalityId;
    const found = await withTenant(s.db, m, (tx) => preventionDb.getCampaign(tx, m, id));
    if (!found) throw notFound("campaign");
  };
}

/**
 * Files of a campaign's materials (issue 15, point 2): uploaded by the coordinator as PDF or image
 * (type checked by content), at most 3 MB, every version kept until the coordinator deletes one or
 * the campaign ended longer ago than the retention (retention.ts); stored encrypted as case
 * attachments are, served only as downloads.
 */
export function registerCampaignMaterialRoutes(app: FastifyInstance, s: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const preValidation = campaignInMunicipality(s);
  const tags = ["prevention"];

  r.get(
    "/api/v1/campaigns/:id/materials",
    {
      preValidation,
      schema: {
        tags,
        params: idParam,
        querystring: scope,
        response: { 200: z.object({ items: z.array(prevention.MaterialFile) }), ...errors },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const m = targetMunicipality(actor, req.query.municipalityId);
      const items = await auditedRead(s, actor, m, "campaigns.materials.list", async (tx) => {
        if (!(await preventionDb.getCampaign(tx, m, req.params.id))) throw notFound("campaign");
        return {
          result: await preventionDb.listMaterialFiles(tx, m, req.params.id),
          recordType: "campaign",
          recordId: req.params.id,
        };
      });
      return { items };
    },
  );

  r.post(
    "/api/v1/campaigns/:id/materials",
    {
      preValidation,
      bodyLimit: prevention.materialBodyLimitBytes,
      schema: {
        tags,
        params: idParam,
        querystring: scope,
        body: prevention.MaterialUpload,
        response: { 201: prevention.MaterialFile, 413: admin.ApiError, ...errors },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const m = targetMunicipality(actor, req.query.municipalityId);
      const bytes = Buffer.from(req.body.contentBase64, "base64");
      if (bytes.length > prevention.materialMaxBytes) throw tooLarge();
      const saved = await auditedInTenant(s, actor, m, "campaigns.material.upload", async (tx) => {
        if (!(await preventionDb.getCampaign(tx, m, req.params.id))) throw notFound("campaign");
        const cipher = await s.keyring.cipherFor(tx, m);
        const file = await preventionDb.insertMaterialFile(tx, {
          id: randomUUID(),
          municipalityId: m,
          campaignId: req.params.id,
          title: req.body.title,
          fileName: cases.safeFileName(req.body.fileName),
          mediaType: req.body.mediaType,
          sizeBytes: bytes.length,
          contentEnc: cipher.encrypt("campaign_material_contents.content", req.body.contentBase64),
          uploadedBy: actor.userId,
        });
        return {
          result: file,
          recordType: "campaign",
          recordId: req.params.id,
          details: { fileId: file.id, version: file.version, sizeBytes: file.sizeBytes },
        };
      });
      return reply.code(201).send(saved);
    },
  );

  r.get(
    "/api/v1/campaigns/:id/materials/:fileId",
    {
      preValidation,
      schema: {
        tags,
        params: z.strictObject({ id: admin.uuid, fileId: admin.uuid }),
        querystring: scope,
        response: { 200: z.unknown(), ...errors },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const m = targetMunicipality(actor, req.query.municipalityId);
      const file = await auditedRead(s, actor, m, "campaigns.material.download", async (tx) => {
        const found = await preventionDb.getMaterialFile(tx, m, req.params.id, req.params.fileId);
        if (!found) throw notFound("material file");
        const cipher = await s.keyring.cipherFor(tx, m);
        return {
          result: {
            ...found,
            bytes: Buffer.from(
              cipher.decrypt("campaign_material_contents.content", found.contentEnc),
              "base64",
            ),
          },
          recordType: "campaign",
          recordId: req.params.id,
          details: { fileId: found.id, version: found.version },
        };
      });
      return sendAsDownload(reply, file);
    },
  );

  r.delete(
    "/api/v1/campaigns/:id/materials/:fileId",
    {
      preValidation,
      schema: {
        tags,
        params: z.strictObject({ id: admin.uuid, fileId: admin.uuid }),
        querystring: scope,
        response: { 204: z.null(), ...errors },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const m = targetMunicipality(actor, req.query.municipalityId);
      await auditedInTenant(s, actor, m, "campaigns.material.delete", async (tx) => {
        const gone = await preventionDb.deleteMaterialFile(tx, m, req.params.id, req.params.fileId);
        if (!gone) throw notFound("material file");
        return {
          result: null,
          recordType: "campaign",
          recordId: req.params.id,
          details: { fileId: gone.id, title: gone.title, version: gone.version },
        };
      });
      return reply.code(204).send(null);
    },
  );
}
