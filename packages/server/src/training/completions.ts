import { randomUUID } from "node:crypto";
import { adminDb, trainingDb, withSystem } from "@ariadne/db";
import { admin, i18n, training } from "@ariadne/domain";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { auditedInTenant } from "../admin/audited.ts";
import { targetMunicipality } from "../auth/actor.ts";
import { actorOf } from "../auth/session-hook.ts";
import { invalid, notFound } from "../http/errors.ts";
import { readerLocale } from "../http/reader-locale.ts";
import { errors, idParam, scope, today } from "../mapping/shared.ts";
import type { Services } from "../services.ts";
import { certificateMac } from "./certificate-mac.ts";
import { renderCertificatePdf } from "./certificate-pdf.ts";
import { feedPlanFromTraining } from "./coverage.ts";
import { trainingPolicy } from "./policy.ts";
import { scenariosOfCourse } from "./scenario-lookup.ts";
import { fields, revealCompletion } from "./shared.ts";

const LessonScore = z.object({
  lesson: z.int(),
  scenarioId: z.string(),
  passed: z.boolean(),
  stepRight: z.boolean(),
  expected: training.NextStep,
  found: z.array(z.string()),
  missed: z.array(z.string()),
  wrong: z.array(z.string()),
});

const AttemptResult = z.object({
  passed: z.boolean(),
  scores: z.array(LessonScore),
  completion: training.Completion.nullable(),
});

/** The form of a code (`training.certificateCode`): anything else is refused, naming the field. */
const codeParam = z.strictObject({
  code: z.string().regex(/^[0-9a-f]{32}-[A-Za-z0-9_-]{20}$/, { message: "not a certificate code" }),
});

/** A certificate's language may be asked for (`?lang=pl`); else it is the one chosen at completion. */
const certificateQuery = scope.extend({ lang: z.enum(i18n.localeIds).optional() });

export function registerCompletionRoutes(app: FastifyInstance, s: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    "/api/v1/training/courses/:id/attempts",
    {
      schema: {
        tags: ["training"],
        params: idParam,
        querystring: scope,
        body: training.SelfStudyAttempt,
        response: { 200: AttemptResult, 201: AttemptResult, 409: admin.ApiError, ...errors },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      trainingPolicy.take(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      const mac = await certificateMac(s);
      const result = await auditedInTenant(s, actor, m, "training_attempts.create", async (tx) => {
        const course = await trainingDb.getCourse(tx, m, req.params.id);
        if (!course || course.archived) throw notFound("course");
        if (req.body.courseVersion !== course.contentVersion)
          throw invalid(
            "body.courseVersion",
            `the course has changed (now version ${course.contentVersion}); reload it`,
          );
        const scenarios = await scenariosOfCourse(tx, m, course.content);
        const scores = course.content.lessons.flatMap((lesson, i) => {
          if (lesson.kind !== "scenario") return [];
          const scenario = scenarios.get(lesson.scenarioId);
          if (!scenario) throw notFound("scenario");
          const at = req.body.answers.findIndex((a) => a.lesson === i);
          if (at < 0) throw invalid("body.answers", `lesson ${i + 1} (a scenario) has no answer`);
          const answer = req.body.answers[at]!;
          const bad = training.unknownMarks(scenario, answer.marked);
          if (bad.length > 0)
            throw invalid(`body.answers.${at}.marked.${bad[0]}`, "not one of this scenario's choices");
          const score = training.scoreScenario(scenario, answer);
          return [
            {
              lesson: i,
              scenarioId: scenario.id,
              passed: score.passed,
              stepRight: score.stepRight,
              expected: score.key.level,
              found: score.found,
              missed: score.missed,
              wrong: score.wrong,
            },
          ];
        });
        const passed = scores.every((x) => x.passed);
        let completion: training.Completion | null = null;
        if (passed) {
          const cipher = await s.keyring.cipherFor(tx, m);
          const user = await adminDb.getUser(tx, m, actor.userId);
          const orgs = await adminDb.listOrganisations(tx, m);
          const organisation = orgs.find((o) => o.id === user?.organisationId)?.name ?? "";
          const row = await trainingDb.insertCompletion(tx, {
            id: randomUUID(),
            municipalityId: m,
            courseId: course.id,
            courseVersion: course.contentVersion,
            completedOn: today(),
            source: "self_study",
            sessionId: null,
            userId: actor.userId,
            nameEnc: cipher.encrypt(fields.name, actor.displayName),
            organisationId: user?.organisationId ?? null,
            organisationNameEnc: cipher.encrypt(fields.organisationName, organisation),
            actorId: null,
            personKey: actor.userId,
            group: req.body.group,
            language: req.body.language,
            createdBy: actor.userId,
          });
          completion = revealCompletion(cipher, row, training.certificateCode(row.id, mac));
        }
        // A completed course is a training action: the plan's training points move with it.
        const planPoints = completion ? await feedPlanFromTraining(tx, m, today()) : 0;
        return {
          result: { passed, scores, completion },
          recordType: "training_course",
          recordId: course.id,
          details: { passed, planPoints },
        };
      });
      return reply.code(result.completion ? 201 : 200).send(result);
    },
  );

  r.get(
    "/api/v1/training/my-completions",
    {
      schema: {
        tags: ["training"],
        querystring: scope,
        response: { 200: z.object({ items: z.array(training.Completion) }), ...errors },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      trainingPolicy.take(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      const mac = await certificateMac(s);
      return auditedInTenant(s, actor, m, "training_completions.list_own", async (tx) => {
        const cipher = await s.keyring.cipherFor(tx, m);
        const rows = await trainingDb.listCompletions(tx, m, { userId: actor.userId });
        return {
          result: {
            items: rows.map((row) => revealCompletion(cipher, row, training.certificateCode(row.id, mac))),
          },
          recordType: "training_completion",
          recordId: null,
        };
      });
    },
  );

  r.get(
    "/api/v1/training/completions/:id/certificate.pdf",
    { schema: { tags: ["training"], params: idParam, querystring: certificateQuery } },
    async (req, reply) => {
      const actor = actorOf(req);
      trainingPolicy.take(actor);
      const m = targetMunicipality(actor, req.query.municipalityId);
      const mac = await certificateMac(s);
      const doc = await auditedInTenant(s, actor, m, "training_completions.certificate", async (tx) => {
        const row = await trainingDb.getCompletion(tx, m, req.params.id);
        // Need-to-know: one's own certificate, or any for those who manage training.
        if (!row || (row.userId !== actor.userId && !trainingPolicy.abilities(actor).manage))
          throw notFound("certificate");
        const course = (await trainingDb.getCourse(tx, m, row.courseId))!;
        const cipher = await s.keyring.cipherFor(tx, m);
        const c = revealCompletion(cipher, row, training.certificateCode(row.id, mac));
        const municipality = await adminDb.getMunicipality(tx, m);
        return {
          result: {
            name: c.name,
            organisation: c.organisationName,
            course: course.content.title,
            completedOn: c.completedOn,
            validUntil: training.addMonths(c.completedOn, course.content.refresherMonths),
            code: c.certificateCode,
            verifyUrl: `${s.config.publicUrl ?? ""}/certificates/${c.certificateCode}`,
            municipalityName: municipality?.name ?? "",
            language: c.language,
          },
          recordType: "training_completion",
          recordId: row.id,
        };
      });
      // The certificate is the person's: the language asked for, else the one they chose, its texts loaded.
      const language = await readerLocale(req.query.lang, doc.language);
      const pdf = await renderCertificatePdf({ ...doc, language });
      return reply
        .type("application/pdf")
        .header("content-language", language)
        .header("content-disposition", `attachment; filename="certificate-${doc.completedOn}.pdf"`)
        .send(pdf);
    },
  );

  // Public: anyone holding a code may check it. Only name, course, date and validity are revealed.
  r.get(
    "/api/v1/training/certificates/:code",
    {
      config: { public: true },
      schema: {
        tags: ["training"],
        params: codeParam,
        response: { 200: training.CertificateCheck, 404: admin.ApiError, 400: admin.ApiError },
      },
    },
    async (req) => {
      const mac = await certificateMac(s);
      const check = training.verifyCertificateCode(req.params.code, mac);
      if (!check.ok) throw notFound("certificate");
      const found = await withSystem(s.db, async (tx) => {
        const row = await trainingDb.findCompletionAnywhere(tx, check.completionId);
        if (!row) return null;
        const course = await trainingDb.getCourse(tx, row.municipalityId, row.courseId);
        const cipher = await s.keyring.cipherFor(tx, row.municipalityId);
        return { row, course, name: cipher.decrypt(fields.name, row.nameEnc) };
      });
      if (!found?.course) throw notFound("certificate");
      // Revealing a name is a read of personal data: audited, by whom unknown, from where known.
      await s.readAudits.append({
        municipalityId: found.row.municipalityId,
        actorId: null,
        actorName: "public certificate check",
        action: "training_certificates.verify",
        recordType: "training_completion",
        recordId: found.row.id,
        ip: req.ip,
        outcome: "success",
      });
      const validUntil = training.addMonths(found.row.completedOn, found.course.content.refresherMonths);
      return {
        valid: validUntil > today(),
        name: found.name,
        course: found.course.content.title,
        completedOn: found.row.completedOn,
        validUntil,
      };
    },
  );
}
