import { randomUUID } from "node:crypto";
import { isDeepStrictEqual } from "node:util";
import { adminDb, type Queryable, referralDb, trainingDb } from "@ariadne/db";
import { admin, referral, training } from "@ariadne/domain";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { auditedInTenant, auditedRead } from "../admin/audited.ts";
import { targetMunicipality } from "../auth/actor.ts";
import { actorOf } from "../auth/session-hook.ts";
import { conflict, invalid, notFound } from "../http/errors.ts";
import { errors, idParam, scope } from "../mapping/shared.ts";
import { notifyCourseChanged } from "../notifications/index.ts";
import type { Services } from "../services.ts";
import { imageRefsOf } from "./images.ts";
import { trainingPolicy } from "./policy.ts";
import { scenariosOfCourse } from "./scenario-lookup.ts";
import { CourseOut, TrainingAbilities } from "./shared.ts";

const CourseSummary = CourseOut.extend({
  /** The content version of the reader's latest completion; null when never completed. */
  completedVersion: z.int().nullable(),
});

const PathwayStep = z.object({
  stage: referral.SchemeStageSchema,
  organisationName: z.string().nullable(),
  contactPoint: z.string(),
  responseHours: z.int(),
  description: z.string(),
});

const CourseView = z.object({
  course: CourseSummary,
  /** This municipality's scheme of assistance as it stands today: the pathway lesson's content. */
  pathway: z.array(PathwayStep),
  /** The scenarios the course's exercises show, the municipality's own among them. */
  scenarios: z.array(training.ScenarioSchema),
  abilities: TrainingAbilities,
});

const ListQuery = z.strictObject({
  municipalityId: admin.uuid.optional(),
  includeArchived: z.enum(["true", "false"]).optional(),
});

/** Every scenario lesson must name a scenario of the library or one of the municipality's own. */
async function checkScenarios(tx: Queryable, m: string, content: training.CourseContent, path: string) {
  const found = await scenariosOfCourse(tx, m, content);
  content.lessons.forEach((l, i) => {
    if (l.kind === "scenario" && !found.has(l.scenarioId))
      throw invalid(
        `${path}.lessons.${i}.scenarioId`,
        "no such scenario in the library or of this municipality",
      );
  });
}

/** Every image a lesson shows must be one uploaded to this municipality. */
async function checkImages(tx: Queryable, m: string, content: training.CourseContent, path: string) {
  const refs = imageRefsOf(content, path);
  const found = await trainingDb.existingLessonImageIds(tx, m, [...new Set(refs.map((r) => r.id))]);
  const missing = refs.find((r) => !found.has(r.id));
  if (missing) throw invalid(missing.path, "no such image: upload it first");
}

export function registerCourseRoutes(app: FastifyInstance, s: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/v1/training/courses",
    {
      schema: {
        tags: ["training"],
        querystring: ListQuery,
        response: {
          200: z.object({ items: z.array(CourseSummary), abilities: TrainingAbilities }),
          ...errors,
        },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      trainingPolicy.take(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      const includeArchived = req.query.includeArchived === "true" && trainingPolicy.abilities(actor).manage;
      const { courses, mine } = await auditedRead(s, actor, m, "training_courses.list", async (tx) => ({
        result: {
          courses: await trainingDb.listCourses(tx, m, includeArchived),
          mine: await trainingDb.listCompletions(tx, m, { userId: actor.userId }),
        },
        recordType: "training_course",
        recordId: null,
      }));
      return {
        items: courses.map((c) => ({ ...c, completedVersion: completedVersion(mine, c.id) })),
        abilities: trainingPolicy.abilities(actor),
      };
    },
  );

  r.get(
    "/api/v1/training/courses/:id",
    {
      schema: {
        tags: ["training"],
        params: idParam,
        querystring: scope,
        response: { 200: CourseView, ...errors },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      trainingPolicy.take(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      return auditedRead(s, actor, m, "training_courses.read", async (tx) => {
        const course = await trainingDb.getCourse(tx, m, req.params.id);
        if (!course || (course.archived && !trainingPolicy.abilities(actor).manage)) throw notFound("course");
        const mine = await trainingDb.listCompletions(tx, m, { userId: actor.userId });
        const scheme = await referralDb.getScheme(tx, m);
        const orgs = new Map((await adminDb.listOrganisations(tx, m)).map((o) => [o.id, o.name]));
        const scenarios = await scenariosOfCourse(tx, m, course.content);
        return {
          result: {
            course: { ...course, completedVersion: completedVersion(mine, course.id) },
            pathway: referral.orderSchemeSteps(scheme.steps).map((step) => ({
              stage: step.stage,
              organisationName: step.organisationId ? (orgs.get(step.organisationId) ?? null) : null,
              contactPoint: step.contactPoint,
              responseHours: step.responseHours,
              description: step.description,
            })),
            scenarios: [...scenarios.values()],
            abilities: trainingPolicy.abilities(actor),
          },
          recordType: "training_course",
          recordId: course.id,
        };
      });
    },
  );

  r.post(
    "/api/v1/training/courses",
    {
      schema: {
        tags: ["training"],
        querystring: scope,
        body: training.CourseCreate,
        response: { 201: CourseOut, ...errors },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      trainingPolicy.manage(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      const created = await auditedInTenant(s, actor, m, "training_courses.create", async (tx) => {
        await checkScenarios(tx, m, req.body, "body");
        await checkImages(tx, m, req.body, "body");
        const c = await trainingDb.insertCourse(tx, {
          id: randomUUID(),
          municipalityId: m,
          content: req.body,
          createdBy: actor.userId,
        });
        return {
          result: c,
          recordType: "training_course",
          recordId: c.id,
          details: { lessons: req.body.lessons.length },
        };
      });
      return reply.code(201).send(created);
    },
  );

  r.patch(
    "/api/v1/training/courses/:id",
    {
      schema: {
        tags: ["training"],
        params: idParam,
        querystring: scope,
        body: training.CourseUpdate,
        response: { 200: CourseOut, 409: admin.ApiError, ...errors },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      trainingPolicy.manage(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      return auditedInTenant(s, actor, m, "training_courses.update", async (tx) => {
        const current = await trainingDb.getCourse(tx, m, req.params.id);
        if (!current) throw notFound("course");
        if (req.body.content) {
          await checkScenarios(tx, m, req.body.content, "body.content");
          await checkImages(tx, m, req.body.content, "body.content");
        }
        const content = req.body.content ?? current.content;
        // Compared as values: PostgreSQL's jsonb keeps keys in its own order, so text would differ.
        const contentChanged = !isDeepStrictEqual(content, current.content);
        const updated = await trainingDb.updateCourse(tx, m, current.id, req.body.version, {
          content,
          contentChanged,
          archived: req.body.archived ?? current.archived,
        });
        if (!updated) throw conflict(current);
        // Those who completed an older version hear of it in their inbox, in this transaction.
        const told = contentChanged
          ? await notifyCourseChanged(
              tx,
              s,
              m,
              await trainingDb.listLearnersOfOlderVersions(tx, m, updated.id, updated.contentVersion),
              { id: updated.id, title: updated.content.title, contentVersion: updated.contentVersion },
            )
          : 0;
        return {
          result: updated,
          recordType: "training_course",
          recordId: updated.id,
          details: { contentVersion: updated.contentVersion, learnersTold: told },
        };
      });
    },
  );
}

function completedVersion(mine: readonly { courseId: string; courseVersion: number }[], courseId: string) {
  const versions = mine.filter((c) => c.courseId === courseId).map((c) => c.courseVersion);
  return versions.length ? Math.max(...versions) : null;
}
