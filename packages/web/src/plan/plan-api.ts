import { Organisation } from "@ariadne/domain/admin/index.ts";
import { RankedPriority } from "@ariadne/domain/mapping/index.ts";
import {
  ActionPlan,
  ActionPoint,
  ChapterSchema,
  Checklist,
  Partnership,
  SelfAssessment,
} from "@ariadne/domain/planning/index.ts";
import { z } from "zod";
import { ApiFailure, request } from "../api/client.ts";

const Abilities = z.object({ manage: z.boolean() });
const PlanWithAbilities = ActionPlan.extend({ abilities: Abilities });
const Ranking = z.object({ items: z.array(RankedPriority), abilities: Abilities });
const SeedResult = z.object({ created: z.array(ActionPoint), skipped: z.array(z.string()) });
const Organisations = z.object({ items: z.array(Organisation) });
const Register = z.object({ items: z.array(Partnership), abilities: Abilities });
export type Register = z.infer<typeof Register>;
export const AssessmentHistory = z.object({
  items: z.array(SelfAssessment),
  abilities: Abilities,
  series: z.array(
    z.object({
      chapter: ChapterSchema,
      points: z.array(z.object({ assessedOn: z.string(), levelIndex: z.int(), ratio: z.number() })),
    }),
  ),
});
export type AssessmentHistory = z.infer<typeof AssessmentHistory>;

export const planApi = {
  plan: () => request("GET", "/api/v1/action-plan", PlanWithAbilities),
  /** The plan's PDF in the reader's language (English where the PDF has no words for it yet). */
  pdfUrl: (lang: string) => {
    const base = lang.slice(0, 2).toLowerCase();
    return `/api/v1/action-plan/export.pdf?lang=${base === "fi" || base === "sv" ? base : "en"}`;
  },
  priorities: () => request("GET", "/api/v1/priorities", Ranking),
  create: (body: unknown) => request("POST", "/api/v1/action-plan", ActionPoint, body),
  update: (id: string, body: unknown) => request("PATCH", `/api/v1/action-plan/${id}`, ActionPoint, body),
  seed: (body: unknown = {}) => request("POST", "/api/v1/action-plan/seed", SeedResult, body),
  checklist: () => request("GET", "/api/v1/self-assessments/checklist", Checklist),
  assessments: () => request("GET", "/api/v1/self-assessments", AssessmentHistory),
  createAssessment: (body: unknown) => request("POST", "/api/v1/self-assessments", SelfAssessment, body),
  register: () => request("GET", "/api/v1/partnerships", Register),
  createPartnership: (body: unknown) => request("POST", "/api/v1/partnerships", Partnership, body),
  updatePartnership: (id: string, body: unknown) =>
    request("PATCH", `/api/v1/partnerships/${id}`, Partnership, body),
  /** The municipality's organisations, to name them; a role without access to the list sees ids. */
  organisations: async () => {
    try {
      return (await request("GET", "/api/v1/organisations", Organisations)).items;
    } catch (e) {
      if (e instanceof ApiFailure && (e.status === 403 || e.status === 404)) return [];
      throw e;
    }
  },
};
