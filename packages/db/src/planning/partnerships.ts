import { iso } from "../admin/rows.ts";
import type { Queryable } from "../connection.ts";

/** A partnership entry as stored: the details are one ciphertext, made and read by the server's keyring. */
export interface PartnershipRow {
  id: string;
  municipalityId: string;
  kind: "member" | "meeting";
  organisationId: string | null;
  detailsEnc: string;
  archived: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}

type Row = {
  id: string;
  municipality_id: string;
  kind: "member" | "meeting";
  organisation_id: string | null;
  details_enc: string;
  archived: boolean;
  version: number;
  created_at: Date;
  updated_at: Date;
};

const toRow = (r: Row): PartnershipRow => ({
  id: r.id,
  municipalityId: r.municipality_id,
  kind: r.kind,
  organisationId: r.organisation_id,
  detailsEnc: r.details_enc,
  archived: r.archived,
  version: r.version,
  createdAt: iso(r.created_at)!,
  updatedAt: iso(r.updated_at)!,
});

export async function listPartnerships(tx: Queryable, municipalityId: string, includeArchived = false) {
  const rows = await tx.query<Row>(
    "select * from partnerships where municipality_id = $1 and ($2 or not archived) order by kind desc, created_at, id",
    [municipalityId, includeArchived],
  );
  return rows.map(toRow);
}

export async function getPartnership(tx: Queryable, municipalityId: string, id: string) {
  const [row] = await tx.query<Row>("select * from partnerships where municipality_id = $1 and id = $2", [
    municipalityId,
    id,
  ]);
  return row ? toRow(row) : null;
}

export async function insertPartnership(
  tx: Queryable,
  p: {
    id: string;
    municipalityId: string;
    kind: "member" | "meeting";
    organisationId: string | null;
    detailsEnc: string;
    createdBy: string;
  },
) {
  const [row] = await tx.query<Row>(
    `insert into partnerships (id, municipality_id, kind, organisation_id, details_enc, created_by)
     values ($1, $2, $3, $4, $5, $6) returning *`,
    [p.id, p.municipalityId, p.kind, p.organisationId, p.detailsEnc, p.createdBy],
  );
  return toRow(row!);
}

/** Optimistic locking: returns null when `version` is no longer current. The kind never changes. */
export async function updatePartnership(
  tx: Queryable,
  municipalityId: string,
  id: string,
  version: number,
  next: { kind: "member" | "meeting"; organisationId: string | null; detailsEnc: string; archived: boolean },
) {
  const [row] = await tx.query<Row>(
    `update partnerships set organisation_id = $4, details_enc = $5, archived = $6, version = version + 1,
       updated_at = now()
     where municipality_id = $1 and id = $2 and version = $3 and kind = $7 returning *`,
    [municipalityId, id, version, next.organisationId, next.detailsEnc, next.archived, next.kind],
  );
  return row ? toRow(row) : null;
}
