import { z } from "zod";
import { CalendarDate, multiLineText } from "../common/index.ts";
import { type Chapter, chapters } from "./chapters.ts";
import { ChapterSchema, recommendedAction } from "./template.ts";
import { templateV1 } from "./template-v1.ts";

/**
 * The self-assessment: each of the guidelines' recommendations (the template's actions) is
 * answered as in place, partly in place, not in place, or not applicable. Per chapter that gives
 * a maturity level; every recommendation not fully in place is a gap and proposes an action point.
 */
export const answers = ["yes", "partly", "no", "not_applicable"] as const;
export const AnswerSchema = z.enum(answers);
export type Answer = z.infer<typeof AnswerSchema>;

export const maturityLevels = ["not_started", "initial", "developing", "established", "embedded"] as const;
export type MaturityLevel = (typeof maturityLevels)[number];

const itemIds = templateV1.map((a) => a.id) as [string, ...string[]];
export const ChecklistItemId = z.enum(itemIds);

export const Answers = z.partialRecord(ChecklistItemId, AnswerSchema);
export type Answers = z.infer<typeof Answers>;

export const ChapterMaturity = z.object({
  chapter: ChapterSchema,
  level: z.enum(maturityLevels),
  /** 0–4, the index of `level`, for charts over time. */
  levelIndex: z.int(),
  /** Share of the applicable recommendations met, 0–1 (partly counts half). */
  ratio: z.number(),
  answered: z.int(),
  applicable: z.int(),
});
export type ChapterMaturity = z.infer<typeof ChapterMaturity>;

export const ProposedActionPoint = z.object({
  templateActionId: z.string(),
  chapter: ChapterSchema,
  title: z.string(),
  answer: AnswerSchema.or(z.literal("unanswered")),
});
export type ProposedActionPoint = z.infer<typeof ProposedActionPoint>;

/** Level from the share met: none → not started; below 40 % initial; below 70 % developing; below all established; all → embedded. */
export function maturityOf(ratio: number, anyProgress: boolean): MaturityLevel {
  if (!anyProgress) return "not_started";
  if (ratio < 0.4) return "initial";
  if (ratio < 0.7) return "developing";
  if (ratio < 1) return "established";
  return "embedded";
}

const credit: Record<Exclude<Answer, "not_applicable">, number> = { yes: 1, partly: 0.5, no: 0 };

/** Maturity per chapter; an unanswered recommendation counts as not in place. */
export function assessMaturity(given: Answers): ChapterMaturity[] {
  return chapters.map((chapter) => {
    const items = templateV1.filter((a) => a.chapter === chapter);
    const applicable = items.filter((a) => given[a.id] !== "not_applicable");
    const met = applicable.reduce((sum, a) => sum + credit[(given[a.id] ?? "no") as keyof typeof credit], 0);
    const ratio = applicable.length === 0 ? 1 : met / applicable.length;
    const level = maturityOf(ratio, met > 0 || (applicable.length === 0 && items.length > 0));
    return {
      chapter,
      level,
      levelIndex: maturityLevels.indexOf(level),
      ratio,
      answered: items.filter((a) => given[a.id] !== undefined).length,
      applicable: applicable.length,
    };
  });
}

/** Every recommendation not fully in place, as a proposed action point citing the template. */
export function proposeActionPoints(given: Answers, chapter?: Chapter): ProposedActionPoint[] {
  return templateV1
    .filter((a) => (chapter ? a.chapter === chapter : true))
    .filter((a) => given[a.id] !== "yes" && given[a.id] !== "not_applicable")
    .map((a) => ({
      templateActionId: a.id,
      chapter: a.chapter,
      title: given[a.id] === "partly" ? `Strengthen: ${a.title}` : a.title,
      answer: given[a.id] ?? "unanswered",
    }));
}

export const Checklist = z.object({
  version: z.int(),
  chapters: z.array(
    z.object({
      chapter: ChapterSchema,
      items: z.array(z.object({ id: z.string(), recommendation: z.string(), quote: z.string() })),
    }),
  ),
  answers: z.array(AnswerSchema),
  levels: z.array(z.enum(maturityLevels)),
});

/** The checklist as the UI shows it: one item per recommended action, grouped by chapter. */
export function checklist(): z.infer<typeof Checklist> {
  return {
    version: 1,
    chapters: chapters.map((chapter) => ({
      chapter,
      items: templateV1
        .filter((a) => a.chapter === chapter)
        .map((a) => ({ id: a.id, recommendation: recommendedAction(a.id)!.title, quote: a.citation.quote })),
    })),
    answers: [...answers],
    levels: [...maturityLevels],
  };
}

export const SelfAssessmentCreate = z.strictObject({
  assessedOn: CalendarDate,
  answers: Answers,
  note: multiLineText(2000).default(""),
});
export const SelfAssessmentUpdate = z.strictObject({
  version: z.int().min(1),
  assessedOn: CalendarDate.optional(),
  answers: Answers.optional(),
  note: multiLineText(2000).optional(),
});

export const SelfAssessment = z.object({
  id: z.uuid(),
  municipalityId: z.uuid(),
  assessedOn: z.string(),
  answers: Answers,
  note: z.string(),
  maturity: z.array(ChapterMaturity),
  proposedActionPoints: z.array(ProposedActionPoint),
  version: z.int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SelfAssessment = z.infer<typeof SelfAssessment>;
