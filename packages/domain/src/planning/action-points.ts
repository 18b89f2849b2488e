import { z } from "zod";
import { CalendarDate, multiLineText, singleLineText } from "../common/index.ts";
import { type Chapter, chapters } from "./chapters.ts";
import { ChapterSchema, recommendedActionIds } from "./template.ts";

/** An action point of the plan (issue 6: owner, partners, deadline, resources, status, progress, evidence, priorities). */
export const actionStatuses = ["planned", "in_progress", "done", "cancelled"] as const;
export const ActionStatus = z.enum(actionStatuses);
export type ActionStatus = z.infer<typeof ActionStatus>;

const uuid = z.uuid();
const longText = multiLineText(4000);
const TemplateActionId = z.enum(recommendedActionIds as [string, ...string[]]);

export const ActionPointCreate = z.strictObject({
  chapter: ChapterSchema,
  title: singleLineText(300).min(1),
  description: longText.default(""),
  ownerOrganisationId: uuid.nullable().default(null),
  partnerOrganisationIds: z.array(uuid).max(50).default([]),
  deadline: CalendarDate.nullable().default(null),
  resources: longText.default(""),
  status: ActionStatus.default("planned"),
  progressIndicator: multiLineText(1000).default(""),
  /** 0–100, the coordinator's reading of the progress indicator. */
  progressPercent: z.int().min(0).max(100).default(0),
  evidence: longText.default(""),
  priorityIds: z.array(uuid).max(50).default([]),
  templateActionId: TemplateActionId.nullable().default(null),
});
export type ActionPointCreate = z.infer<typeof ActionPointCreate>;

export const ActionPointUpdate = z.strictObject({
  version: z.int().min(1),
  chapter: ChapterSchema.optional(),
  title: singleLineText(300).min(1).optional(),
  description: longText.optional(),
  ownerOrganisationId: uuid.nullable().optional(),
  partnerOrganisationIds: z.array(uuid).max(50).optional(),
  deadline: CalendarDate.nullable().optional(),
  resources: longText.optional(),
  status: ActionStatus.optional(),
  progressIndicator: multiLineText(1000).optional(),
  progressPercent: z.int().min(0).max(100).optional(),
  evidence: longText.optional(),
  priorityIds: z.array(uuid).max(50).optional(),
});
export type ActionPointUpdate = z.infer<typeof ActionPointUpdate>;

export const ActionPoint = z.object({
  id: uuid,
  municipalityId: uuid,
  chapter: ChapterSchema,
  title: z.string(),
  description: z.string(),
  ownerOrganisationId: uuid.nullable(),
  partnerOrganisationIds: z.array(uuid),
  deadline: z.string().nullable(),
  resources: z.string(),
  status: ActionStatus,
  progressIndicator: z.string(),
  progressPercent: z.int(),
  evidence: z.string(),
  priorityIds: z.array(uuid),
  templateActionId: z.string().nullable(),
  /** Computed for `asOf`: past its deadline and neither done nor cancelled. */
  overdue: z.boolean(),
  version: z.int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ActionPoint = z.infer<typeof ActionPoint>;

export const ActionPlan = z.object({
  asOf: z.string(),
  chapters: z.array(z.object({ chapter: ChapterSchema, items: z.array(ActionPoint) })),
  /** Every action point with a deadline, earliest first: the timeline view. */
  timeline: z.array(
    z.object({
      id: uuid,
      title: z.string(),
      chapter: ChapterSchema,
      deadline: z.string(),
      status: ActionStatus,
      overdue: z.boolean(),
    }),
  ),
});
export type ActionPlan = z.infer<typeof ActionPlan>;

export function isOverdue(p: Pick<ActionPoint, "deadline" | "status">, asOf: string): boolean {
  return p.deadline !== null && p.deadline < asOf && p.status !== "done" && p.status !== "cancelled";
}

type Stored = Omit<ActionPoint, "overdue">;

/** The plan grouped by the guidelines' chapters, with the timeline, as of a date. */
export function groupActionPlan(points: readonly Stored[], asOf: string): ActionPlan {
  const items = points.map((p) => ({ ...p, overdue: isOverdue(p, asOf) }));
  const byDeadline = (
    a: { deadline: string | null; title: string },
    b: { deadline: string | null; title: string },
  ) =>
    (a.deadline ?? "9999") < (b.deadline ?? "9999")
      ? -1
      : (a.deadline ?? "9999") > (b.deadline ?? "9999")
        ? 1
        : a.title.localeCompare(b.title);
  return {
    asOf,
    chapters: chapters.map((chapter: Chapter) => ({
      chapter,
      items: items.filter((p) => p.chapter === chapter).sort(byDeadline),
    })),
    timeline: items
      .filter((p): p is typeof p & { deadline: string } => p.deadline !== null)
      .sort(byDeadline)
      .map(({ id, title, chapter, deadline, status, overdue }) => ({
        id,
        title,
        chapter,
        deadline,
        status,
        overdue,
      })),
  };
}

export const SeedActionPlan = z.strictObject({
  /** Which recommended actions to add; all of the template when omitted. Ones already in the plan are skipped. */
  templateActionIds: z.array(TemplateActionId).max(100).optional(),
  /** Add the gaps of this self-assessment instead ("Strengthen: …" for what is partly in place). */
  selfAssessmentId: z.uuid().optional(),
});
