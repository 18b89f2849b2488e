import { z } from "zod";
import { CalendarDate, singleLineText } from "../common/index.ts";
import { CourseLanguage, ProfessionalGroupSchema } from "./course.ts";
import { ScenarioAnswer } from "./scoring.ts";

export const sessionFormats = ["classroom", "online"] as const;

export const SessionCreate = z.strictObject({
  courseId: z.uuid(),
  heldOn: CalendarDate,
  format: z.enum(sessionFormats),
  place: singleLineText(200).default(""),
  /** The municipality's organisations taking part. */
  organisationIds: z.array(z.uuid()).max(50).default([]),
});
export type SessionCreate = z.infer<typeof SessionCreate>;

export const Session = z.object({
  id: z.uuid(),
  municipalityId: z.uuid(),
  courseId: z.uuid(),
  courseVersion: z.int(),
  heldOn: z.string(),
  format: z.enum(sessionFormats),
  place: z.string(),
  organisationIds: z.array(z.uuid()),
  trainerUserId: z.uuid().nullable(),
  trainerName: z.string(),
  attendees: z.int(),
  createdAt: z.string(),
});
export type Session = z.infer<typeof Session>;

/** An attendee needs no account: a name and an organisation are enough (stored encrypted). */
export const Attendee = z.strictObject({
  name: singleLineText(200).min(1),
  /** One of the municipality's organisations, or null with the organisation's name written out. */
  organisationId: z.uuid().nullable().default(null),
  organisationName: singleLineText(200).default(""),
  /** The identifying actor of the local map the attendee works as, when one fits: coverage credits it. */
  actorId: z.uuid().nullable().default(null),
  group: ProfessionalGroupSchema,
  /** The language the certificate is printed in. */
  language: CourseLanguage.default("en"),
});
export type Attendee = z.infer<typeof Attendee>;

export const AttendanceCreate = z.strictObject({
  sessionId: z.uuid(),
  attendees: z.array(Attendee).min(1).max(300),
});

export const completionSources = ["session", "self_study"] as const;

export const Completion = z.object({
  id: z.uuid(),
  courseId: z.uuid(),
  courseVersion: z.int(),
  completedOn: z.string(),
  source: z.enum(completionSources),
  sessionId: z.uuid().nullable(),
  userId: z.uuid().nullable(),
  name: z.string(),
  organisationId: z.uuid().nullable(),
  organisationName: z.string(),
  actorId: z.uuid().nullable(),
  group: ProfessionalGroupSchema,
  language: CourseLanguage,
  certificateCode: z.string(),
});
export type Completion = z.infer<typeof Completion>;

/** A self-study attempt: one answer per scenario lesson, by the lesson's index in the course. */
export const SelfStudyAttempt = z.strictObject({
  courseVersion: z.int().min(1),
  group: ProfessionalGroupSchema,
  language: CourseLanguage,
  answers: z.array(ScenarioAnswer.extend({ lesson: z.int().min(0).max(39) })).max(40),
});
export type SelfStudyAttempt = z.infer<typeof SelfStudyAttempt>;

/** What the public verification page shows: name, course, date and validity, nothing more. */
export const CertificateCheck = z.object({
  valid: z.boolean(),
  name: z.string(),
  course: z.string(),
  completedOn: z.string(),
  validUntil: z.string(),
});
