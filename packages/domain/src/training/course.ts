import { z } from "zod";
import { multiLineText, singleLineText } from "../common/index.ts";
import { professionalGroups } from "./groups.ts";

export const ProfessionalGroupSchema = z.enum(professionalGroups);

/** The languages course texts are written in (the app's first three). */
export const courseLanguages = ["en", "fi", "sv"] as const;
export const CourseLanguage = z.enum(courseLanguages);
export type CourseLanguage = z.infer<typeof CourseLanguage>;

/** A lesson's text may not exceed this: lessons are short, in plain language. */
export const maxLessonChars = 6000;

/** Only web links: a lesson never carries a script or a data URL to a learner. */
const WebUrl = z
  .url({ protocol: /^https?$/ })
  .max(2000)
  .refine((u) => !/\s/.test(u), { message: "must be a web address (http or https)" });

/**
 * A lesson. `text` is the trainer's own; the others are rendered when shown from what the app
 * already holds, so they are always current: `definition` (what trafficking is and is not),
 * `indicators` (from the screening catalogue, for the profiles chosen), `barriers` (why people
 * seldom self-identify, and how to approach them), `referral_pathway` (this municipality's
 * scheme of assistance and contacts) and `scenario` (an exercise on the screening engine).
 */
export const Lesson = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("text"),
    title: singleLineText(200).min(1),
    body: multiLineText(maxLessonChars).min(1),
    images: z
      .array(z.strictObject({ url: WebUrl, alt: singleLineText(300).min(1) }))
      .max(10)
      .default([]),
    links: z
      .array(z.strictObject({ url: WebUrl, label: singleLineText(200).min(1) }))
      .max(20)
      .default([]),
  }),
  z.strictObject({ kind: z.literal("definition") }),
  z.strictObject({
    kind: z.literal("indicators"),
    profiles: z
      .array(z.enum(["adult_labour", "adult_sexual", "child_labour", "child_sexual"]))
      .min(1)
      .max(4),
  }),
  z.strictObject({ kind: z.literal("barriers") }),
  z.strictObject({ kind: z.literal("referral_pathway") }),
  z.strictObject({ kind: z.literal("scenario"), scenarioId: singleLineText(80).min(1) }),
]);
export type Lesson = z.infer<typeof Lesson>;
export type LessonKind = Lesson["kind"];

/**
 * A course is written in one language (a municipality gives its Finnish and Swedish courses as
 * two courses); the lessons rendered from the catalogue and the pathway follow the reader's.
 */
export const CourseContent = z.strictObject({
  language: CourseLanguage,
  title: singleLineText(200).min(1),
  description: multiLineText(2000).default(""),
  groups: z.array(ProfessionalGroupSchema).min(1).max(professionalGroups.length),
  /** Training must be continuous: months after which a completion is due for a refresher. */
  refresherMonths: z.int().min(1).max(120),
  lessons: z.array(Lesson).min(1, { message: "a course needs at least one lesson" }).max(40),
});
export type CourseContent = z.infer<typeof CourseContent>;

export const CourseCreate = CourseContent;
export const CourseUpdate = z.strictObject({
  version: z.int().min(1),
  content: CourseContent.optional(),
  archived: z.boolean().optional(),
});

export const Course = z.object({
  id: z.uuid(),
  municipalityId: z.uuid(),
  content: CourseContent,
  archived: z.boolean(),
  /** Raised on every change of the content: completions keep the version they were made on. */
  version: z.int(),
  updatedAt: z.string(),
});
export type Course = z.infer<typeof Course>;
