import { randomUUID } from "node:crypto";
import { type Queryable, trainingDb } from "@ariadne/db";
import { training } from "@ariadne/domain";

/**
 * A demo course for the social and health care staff, so a new installation shows the training
 * module with something to take: the built-in lessons and three scenario exercises. No attendance:
 * coverage starts empty, as it would.
 */
export async function seedDemoTraining(tx: Queryable, municipalityId: string) {
  const content = training.CourseContent.parse({
    language: "en",
    title: "Recognising trafficking: the basics",
    description: "What trafficking is, what you may see, how to approach people and where to refer them.",
    groups: ["social_care", "health_care"],
    refresherMonths: 24,
    lessons: [
      { kind: "definition" },
      { kind: "indicators", profiles: ["adult_labour"] },
      { kind: "barriers" },
      { kind: "referral_pathway" },
      { kind: "scenario", scenarioId: "agri-greenhouse-hours" },
      { kind: "scenario", scenarioId: "cleaning-bank-card" },
      { kind: "scenario", scenarioId: "begging-child-quota" },
    ],
  });
  await trainingDb.insertCourse(tx, { id: randomUUID(), municipalityId, content, createdBy: null });
}
