import { type Queryable, trainingDb } from "@ariadne/db";
import { training } from "@ariadne/domain";

/** A lesson's scenario id names the library's scenario, or (a uuid) one the municipality's trainer wrote. */
const isOwnId = (id: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

/**
 * The scenarios a course's lessons name, by id: the library's from the domain, the municipality's
 * own from the database (archived ones too: a course that shows one keeps it). Ids that name
 * nothing are left out, for the caller to refuse.
 */
export async function scenariosOfCourse(
  tx: Queryable,
  municipalityId: string,
  content: Pick<training.CourseContent, "lessons">,
): Promise<Map<string, training.Scenario>> {
  const ids = content.lessons.flatMap((l) => (l.kind === "scenario" ? [l.scenarioId] : []));
  const own = ids.filter(isOwnId);
  const found = new Map<string, training.Scenario>();
  for (const id of ids) {
    const s = training.scenarioById(id);
    if (s) found.set(id, s);
  }
  if (own.length > 0)
    for (const s of await trainingDb.listOwnScenarios(tx, municipalityId, { ids: [...new Set(own)] }))
      found.set(s.id, training.scenarioOf(s));
  return found;
}
