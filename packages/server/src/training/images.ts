import { randomUUID } from "node:crypto";
import { trainingDb } from "@ariadne/db";
import { admin, training } from "@ariadne/domain";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { auditedInTenant, auditedRead } from "../admin/audited.ts";
import { targetMunicipality } from "../auth/actor.ts";
import { actorOf } from "../auth/session-hook.ts";
import { notFound } from "../http/errors.ts";
import { errors, scope } from "../mapping/shared.ts";
import type { Services } from "../services.ts";
import { trainingPolicy } from "./policy.ts";

const imageParams = z.strictObject({ imageId: admin.uuid });

/**
 * Lesson images: a trainer uploads one (type checked by its first bytes, size limited, a 400
 * naming `body.contentBase64` otherwise) and every signed-in role of the municipality can see it
 * in a lesson. Served by the app itself, never from a third party.
 */
export function registerImageRoutes(app: FastifyInstance, s: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    "/api/v1/training/images",
    {
      schema: {
        tags: ["training"],
        body: training.LessonImageUpload,
        response: { 201: training.LessonImage, ...errors },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      trainingPolicy.manage(actor);
      // An image belongs to the uploader's own municipality; a system admin writes no courses.
      const m = targetMunicipality(actor, undefined);
      const size = Buffer.from(req.body.contentBase64, "base64").length;
      const image = await auditedInTenant(s, actor, m, "training_images.create", async (tx) => {
        const created = await trainingDb.insertLessonImage(tx, {
          id: randomUUID(),
          municipalityId: m,
          mediaType: req.body.mediaType,
          contentBase64: req.body.contentBase64,
          size,
          createdBy: actor.userId,
        });
        return {
          result: created,
          recordType: "training_image",
          recordId: created.id,
          details: { mediaType: created.mediaType, size },
        };
      });
      return reply.code(201).send(image);
    },
  );

  r.get(
    "/api/v1/training/images/:imageId",
    {
      schema: {
        tags: ["training"],
        params: imageParams,
        querystring: scope,
        response: { 200: z.unknown(), ...errors },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      trainingPolicy.take(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      const image = await auditedRead(s, actor, m, "training_images.read", async (tx) => {
        const found = await trainingDb.getLessonImage(tx, m, req.params.imageId);
        if (!found) throw notFound("image");
        return { result: found, recordType: "training_image", recordId: found.id };
      });
      // Shown in the page, so never sniffed as anything but the image it was checked to be.
      return reply
        .header("content-type", image.mediaType)
        .header("x-content-type-options", "nosniff")
        .header("content-security-policy", "default-src 'none'; sandbox")
        .header("cache-control", "private, max-age=3600")
        .send(Buffer.from(image.contentBase64, "base64"));
    },
  );
}

/** The image ids a course's lessons show, each with the path naming where it is used. */
export function imageRefsOf(content: training.CourseContent, path: string) {
  return content.lessons.flatMap((l, i) =>
    l.kind === "text"
      ? l.images.map((img, j) => ({ id: img.imageId, path: `${path}.lessons.${i}.images.${j}.imageId` }))
      : [],
  );
}
