import type { prevention } from "@ariadne/domain";
import { iso } from "../admin/rows.ts";
import type { Queryable } from "../connection.ts";

type Row = {
  id: string;
  municipality_id: string;
  fields: prevention.CampaignFields;
  version: number;
  created_at: Date;
  updated_at: Date;
};

export interface CampaignRow {
  id: string;
  municipalityId: string;
  fields: prevention.CampaignFields;
  version: number;
  createdAt: string;
  updatedAt: string;
}

const toRow = (r: Row): CampaignRow => ({
  id: r.id,
  municipalityId: r.municipality_id,
  fields: r.fields,
  version: r.version,
  createdAt: iso(r.created_at)!,
  updatedAt: iso(r.updated_at)!,
});
const columns = "id, municipality_id, fields, version, created_at, updated_at";

export async function listCampaigns(tx: Queryable, municipalityId: string) {
  const rows = await tx.query<Row>(
    `select ${columns} from campaigns where municipality_id = $1 order by starts_on desc, id`,
    [municipalityId],
  );
  return rows.map(toRow);
}

export async function getCampaign(tx: Queryable, municipalityId: string, id: string) {
  const [row] = await tx.query<Row>(
    `select ${columns} from campaigns where municipality_id = $1 and id = $2`,
    [municipalityId, id],
  );
  return row ? toRow(row) : null;
}

export async function insertCampaign(
  tx: Queryable,
  c: { id: string; municipalityId: string; createdBy: string; fields: prevention.CampaignFields },
) {
  const [row] = await tx.query<Row>(
    `insert into campaigns (id, municipality_id, starts_on, fields, created_by)
     values ($1, $2, $3::date, $4::jsonb, $5) returning ${columns}`,
    [c.id, c.municipalityId, c.fields.startsOn, JSON.stringify(c.fields), c.createdBy],
  );
  return toRow(row!);
}

/** Optimistic locking: null when `version` is no longer current. */
export async function updateCampaign(
  tx: Queryable,
  municipalityId: string,
  id: string,
  version: number,
  fields: prevention.CampaignFields,
) {
  const [row] = await tx.query<Row>(
    `update campaigns set starts_on = $4::date, fields = $5::jsonb, version = version + 1, updated_at = now()
     where municipality_id = $1 and id = $2 and version = $3 returning ${columns}`,
    [municipalityId, id, version, fields.startsOn, JSON.stringify(fields)],
  );
  return row ? toRow(row) : null;
}
