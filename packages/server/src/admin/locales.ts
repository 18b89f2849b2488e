import { adminDb, withSystem } from "@ariadne/db";
import { admin } from "@ariadne/domain";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { appendAudit } from "../audit/index.ts";
import { targetMunicipality } from "../auth/actor.ts";
import { actorOf } from "../auth/session-hook.ts";
import { notFound } from "../http/errors.ts";
import type { Services } from "../services.ts";
import { auditedInTenant } from "./audited.ts";
import { adminPolicy } from "./policy.ts";

const scope = z.strictObject({ municipalityId: admin.uuid.optional() });
const errors = { 400: admin.ApiError, 401: admin.ApiError, 403: admin.ApiError, 404: admin.ApiError };

/**
 * The language a person reads Ariadne in (issue 18): each user chooses their own (or follows the
 * municipality's), a coordinator sets the municipality's default. `adminDb.readerLocale` is the
 * one accessor for pages, e-mails and PDFs.
 */
export function registerLocaleRoutes(app: FastifyInstance, s: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.put(
    "/api/v1/auth/locale",
    {
      schema: {
        tags: ["auth"],
        body: admin.OwnLocale,
        response: { 200: admin.LocalePreference, ...errors },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      return withSystem(s.db, async (tx) => {
        await adminDb.setUserLocale(tx, actor.userId, req.body.locale);
        await appendAudit(tx, {
          municipalityId: actor.municipalityId,
          actorId: actor.userId,
          actorName: actor.displayName,
          action: "auth.locale_change",
          recordType: "user",
          recordId: actor.userId,
          ip: actor.ip,
          outcome: "success",
          details: { locale: req.body.locale },
        });
        const preference = await adminDb.readerLocale(tx, actor.userId);
        if (!preference) throw notFound("user");
        return preference;
      });
    },
  );

  r.put(
    "/api/v1/municipality/locale",
    {
      schema: {
        tags: ["admin"],
        querystring: scope,
        body: admin.MunicipalityLocale,
        response: { 200: admin.Municipality, ...errors },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      adminPolicy.setMunicipalityLocale(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      return auditedInTenant(s, actor, m, "municipalities.locale_change", async (tx) => {
        const updated = await adminDb.setMunicipalityLocale(tx, m, req.body.locale);
        if (!updated) throw notFound("municipality");
        return { result: updated, recordType: "municipality", recordId: m };
      });
    },
  );
}
