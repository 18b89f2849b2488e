import { mapping } from "@ariadne/domain";
import { iso } from "../admin/rows.ts";
import type { Queryable } from "../connection.ts";

type Row = {
  id: string;
  municipality_id: string;
  group_entry_id: string | null;
  location_entry_id: string | null;
  form: mapping.ExploitationForm;
  ratings: mapping.FactorRatings;
  decision: mapping.PriorityDecision;
  rationale: string;
  decided_by_name: string | null;
  decided_at: Date | null;
  version: number;
  created_at: Date;
  updated_at: Date;
};

const select = `select p.*, u.display_name as decided_by_name from priorities p left join users u on u.id = p.decided_by`;

const toPriority = (r: Row): mapping.Priority => ({
  id: r.id,
  municipalityId: r.municipality_id,
  groupEntryId: r.group_entry_id,
  locationEntryId: r.location_entry_id,
  form: r.form,
  ratings: r.ratings,
  decision: r.decision,
  rationale: r.rationale,
  decidedBy: r.decided_by_name,
  decidedAt: iso(r.decided_at),
  version: r.version,
  createdAt: iso(r.created_at)!,
  updatedAt: iso(r.updated_at)!,
});

export async function listPriorities(tx: Queryable, municipalityId: string) {
  const rows = await tx.query<Row>(`${select} where p.municipality_id = $1 order by p.created_at, p.id`, [
    municipalityId,
  ]);
  return rows.map(toPriority);
}

export async function getPriority(tx: Queryable, municipalityId: string, id: string) {
  const [row] = await tx.query<Row>(`${select} where p.municipality_id = $1 and p.id = $2`, [
    municipalityId,
    id,
  ]);
  return row ? toPriority(row) : null;
}

/** The ids among `ids` that are priorities of the municipality. */
export async function existingPriorityIds(tx: Queryable, municipalityId: string, ids: readonly string[]) {
  if (ids.length === 0) return new Set<string>();
  const rows = await tx.query<{ id: string }>(
    "select id from priorities where municipality_id = $1 and id = any($2::uuid[])",
    [municipalityId, `{${ids.join(",")}}`],
  );
  return new Set(rows.map((r) => r.id));
}

type Fields = Omit<mapping.PriorityCreate, never>;

export async function insertPriority(
  tx: Queryable,
  p: { id: string; municipalityId: string; actorId: string } & Fields,
) {
  await tx.query(
    `insert into priorities (id, municipality_id, group_entry_id, location_entry_id, form, ratings, decision, rationale,
       decided_by, decided_at)
     values ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9, case when $7 = 'proposed' then null else now() end)`,
    [
      p.id,
      p.municipalityId,
      p.groupEntryId,
      p.locationEntryId,
      p.form,
      JSON.stringify(p.ratings),
      p.decision,
      p.rationale,
      p.decision === "proposed" ? null : p.actorId,
    ],
  );
  return (await getPriority(tx, p.municipalityId, p.id))!;
}

/** Optimistic locking: null when `version` is stale. A changed decision records who decided and when. */
export async function updatePriority(
  tx: Queryable,
  municipalityId: string,
  id: string,
  version: number,
  next: Fields,
  actorId: string,
  decisionChanged: boolean,
) {
  const [row] = await tx.query<{ id: string }>(
    `update priorities set group_entry_id = $4, location_entry_id = $5, form = $6, ratings = $7::jsonb,
       decision = $8, rationale = $9, version = version + 1, updated_at = now(),
       decided_by = case when $10 then $11::uuid else decided_by end,
       decided_at = case when $10 then now() else decided_at end
     where municipality_id = $1 and id = $2 and version = $3 returning id`,
    [
      municipalityId,
      id,
      version,
      next.groupEntryId,
      next.locationEntryId,
      next.form,
      JSON.stringify(next.ratings),
      next.decision,
      next.rationale,
      decisionChanged,
      actorId,
    ],
  );
  return row ? getPriority(tx, municipalityId, id) : null;
}

export async function getWeights(tx: Queryable, municipalityId: string) {
  const [row] = await tx.query<{ weights: mapping.PriorityWeights; version: number }>(
    "select weights, version from priority_weights where municipality_id = $1",
    [municipalityId],
  );
  return row ?? { weights: mapping.defaultWeights, version: 0 };
}

/** Inserts at version 0, updates at the current version; null when `version` is stale. */
export async function saveWeights(
  tx: Queryable,
  municipalityId: string,
  version: number,
  weights: mapping.PriorityWeights,
  updatedBy: string,
) {
  const json = JSON.stringify(weights);
  const [row] =
    version === 0
      ? await tx.query<{ weights: mapping.PriorityWeights; version: number }>(
          `insert into priority_weights (municipality_id, weights, updated_by) values ($1, $2::jsonb, $3)
           on conflict (municipality_id) do nothing returning weights, version`,
          [municipalityId, json, updatedBy],
        )
      : await tx.query<{ weights: mapping.PriorityWeights; version: number }>(
          `update priority_weights set weights = $3::jsonb, updated_by = $4, version = version + 1, updated_at = now()
           where municipality_id = $1 and version = $2 returning weights, version`,
          [municipalityId, version, json, updatedBy],
        );
  return row ?? null;
}
