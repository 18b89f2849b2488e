import { iso } from "../admin/rows.ts";
import type { Queryable } from "../connection.ts";

/** A concern as stored: personal fields are ciphertexts made and read by the server's keyring. */
export interface ConcernRow {
  id: string;
  municipalityId: string;
  receivedAt: string;
  whatEnc: string;
  whereEnc: string;
  seenOn: string | null;
  contactEnc: string | null;
  language: string;
  status: "new" | "in_progress" | "closed";
  replyEnc: string | null;
  repliedAt: string | null;
  followUpKind: "mapping_entry" | "outreach_visit" | "case" | null;
  followUpId: string | null;
  version: number;
}

type Row = {
  id: string;
  municipality_id: string;
  received_at: Date;
  what_enc: string;
  where_enc: string;
  seen_on: string | null;
  contact_enc: string | null;
  language: string;
  status: ConcernRow["status"];
  reply_enc: string | null;
  replied_at: Date | null;
  follow_up_kind: ConcernRow["followUpKind"];
  follow_up_id: string | null;
  version: number;
};

const columns = `id, municipality_id, received_at, what_enc, where_enc, seen_on::text as seen_on, contact_enc,
  language, status, reply_enc, replied_at, follow_up_kind, follow_up_id, version`;

const toRow = (r: Row): ConcernRow => ({
  id: r.id,
  municipalityId: r.municipality_id,
  receivedAt: iso(r.received_at)!,
  whatEnc: r.what_enc,
  whereEnc: r.where_enc,
  seenOn: r.seen_on,
  contactEnc: r.contact_enc,
  language: r.language,
  status: r.status,
  replyEnc: r.reply_enc,
  repliedAt: iso(r.replied_at),
  followUpKind: r.follow_up_kind,
  followUpId: r.follow_up_id,
  version: r.version,
});

export async function insertConcern(
  tx: Queryable,
  c: Pick<
    ConcernRow,
    "id" | "municipalityId" | "whatEnc" | "whereEnc" | "seenOn" | "contactEnc" | "language"
  > & {
    receiptHash: string;
  },
) {
  const [row] = await tx.query<Row>(
    `insert into concerns (id, municipality_id, what_enc, where_enc, seen_on, contact_enc, language, receipt_hash)
     values ($1, $2, $3, $4, $5::date, $6, $7, $8) returning ${columns}`,
    [c.id, c.municipalityId, c.whatEnc, c.whereEnc, c.seenOn, c.contactEnc, c.language, c.receiptHash],
  );
  return toRow(row!);
}

export async function listConcerns(tx: Queryable, municipalityId: string) {
  const rows = await tx.query<Row>(
    `select ${columns} from concerns where municipality_id = $1 order by received_at desc, id`,
    [municipalityId],
  );
  return rows.map(toRow);
}

export async function getConcern(tx: Queryable, municipalityId: string, id: string) {
  const [row] = await tx.query<Row>(
    `select ${columns} from concerns where municipality_id = $1 and id = $2`,
    [municipalityId, id],
  );
  return row ? toRow(row) : null;
}

export async function concernByReceipt(tx: Queryable, municipalityId: string, receiptHash: string) {
  const [row] = await tx.query<Row>(
    `select ${columns} from concerns where municipality_id = $1 and receipt_hash = $2`,
    [municipalityId, receiptHash],
  );
  return row ? toRow(row) : null;
}

/** Optimistic locking: null when `version` is no longer current. */
export async function updateConcern(
  tx: Queryable,
  municipalityId: string,
  id: string,
  version: number,
  next: Pick<ConcernRow, "status" | "replyEnc" | "followUpKind" | "followUpId"> & { replied: boolean },
) {
  const [row] = await tx.query<Row>(
    `update concerns set status = $4, reply_enc = $5, follow_up_kind = $6, follow_up_id = $7,
       replied_at = case when $8 then now() else replied_at end, version = version + 1
     where municipality_id = $1 and id = $2 and version = $3 returning ${columns}`,
    [
      municipalityId,
      id,
      version,
      next.status,
      next.replyEnc,
      next.followUpKind,
      next.followUpId,
      next.replied,
    ],
  );
  return row ? toRow(row) : null;
}

/** Retention: removes concerns received before `before`; returns how many. */
export async function deleteConcernsBefore(tx: Queryable, municipalityId: string, before: string) {
  const rows = await tx.query<{ id: string }>(
    "delete from concerns where municipality_id = $1 and received_at < $2::date returning id",
    [municipalityId, before],
  );
  return rows.length;
}

/**
 * Counts one hit of `bucket` (a keyed hash of an address and a form) in the window starting at
 * `windowStart`, deleting every window that has ended; returns the hits in this window.
 */
export async function countPublicHit(tx: Queryable, bucket: string, windowStart: Date) {
  await tx.query("delete from public_rate_limits where window_start < $1", [windowStart]);
  const [row] = await tx.query<{ hits: number }>(
    `insert into public_rate_limits (bucket, window_start) values ($1, $2)
     on conflict (bucket, window_start) do update set hits = public_rate_limits.hits + 1 returning hits`,
    [bucket, windowStart],
  );
  return row!.hits;
}

/** The municipalities the public page can name, oldest first (the first is the default). */
export async function listMunicipalitiesForPublic(tx: Queryable) {
  return tx.query<{ id: string; name: string; country: string }>(
    "select id, name, country from municipalities order by created_at, id",
  );
}

const followUpTables = {
  mapping_entry: "mapping_entries",
  outreach_visit: "outreach_visits",
  case: "cases",
} as const;

/** True when the record a concern was turned into exists in the municipality. */
export async function followUpExists(
  tx: Queryable,
  municipalityId: string,
  kind: keyof typeof followUpTables,
  id: string,
) {
  const rows = await tx.query(
    `select 1 from ${followUpTables[kind]} where municipality_id = $1 and id = $2`,
    [municipalityId, id],
  );
  return rows.length > 0;
}

/** The concern a case was opened from (its follow-up), or null. */
export async function concernOfCase(tx: Queryable, municipalityId: string, caseId: string) {
  const [row] = await tx.query<Row>(
    `select ${columns} from concerns
     where municipality_id = $1 and follow_up_kind = 'case' and follow_up_id = $2
     order by received_at limit 1`,
    [municipalityId, caseId],
  );
  return row ? toRow(row) : null;
}
