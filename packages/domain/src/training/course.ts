import { z } from "zod";
import { multiLineText, singleLineText } from "../common/index.ts";
import { localeIds } from "../i18n/locales.ts";
import { professionalGroups } from "./groups.ts";

export const ProfessionalGroupSchema = z.enum(professionalGroups);

/** The languages a course (and its certificate) can be written in: every language Ariadne speaks (issue 18). */
export const courseLanguages = localeIds;
export const CourseLanguage = z.enum(courseLanguages);
export type CourseLanguage = z.infer<typeof CourseLanguage>;

/** A lesson's text may not exceed this: lessons are short, in plain language. */
export const maxLessonChars = 6000;

/** An https address of a named web site: no script, data URL, plain http or bare IP address. */
function isHttpsAddress(u: string): boolean {
  if (!/^https:\/\/[^\s]+$/i.test(u)) return false;
  try {
    return z.regexes.domain.test(new URL(u).hostname);
  } catch {
    return false;
  }
}

/** Only secure web links: a lesson never carries a script, a data URL or a plain-http page to a learner. */
export const LessonLinkUrl = singleLineText(2000).refine(
  // Control characters are refused (with their reason) by the text type already.
  (u) => [...u].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f) || isHttpsAddress(u),
  { message: "must be a web address starting https://" },
);

/** A link shown in a lesson, opened without handing the lesson's address to the site. */
export const LessonLink = z.strictObject({ url: LessonLinkUrl, label: singleLineText(200).min(1) });
/** An image uploaded to the app (see images.ts); the alt text is what a screen reader says. */
export const LessonImageRef = z.strictObject({ imageId: z.uuid(), alt: singleLineText(300).min(1) });

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
    images: z.array(LessonImageRef).max(10).default([]),
    links: z.array(LessonLink).max(20).default([]),
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
/** A lesson before it is checked (an editor's draft). */
export type LessonInput = z.input<typeof Lesson>;
export type LessonKind = Lesson["kind"];
/** Every kind of lesson, in the order an editor offers them. */
export const lessonKinds = [
  "text",
  "definition",
  "indicators",
  "barriers",
  "referral_pathway",
  "scenario",
] as const satisfies readonly LessonKind[];
/** A course holds at most this many lessons. */
export const maxLessons = 40;

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
  lessons: z.array(Lesson).min(1, { message: "a course needs at least one lesson" }).max(maxLessons),
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
