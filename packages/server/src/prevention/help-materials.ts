import { adminDb } from "@ariadne/db";
import { prevention } from "@ariadne/domain";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { auditedRead } from "../admin/audited.ts";
import { targetMunicipality } from "../auth/actor.ts";
import { actorOf } from "../auth/session-hook.ts";
import { notFound } from "../http/errors.ts";
import { errors } from "../mapping/shared.ts";
import type { Services } from "../services.ts";
import { renderHelpMaterialPdf } from "./help-materials-pdf.ts";
import { preventionPolicy } from "./policy.ts";
import { emergencyNumber } from "./public-routes.ts";

/**
 * Printable leaflets and posters (issue 15, point 3): the public page's words in the chosen
 * language, with a QR code to the municipality's page or its report-a-concern form, as a PDF.
 */
export function registerHelpMaterialRoutes(app: FastifyInstance, s: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/api/v1/help-materials/:kind",
    {
      schema: {
        tags: ["prevention"],
        params: z.strictObject({ kind: z.enum(prevention.helpPrintKinds) }),
        querystring: prevention.HelpPrintQuery,
        response: { 200: z.unknown(), ...errors },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      preventionPolicy.print(actor);
      const { lang, target } = req.query;
      const m = targetMunicipality(actor, undefined);
      const municipality = await auditedRead(s, actor, m, "help_materials.print", async (tx) => {
        const found = await adminDb.getMunicipality(tx, m);
        if (!found) throw notFound("municipality");
        return {
          result: found,
          recordType: "help_material",
          recordId: null,
          details: { kind: req.params.kind, lang, target },
        };
      });
      const slug = prevention.municipalitySlug(municipality.name);
      const page = `${s.config.publicUrl}/help/${slug}?lang=${lang}`;
      const pdf = await renderHelpMaterialPdf({
        kind: req.params.kind,
        target,
        lang,
        url: target === "concern" ? `${page}#report` : page,
        municipality: municipality.name,
        emergencyNumber,
      });
      const fileName = `${req.params.kind}-${slug}-${lang}.pdf`;
      return reply
        .header("content-type", "application/pdf")
        .header("content-disposition", `attachment; filename="${fileName}"`)
        .header("cache-control", "no-store")
        .send(pdf);
    },
  );
}
