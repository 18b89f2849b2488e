import { iso } from "../admin/rows.ts";
import type { Queryable } from "../connection.ts";

type Row = {
  id: string;
  campaign_id: string;
  title: string;
  version: number;
  file_name: string;
  media_type: string;
  size_bytes: number;
  uploaded_at: Date;
};

export interface MaterialFileRow {
  id: string;
  campaignId: string;
  title: string;
  version: number;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  uploadedAt: string;
}

const toRow = (r: Row): MaterialFileRow => ({
  id: r.id,
  campaignId: r.campaign_id,
  title: r.title,
  version: r.version,
  fileName: r.file_name,
  mediaType: r.media_type,
  sizeBytes: r.size_bytes,
  uploadedAt: iso(r.uploaded_at)!,
});
const columns = "id, campaign_id, title, version, file_name, media_type, size_bytes, uploaded_at";

/** Every file of a campaign's materials, every version, newest version of each title first. */
export async function listMaterialFiles(tx: Queryable, municipalityId: string, campaignId: string) {
  const rows = await tx.query<Row>(
    `select ${columns} from campaign_material_files where municipality_id = $1 and campaign_id = $2
     order by title, version desc`,
    [municipalityId, campaignId],
  );
  return rows.map(toRow);
}

/**
 * Adds a file as the next version of the material `title` (version 1 for a new title). The unique
 * key (campaign, title, version) refuses a concurrent upload that picked the same number.
 */
export async function insertMaterialFile(
  tx: Queryable,
  f: {
    id: string;
    municipalityId: string;
    campaignId: string;
    title: string;
    fileName: string;
    mediaType: string;
    sizeBytes: number;
    contentEnc: string;
    uploadedBy: string;
  },
) {
  const [row] = await tx.query<Row>(
    `insert into campaign_material_files
       (id, municipality_id, campaign_id, title, version, file_name, media_type, size_bytes, uploaded_by)
     select $1, $2, $3, $4, coalesce(max(version), 0) + 1, $5, $6, $7, $8
       from campaign_material_files where municipality_id = $2 and campaign_id = $3 and title = $4
     returning ${columns}`,
    [f.id, f.municipalityId, f.campaignId, f.title, f.fileName, f.mediaType, f.sizeBytes, f.uploadedBy],
  );
  await tx.query(
    "insert into campaign_material_contents (file_id, municipality_id, content_enc) values ($1, $2, $3)",
    [f.id, f.municipalityId, f.contentEnc],
  );
  return toRow(row!);
}

/** One file with its (still encrypted) bytes, or null outside the campaign or municipality. */
export async function getMaterialFile(tx: Queryable, municipalityId: string, campaignId: string, id: string) {
  const [row] = await tx.query<Row & { content_enc: string }>(
    `select ${columns.replace(/(\w+)/g, "f.$1")}, c.content_enc
       from campaign_material_files f join campaign_material_contents c
         on c.municipality_id = f.municipality_id and c.file_id = f.id
      where f.municipality_id = $1 and f.campaign_id = $2 and f.id = $3`,
    [municipalityId, campaignId, id],
  );
  return row ? { ...toRow(row), contentEnc: row.content_enc } : null;
}

/** Deletes one file and its bytes; the file as it was, or null outside the campaign or municipality. */
export async function deleteMaterialFile(
  tx: Queryable,
  municipalityId: string,
  campaignId: string,
  id: string,
) {
  await tx.query(
    `delete from campaign_material_contents where municipality_id = $1 and file_id in
       (select id from campaign_material_files where municipality_id = $1 and campaign_id = $2 and id = $3)`,
    [municipalityId, campaignId, id],
  );
  const [row] = await tx.query<Row>(
    `delete from campaign_material_files where municipality_id = $1 and campaign_id = $2 and id = $3
     returning ${columns}`,
    [municipalityId, campaignId, id],
  );
  return row ? toRow(row) : null;
}

/**
 * Retention: deletes every file (and its bytes) of the campaigns that ended before `before`
 * (YYYY-MM-DD); a campaign without an end keeps its files. Returns how many files went.
 */
export async function deleteMaterialFilesOfCampaignsEndedBefore(
  tx: Queryable,
  municipalityId: string,
  before: string,
) {
  const ended = `select f.id from campaign_material_files f join campaigns c
      on c.municipality_id = f.municipality_id and c.id = f.campaign_id
    where f.municipality_id = $1 and (c.fields->>'endsOn') is not null and (c.fields->>'endsOn')::date < $2::date`;
  await tx.query(
    `delete from campaign_material_contents where municipality_id = $1 and file_id in (${ended})`,
    [municipalityId, before],
  );
  const rows = await tx.query<{ id: string }>(
    `delete from campaign_material_files where municipality_id = $1 and id in (${ended}) returning id`,
    [municipalityId, before],
  );
  return rows.length;
}
