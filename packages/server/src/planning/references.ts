import { mappingDb, planningDb, type Queryable } from "@ariadne/db";
import { invalid } from "../http/errors.ts";

/** Organisations named in a request must be the municipality's own; a refusal names the field. */
export async function checkOrganisations(tx: Queryable, m: string, refs: { path: string; id: string }[]) {
  const found = await planningDb.existingOrganisationIds(
    tx,
    m,
    refs.map((r) => r.id),
  );
  const missing = refs.find((r) => !found.has(r.id));
  if (missing) throw invalid(missing.path, "no such organisation in the municipality");
}

/** Priorities an action point serves must be the municipality's own. */
export async function checkPriorities(tx: Queryable, m: string, ids: readonly string[]) {
  const found = await mappingDb.existingPriorityIds(tx, m, ids);
  const i = ids.findIndex((id) => !found.has(id));
  if (i >= 0) throw invalid(`body.priorityIds.${i}`, "no such priority in the municipality");
}
