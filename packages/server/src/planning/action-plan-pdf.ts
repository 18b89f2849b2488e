import { adminDb, mappingDb, planningDb } from "@ariadne/db";
import { i18n, mapping, planning } from "@ariadne/domain";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { auditedRead } from "../admin/audited.ts";
import { targetMunicipality } from "../auth/actor.ts";
import { actorOf } from "../auth/session-hook.ts";
import { documentLocale } from "../http/reader-locale.ts";
import { asOfScope, today } from "../mapping/shared.ts";
import type { Services } from "../services.ts";
import { planningPolicy } from "./policy.ts";
import { renderActionPlanPdf } from "./render-pdf.ts";

const PdfQuery = asOfScope.extend({ lang: z.enum(i18n.localeIds).optional() });

/** GET /api/v1/action-plan/export.pdf?lang=fi: the plan for the council, in the reader's language. */
export function registerActionPlanExport(app: FastifyInstance, s: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/api/v1/action-plan/export.pdf",
    { schema: { tags: ["planning"], querystring: PdfQuery } },
    async (req, reply) => {
      const actor = actorOf(req);
      planningPolicy.read(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      const asOf = req.query.asOf ?? today();
      const data = await auditedRead(s, actor, m, "action_plan.export", async (tx) => ({
        result: {
          municipality: await adminDb.getMunicipality(tx, m),
          points: await planningDb.listActionPoints(tx, m),
          organisations: await adminDb.listOrganisations(tx, m),
          priorities: mapping.rankPriorities(
            await mappingDb.listPriorities(tx, m),
            (await mappingDb.getWeights(tx, m)).weights,
          ),
          entries: await mappingDb.listMappingEntries(tx, m, { includeArchived: true }),
        },
        recordType: "action_point",
        recordId: null,
        details: { format: "pdf" },
      }));
      const pdf = await renderActionPlanPdf({
        municipalityName: data.municipality?.name ?? "",
        plan: planning.groupActionPlan(data.points, asOf),
        priorities: data.priorities
          .filter((p) => p.decision !== "rejected")
          .map((p) => ({
            rank: p.rank,
            score: p.score,
            form: p.form,
            group: data.entries.find((e) => e.id === p.groupEntryId)?.title ?? null,
            location: data.entries.find((e) => e.id === p.locationEntryId)?.title ?? null,
            decision: p.decision,
            rationale: p.rationale,
          })),
        organisations: data.organisations,
        language: await documentLocale(s.db, actor.userId, req.query.lang),
        createdAt: new Date(),
      });
      return reply
        .type("application/pdf")
        .header("content-disposition", `attachment; filename="action-plan-${asOf}.pdf"`)
        .send(pdf);
    },
  );
}
