import type { training } from "@ariadne/domain";
import { iso } from "../admin/rows.ts";
import type { Queryable } from "../connection.ts";

type Row = { id: string; content: training.OwnScenario["content"]; archived: boolean; created_at: Date };

const toScenario = (r: Row): training.OwnScenario => ({
  id: r.id,
  content: r.content,
  archived: r.archived,
  createdAt: iso(r.created_at)!,
});

export async function insertOwnScenario(
  tx: Queryable,
  s: { id: string; municipalityId: string; content: training.OwnScenarioCreate; createdBy: string | null },
) {
  const [row] = await tx.query<Row>(
    `insert into training_scenarios (id, municipality_id, content, created_by) values ($1, $2, $3::jsonb, $4)
     returning id, content, archived, created_at`,
    [s.id, s.municipalityId, JSON.stringify(s.content), s.createdBy],
  );
  return toScenario(row!);
}

/** The municipality's own scenarios, oldest first; `ids` narrows to those (archived or not). */
export async function listOwnScenarios(
  tx: Queryable,
  municipalityId: string,
  f: { ids?: readonly string[]; includeArchived?: boolean } = {},
) {
  const rows = await tx.query<Row>(
    `select id, content, archived, created_at from training_scenarios
     where municipality_id = $1 and ($2::uuid[] is null or id = any($2)) and ($3 or not archived)
     order by created_at, id`,
    [municipalityId, f.ids ?? null, f.includeArchived ?? f.ids !== undefined],
  );
  return rows.map(toScenario);
}

export async function setOwnScenarioArchived(
  tx: Queryable,
  municipalityId: string,
  id: string,
  archived: boolean,
) {
  const [row] = await tx.query<Row>(
    `update training_scenarios set archived = $3 where municipality_id = $1 and id = $2
     returning id, content, archived, created_at`,
    [municipalityId, id, archived],
  );
  return row ? toScenario(row) : null;
}
