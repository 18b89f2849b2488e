import { randomUUID } from "node:crypto";
import type { Queryable } from "@ariadne/db";
import { mappingDb, planningDb, trainingDb } from "@ariadne/db";
import { common, training } from "@ariadne/domain";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { auditedInTenant, auditedRead } from "../admin/audited.ts";
import { requirePermission, targetMunicipality } from "../auth/actor.ts";
import { actorOf } from "../auth/session-hook.ts";
import { asOfScope, errors, scope, today } from "../mapping/shared.ts";
import type { Services } from "../services.ts";
import { trainingPolicy } from "./policy.ts";

const groupTitles: Record<training.ProfessionalGroup, string> = {
  social_care: "social care",
  health_care: "health care",
  schools: "schools",
  housing: "housing",
  labour_inspection: "labour inspection",
  police: "police",
  taxi_drivers: "taxi drivers",
  librarians: "librarians",
  health_and_food_inspectors: "health and food inspectors",
  hotel_staff: "hotel staff",
  transport_staff: "transport staff",
  ngo_and_volunteers: "NGOs and volunteers",
  other: "other groups",
};

const GapsToPlan = z.strictObject({
  /** The day coverage is judged on; today when omitted. */
  asOf: common.CalendarDate.optional(),
});

/** Coverage from the local map's identifying actors, the courses given and every completion. */
async function coverageOf(tx: Queryable, m: string, asOf: string) {
  const entries = await mappingDb.listMappingEntries(tx, m, { kind: "identifying_actor" });
  const courses = await trainingDb.listCourses(tx, m);
  return training.computeCoverage({
    actors: entries.map((e) => ({
      id: e.id,
      title: e.title,
      organisationId: e.details.kind === "identifying_actor" ? e.details.organisationId : null,
    })),
    courses: courses.map((c) => ({
      id: c.id,
      groups: c.content.groups,
      refresherMonths: c.content.refresherMonths,
    })),
    completions: await trainingDb.listCoverageCompletions(tx, m),
    asOf,
  });
}

/** The action point a gap proposes, in the plan's canonical (English) wording, as seeded points are. */
function gapTitle(g: training.CoverageGap): string {
  const who = g.kind === "group" ? groupTitles[g.key as training.ProfessionalGroup] : g.label;
  return g.status === "refresher_due" ? `Refresher training: ${who}` : `Train in identifying victims: ${who}`;
}

/**
 * Feeds the plan's training action points (those "add the gaps" made) from coverage as of `asOf`:
 * their progress, status and evidence (domain `trainingPointProgress`). Run in the transaction of
 * each training action (attendance, a completed course), so the plan moves when training happens.
 * How many points changed.
 */
export async function feedPlanFromTraining(tx: Queryable, m: string, asOf: string): Promise<number> {
  const points = await planningDb.listActionPoints(tx, m);
  if (points.length === 0) return 0;
  const coverage = await coverageOf(tx, m, asOf);
  const rows = new Map<string, training.CoverageRow>();
  for (const status of ["never_trained", "refresher_due"] as const) {
    for (const a of coverage.actors)
      rows.set(gapTitle({ kind: "actor", key: a.actorId, label: a.title, status }), a);
    for (const g of coverage.groups)
      rows.set(gapTitle({ kind: "group", key: g.group, label: g.group, status }), g);
  }
  let changed = 0;
  for (const p of points) {
    const row = rows.get(p.title);
    const next = row ? training.trainingPointProgress(p, row, asOf) : null;
    if (!next) continue;
    const { id, municipalityId, version, createdAt, updatedAt, ...fields } = p;
    await planningDb.updateActionPoint(tx, m, id, version, { ...fields, ...next });
    changed += 1;
  }
  return changed;
}

export function registerCoverageRoutes(app: FastifyInstance, s: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/v1/training/coverage",
    {
      schema: { tags: ["training"], querystring: asOfScope, response: { 200: training.Coverage, ...errors } },
    },
    async (req) => {
      const actor = actorOf(req);
      trainingPolicy.coverage(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      const asOf = req.query.asOf ?? today();
      return auditedRead(s, actor, m, "training_coverage.read", async (tx) => ({
        result: await coverageOf(tx, m, asOf),
        recordType: "training_coverage",
        recordId: null,
      }));
    },
  );

  r.post(
    "/api/v1/training/coverage/gaps-to-plan",
    {
      schema: {
        tags: ["training"],
        querystring: scope,
        body: GapsToPlan,
        response: {
          201: z.object({
            created: z.array(z.object({ id: z.uuid(), title: z.string() })),
            skipped: z.array(z.string()),
          }),
          ...errors,
        },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      trainingPolicy.coverage(actor);
      requirePermission(actor, "planning:manage");
      const m = targetMunicipality(actor, req.query.municipalityId);
      const asOf = req.body.asOf ?? today();
      const out = await auditedInTenant(s, actor, m, "training_coverage.gaps_to_plan", async (tx) => {
        const coverage = await coverageOf(tx, m, asOf);
        const existing = new Set((await planningDb.listActionPoints(tx, m)).map((p) => p.title));
        const created: { id: string; title: string }[] = [];
        const skipped: string[] = [];
        for (const gap of training.coverageGaps(coverage)) {
          const title = gapTitle(gap);
          if (existing.has(title)) {
            skipped.push(title);
            continue;
          }
          const row = gap.kind === "actor" ? coverage.actors.find((a) => a.actorId === gap.key) : null;
          const p = await planningDb.insertActionPoint(tx, {
            id: randomUUID(),
            municipalityId: m,
            createdBy: actor.userId,
            chapter: "identification",
            title,
            description: `From the training coverage of ${asOf}.`,
            ownerOrganisationId: null,
            partnerOrganisationIds: row?.organisationId ? [row.organisationId] : [],
            deadline: null,
            resources: "",
            status: "planned",
            progressIndicator: "people trained and not due for a refresher (training coverage)",
            progressPercent: 0,
            evidence: "",
            priorityIds: [],
            templateActionId: null,
          });
          existing.add(title);
          created.push({ id: p.id, title: p.title });
        }
        return {
          result: { created, skipped },
          recordType: "action_point",
          recordId: null,
          details: { created: created.length },
        };
      });
      return reply.code(201).send(out);
    },
  );
}
