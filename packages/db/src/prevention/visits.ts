import { iso } from "../admin/rows.ts";
import type { Queryable } from "../connection.ts";

/** An outreach visit as stored: its fields are one ciphertext, made and read by the server's keyring. */
export interface VisitRow {
  id: string;
  municipalityId: string;
  status: "planned" | "done" | "cancelled";
  plannedOn: string;
  fieldsEnc: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

type Row = {
  id: string;
  municipality_id: string;
  status: VisitRow["status"];
  planned_on: string;
  fields_enc: string;
  version: number;
  created_at: Date;
  updated_at: Date;
};

const columns =
  "id, municipality_id, status, planned_on::text as planned_on, fields_enc, version, created_at, updated_at";

const toRow = (r: Row): VisitRow => ({
  id: r.id,
  municipalityId: r.municipality_id,
  status: r.status,
  plannedOn: r.planned_on,
  fieldsEnc: r.fields_enc,
  version: r.version,
  createdAt: iso(r.created_at)!,
  updatedAt: iso(r.updated_at)!,
});

export async function listVisits(tx: Queryable, municipalityId: string) {
  const rows = await tx.query<Row>(
    `select ${columns} from outreach_visits where municipality_id = $1 order by planned_on desc, id`,
    [municipalityId],
  );
  return rows.map(toRow);
}

export async function getVisit(tx: Queryable, municipalityId: string, id: string) {
  const [row] = await tx.query<Row>(
    `select ${columns} from outreach_visits where municipality_id = $1 and id = $2`,
    [municipalityId, id],
  );
  return row ? toRow(row) : null;
}

/** Inserts a visit; null when a visit with this id exists already (a device resent it). */
export async function insertVisit(
  tx: Queryable,
  v: Pick<VisitRow, "id" | "municipalityId" | "status" | "plannedOn" | "fieldsEnc"> & { createdBy: string },
) {
  const [row] = await tx.query<Row>(
    `insert into outreach_visits (id, municipality_id, status, planned_on, fields_enc, created_by)
     values ($1, $2, $3, $4::date, $5, $6) on conflict (municipality_id, id) do nothing returning ${columns}`,
    [v.id, v.municipalityId, v.status, v.plannedOn, v.fieldsEnc, v.createdBy],
  );
  return row ? toRow(row) : null;
}

/** Optimistic locking: returns null when `version` is no longer current. */
export async function updateVisit(
  tx: Queryable,
  municipalityId: string,
  id: string,
  version: number,
  next: Pick<VisitRow, "status" | "plannedOn" | "fieldsEnc">,
) {
  const [row] = await tx.query<Row>(
    `update outreach_visits set status = $4, planned_on = $5::date, fields_enc = $6,
       version = version + 1, updated_at = now()
     where municipality_id = $1 and id = $2 and version = $3 returning ${columns}`,
    [municipalityId, id, version, next.status, next.plannedOn, next.fieldsEnc],
  );
  return row ? toRow(row) : null;
}

/** Retention: removes visits planned before `before` (the municipality's rule); returns how many. */
export async function deleteVisitsBefore(tx: Queryable, municipalityId: string, before: string) {
  const rows = await tx.query<{ id: string }>(
    "delete from outreach_visits where municipality_id = $1 and planned_on < $2::date returning id",
    [municipalityId, before],
  );
  return rows.length;
}
