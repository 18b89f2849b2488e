import type { planning } from "@ariadne/domain";
import { iso } from "../admin/rows.ts";
import type { Queryable } from "../connection.ts";

type Row = {
  id: string;
  municipality_id: string;
  chapter: planning.Chapter;
  title: string;
  description: string;
  owner_organisation_id: string | null;
  partner_organisation_ids: string[];
  deadline: string | null;
  resources: string;
  status: planning.ActionStatus;
  progress_indicator: string;
  progress_percent: number;
  evidence: string;
  priority_ids: string[];
  template_action_id: string | null;
  version: number;
  created_at: Date;
  updated_at: Date;
};

/** An action point as stored; `overdue` is computed by the caller for its `asOf`. */
export type StoredActionPoint = Omit<planning.ActionPoint, "overdue">;
export type ActionPointFields = Omit<
  StoredActionPoint,
  "id" | "municipalityId" | "version" | "createdAt" | "updatedAt"
>;

// Arrays travel as JSON and dates as text: both drivers then hand back the same shapes.
const columns = `id, municipality_id, chapter, title, description, owner_organisation_id,
  array_to_json(partner_organisation_ids) as partner_organisation_ids, deadline::text as deadline, resources, status,
  progress_indicator, progress_percent, evidence, array_to_json(priority_ids) as priority_ids, template_action_id,
  version, created_at, updated_at`;

const toActionPoint = (r: Row): StoredActionPoint => ({
  id: r.id,
  municipalityId: r.municipality_id,
  chapter: r.chapter,
  title: r.title,
  description: r.description,
  ownerOrganisationId: r.owner_organisation_id,
  partnerOrganisationIds: r.partner_organisation_ids,
  deadline: r.deadline,
  resources: r.resources,
  status: r.status,
  progressIndicator: r.progress_indicator,
  progressPercent: r.progress_percent,
  evidence: r.evidence,
  priorityIds: r.priority_ids,
  templateActionId: r.template_action_id,
  version: r.version,
  createdAt: iso(r.created_at)!,
  updatedAt: iso(r.updated_at)!,
});

const uuidArray = (ids: readonly string[]) => `{${ids.join(",")}}`;

export async function listActionPoints(tx: Queryable, municipalityId: string) {
  const rows = await tx.query<Row>(
    `select ${columns} from action_points where municipality_id = $1 order by chapter, deadline nulls last, title, id`,
    [municipalityId],
  );
  return rows.map(toActionPoint);
}

export async function getActionPoint(tx: Queryable, municipalityId: string, id: string) {
  const [row] = await tx.query<Row>(
    `select ${columns} from action_points where municipality_id = $1 and id = $2`,
    [municipalityId, id],
  );
  return row ? toActionPoint(row) : null;
}

export async function insertActionPoint(
  tx: Queryable,
  p: { id: string; municipalityId: string; createdBy: string } & ActionPointFields,
) {
  const [row] = await tx.query<Row>(
    `insert into action_points (id, municipality_id, chapter, title, description, owner_organisation_id,
       partner_organisation_ids, deadline, resources, status, progress_indicator, progress_percent, evidence,
       priority_ids, template_action_id, created_by)
     values ($1, $2, $3, $4, $5, $6, $7::uuid[], $8::date, $9, $10, $11, $12, $13, $14::uuid[], $15, $16)
     returning ${columns}`,
    [
      p.id,
      p.municipalityId,
      p.chapter,
      p.title,
      p.description,
      p.ownerOrganisationId,
      uuidArray(p.partnerOrganisationIds),
      p.deadline,
      p.resources,
      p.status,
      p.progressIndicator,
      p.progressPercent,
      p.evidence,
      uuidArray(p.priorityIds),
      p.templateActionId,
      p.createdBy,
    ],
  );
  return toActionPoint(row!);
}

/** Optimistic locking: returns null when `version` is no longer current. */
export async function updateActionPoint(
  tx: Queryable,
  municipalityId: string,
  id: string,
  version: number,
  next: ActionPointFields,
) {
  const [row] = await tx.query<Row>(
    `update action_points set chapter = $4, title = $5, description = $6, owner_organisation_id = $7,
       partner_organisation_ids = $8::uuid[], deadline = $9::date, resources = $10, status = $11,
       progress_indicator = $12, progress_percent = $13, evidence = $14, priority_ids = $15::uuid[],
       version = version + 1, updated_at = now()
     where municipality_id = $1 and id = $2 and version = $3 returning ${columns}`,
    [
      municipalityId,
      id,
      version,
      next.chapter,
      next.title,
      next.description,
      next.ownerOrganisationId,
      uuidArray(next.partnerOrganisationIds),
      next.deadline,
      next.resources,
      next.status,
      next.progressIndicator,
      next.progressPercent,
      next.evidence,
      uuidArray(next.priorityIds),
    ],
  );
  return row ? toActionPoint(row) : null;
}

/** The template actions already in the plan, so seeding does not add them twice. */
export async function seededTemplateActionIds(tx: Queryable, municipalityId: string) {
  const rows = await tx.query<{ template_action_id: string }>(
    "select distinct template_action_id from action_points where municipality_id = $1 and template_action_id is not null",
    [municipalityId],
  );
  return new Set(rows.map((r) => r.template_action_id));
}

/** The ids among `ids` that are organisations of the municipality. */
export async function existingOrganisationIds(tx: Queryable, municipalityId: string, ids: readonly string[]) {
  if (ids.length === 0) return new Set<string>();
  const rows = await tx.query<{ id: string }>(
    "select id from organisations where municipality_id = $1 and id = any($2::uuid[])",
    [municipalityId, uuidArray(ids)],
  );
  return new Set(rows.map((r) => r.id));
}
