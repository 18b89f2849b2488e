import { Organisation } from "@ariadne/domain/admin/index.ts";
import { SchemeStageSchema } from "@ariadne/domain/referral/index.ts";
import {
  type AttendanceCreate,
  CertificateCheck,
  Completion,
  Course,
  type CourseContent,
  Coverage,
  LessonImage,
  type LessonImageUpload,
  NextStep,
  OwnScenario,
  type OwnScenarioCreate,
  ScenarioSchema,
  type SelfStudyAttempt,
  Session,
  type SessionCreate,
} from "@ariadne/domain/training/index.ts";
import { z } from "zod";
import { request } from "../api/client.ts";

const IdentifyingActor = z.object({
  id: z.string(),
  title: z.string(),
  organisationId: z.string().nullable(),
});
export type IdentifyingActor = z.infer<typeof IdentifyingActor>;
const Abilities = z.object({ manage: z.boolean(), coverage: z.boolean() });
const CourseOut = Course.extend({ contentVersion: z.int() });
const CourseSummary = CourseOut.extend({ completedVersion: z.int().nullable() });
export type CourseSummary = z.infer<typeof CourseSummary>;
const CourseView = z.object({
  course: CourseSummary,
  pathway: z.array(
    z.object({
      stage: SchemeStageSchema,
      organisationName: z.string().nullable(),
      contactPoint: z.string(),
      responseHours: z.int(),
      description: z.string(),
    }),
  ),
  scenarios: z.array(ScenarioSchema),
  abilities: Abilities,
});
export type CourseView = z.infer<typeof CourseView>;
const AttemptResult = z.object({
  passed: z.boolean(),
  scores: z.array(
    z.object({
      lesson: z.int(),
      scenarioId: z.string(),
      passed: z.boolean(),
      stepRight: z.boolean(),
      expected: NextStep,
      found: z.array(z.string()),
      missed: z.array(z.string()),
      wrong: z.array(z.string()),
    }),
  ),
  completion: Completion.nullable(),
});

export const trainingApi = {
  courses: () =>
    request(
      "GET",
      "/api/v1/training/courses",
      z.object({ items: z.array(CourseSummary), abilities: Abilities }),
    ),
  course: (id: string) => request("GET", `/api/v1/training/courses/${id}`, CourseView),
  createCourse: (content: z.input<typeof CourseContent>, idempotencyKey: string) =>
    request("POST", "/api/v1/training/courses", CourseOut, content, { idempotencyKey }),
  updateCourse: (id: string, body: { version: number; content: z.input<typeof CourseContent> }) =>
    request("PATCH", `/api/v1/training/courses/${id}`, CourseOut, body),
  uploadImage: (body: LessonImageUpload) => request("POST", "/api/v1/training/images", LessonImage, body),
  imageUrl: (imageId: string) => `/api/v1/training/images/${imageId}`,
  ownScenarios: () => request("GET", "/api/v1/training/scenarios", z.object({ items: z.array(OwnScenario) })),
  createScenario: (body: z.input<typeof OwnScenarioCreate>, idempotencyKey: string) =>
    request("POST", "/api/v1/training/scenarios", OwnScenario, body, { idempotencyKey }),
  archiveScenario: (id: string) =>
    request("PATCH", `/api/v1/training/scenarios/${id}`, OwnScenario, { archived: true }),
  attempt: (id: string, body: SelfStudyAttempt) =>
    request("POST", `/api/v1/training/courses/${id}/attempts`, AttemptResult, body),
  sessions: () =>
    request(
      "GET",
      "/api/v1/training/sessions",
      z.object({ items: z.array(Session), actors: z.array(IdentifyingActor), abilities: Abilities }),
    ),
  session: (id: string) =>
    request(
      "GET",
      `/api/v1/training/sessions/${id}`,
      z.object({ session: Session, attendees: z.array(Completion) }),
    ),
  createSession: (body: z.input<typeof SessionCreate>, idempotencyKey: string) =>
    request("POST", "/api/v1/training/sessions", Session, body, { idempotencyKey }),
  recordAttendance: (body: z.input<typeof AttendanceCreate>, idempotencyKey: string) =>
    request("POST", "/api/v1/training/attendances", z.object({ items: z.array(Completion) }), body, {
      idempotencyKey,
    }),
  coverage: () => request("GET", "/api/v1/training/coverage", Coverage),
  gapsToPlan: () =>
    request(
      "POST",
      "/api/v1/training/coverage/gaps-to-plan",
      z.object({
        created: z.array(z.object({ id: z.string(), title: z.string() })),
        skipped: z.array(z.string()),
      }),
      {},
    ),
  organisations: () => request("GET", "/api/v1/organisations", z.object({ items: z.array(Organisation) })),
  verify: (code: string) =>
    request("GET", `/api/v1/training/certificates/${encodeURIComponent(code)}`, CertificateCheck, undefined, {
      public: true,
    }),
  certificateUrl: (completionId: string) => `/api/v1/training/completions/${completionId}/certificate.pdf`,
};
