import { z } from "zod";
import { type Chapter, chapterHeadings, chapters } from "./chapters.ts";
import { type RecommendedAction, templateV1 } from "./template-v1.ts";

export const templateVersion = 1;

export const ChapterSchema = z.enum(chapters);

export const RecommendedActionSchema = z.object({
  id: z.string(),
  chapter: ChapterSchema,
  title: z.string(),
  citation: z.object({ source: z.string(), heading: z.string(), quote: z.string() }),
});

export const ActionPlanTemplate = z.object({
  version: z.int(),
  chapters: z.array(
    z.object({
      chapter: ChapterSchema,
      headings: z.array(z.string()),
      actions: z.array(RecommendedActionSchema),
    }),
  ),
});
export type ActionPlanTemplate = z.infer<typeof ActionPlanTemplate>;

/** The action-plan template grouped by chapter, in the guidelines' order. */
export function actionPlanTemplate(): ActionPlanTemplate {
  return {
    version: templateVersion,
    chapters: chapters.map((chapter) => ({
      chapter,
      headings: [...chapterHeadings[chapter]],
      actions: templateV1.filter((a) => a.chapter === chapter),
    })),
  };
}

export function recommendedAction(id: string): RecommendedAction | undefined {
  return templateV1.find((a) => a.id === id);
}

export const recommendedActionIds = templateV1.map((a) => a.id);

export function actionsOfChapter(chapter: Chapter): RecommendedAction[] {
  return templateV1.filter((a) => a.chapter === chapter);
}
