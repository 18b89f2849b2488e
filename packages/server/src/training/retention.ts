import { adminDb, type Database, trainingDb, withSystem, withTenant } from "@ariadne/db";
import { training } from "@ariadne/domain";
import { appendAudit } from "../audit/index.ts";

/**
 * Removes completions (attendance and self-study, each naming a person) past their retention
 * (domain `completionCutoff`, per course by its refresher interval) in every municipality, as of
 * `asOf`, each municipality in its own transaction with an audit entry naming how many went.
 * Archived courses count too: their completions name people as well. The server runs it hourly.
 */
export async function purgeExpiredTraining(db: Database, asOf: string) {
  const municipalities = await withSystem(db, (tx) => adminDb.listMunicipalities(tx));
  let completions = 0;
  for (const m of municipalities) {
    await withTenant(db, m.id, async (tx) => {
      let removed = 0;
      for (const course of await trainingDb.listCourses(tx, m.id, true)) {
        const cutoff = training.completionCutoff(asOf, course.content.refresherMonths);
        removed += await trainingDb.deleteCompletionsBefore(tx, m.id, course.id, cutoff);
      }
      if (removed > 0)
        await appendAudit(tx, {
          municipalityId: m.id,
          actorId: null,
          actorName: "retention",
          action: "training.retention",
          recordType: "training_completion",
          recordId: null,
          ip: null,
          outcome: "success",
          details: { completions: removed, asOf },
        });
      completions += removed;
    });
  }
  return { completions };
}
