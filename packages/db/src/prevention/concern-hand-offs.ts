import { iso } from "../admin/rows.ts";
import type { Queryable } from "../connection.ts";

/** A hand-off as stored: the note and the reason are ciphertexts made and read by the server's keyring. */
export interface ConcernHandOffRow {
  id: string;
  municipalityId: string;
  concernId: string;
  toUserId: string;
  toName: string;
  byUserId: string;
  byName: string;
  noteEnc: string | null;
  status: "open" | "case_opened" | "handed_back";
  reasonEnc: string | null;
  caseId: string | null;
  handedAt: string;
  closedAt: string | null;
}

type Row = {
  id: string;
  municipality_id: string;
  concern_id: string;
  to_user_id: string;
  to_name: string;
  by_user_id: string;
  by_name: string;
  note_enc: string | null;
  status: ConcernHandOffRow["status"];
  reason_enc: string | null;
  case_id: string | null;
  handed_at: Date;
  closed_at: Date | null;
};

const select = `select h.id, h.municipality_id, h.concern_id, h.to_user_id, tu.display_name as to_name,
    h.by_user_id, bu.display_name as by_name, h.note_enc, h.status, h.reason_enc, h.case_id, h.handed_at, h.closed_at
  from concern_hand_offs h join users tu on tu.id = h.to_user_id join users bu on bu.id = h.by_user_id`;

const toRow = (r: Row): ConcernHandOffRow => ({
  id: r.id,
  municipalityId: r.municipality_id,
  concernId: r.concern_id,
  toUserId: r.to_user_id,
  toName: r.to_name,
  byUserId: r.by_user_id,
  byName: r.by_name,
  noteEnc: r.note_enc,
  status: r.status,
  reasonEnc: r.reason_enc,
  caseId: r.case_id,
  handedAt: iso(r.handed_at)!,
  closedAt: iso(r.closed_at),
});

export async function insertConcernHandOff(
  tx: Queryable,
  h: Pick<ConcernHandOffRow, "id" | "municipalityId" | "concernId" | "toUserId" | "byUserId" | "noteEnc">,
) {
  await tx.query(
    `insert into concern_hand_offs (id, municipality_id, concern_id, to_user_id, by_user_id, note_enc)
     values ($1, $2, $3, $4, $5, $6)`,
    [h.id, h.municipalityId, h.concernId, h.toUserId, h.byUserId, h.noteEnc],
  );
  return (await getConcernHandOff(tx, h.municipalityId, h.id))!;
}

/** One hand-off; `forUpdate` locks it so two workers' answers to it are taken one after the other. */
export async function getConcernHandOff(
  tx: Queryable,
  municipalityId: string,
  id: string,
  forUpdate = false,
) {
  const [row] = await tx.query<Row>(
    `${select} where h.municipality_id = $1 and h.id = $2${forUpdate ? " for update of h" : ""}`,
    [municipalityId, id],
  );
  return row ? toRow(row) : null;
}

/** The hand-offs to one worker, open ones first, newest first. */
export async function listConcernHandOffsTo(tx: Queryable, municipalityId: string, userId: string) {
  const rows = await tx.query<Row>(
    `${select} where h.municipality_id = $1 and h.to_user_id = $2
     order by (h.status = 'open') desc, h.handed_at desc, h.id limit 200`,
    [municipalityId, userId],
  );
  return rows.map(toRow);
}

/** The latest hand-off of each of the municipality's concerns, keyed by concern. */
export async function latestConcernHandOffs(tx: Queryable, municipalityId: string) {
  const rows = await tx.query<Row>(
    `${select} where h.municipality_id = $1
       and h.handed_at = (select max(x.handed_at) from concern_hand_offs x
                          where x.municipality_id = h.municipality_id and x.concern_id = h.concern_id)`,
    [municipalityId],
  );
  return new Map(rows.map((r) => [r.concern_id, toRow(r)]));
}

/** Closes an open hand-off (a case opened, or handed back); null when it is no longer open. */
export async function closeConcernHandOff(
  tx: Queryable,
  municipalityId: string,
  id: string,
  by: string,
  next: { status: "case_opened"; caseId: string } | { status: "handed_back"; reasonEnc: string },
) {
  const rows = await tx.query<{ id: string }>(
    `update concern_hand_offs set status = $4, case_id = $5, reason_enc = $6, closed_at = now(), closed_by = $3
     where municipality_id = $1 and id = $2 and status = 'open' returning id`,
    [
      municipalityId,
      id,
      by,
      next.status,
      next.status === "case_opened" ? next.caseId : null,
      next.status === "handed_back" ? next.reasonEnc : null,
    ],
  );
  return rows.length ? getConcernHandOff(tx, municipalityId, id) : null;
}

/** Active users of the municipality with one of `roles`, by name: who a concern can be handed to. */
export async function listHandOffRecipients(tx: Queryable, municipalityId: string, roles: readonly string[]) {
  return tx.query<{ id: string; name: string }>(
    `select id, display_name as name from users
     where municipality_id = $1 and active and role = any($2::text[]) order by display_name, id`,
    [municipalityId, roles],
  );
}

/** The concern's open hand-off, if it has one. */
export async function openHandOffOfConcern(tx: Queryable, municipalityId: string, concernId: string) {
  const [row] = await tx.query<Row>(
    `${select} where h.municipality_id = $1 and h.concern_id = $2 and h.status = 'open'`,
    [municipalityId, concernId],
  );
  return row ? toRow(row) : null;
}

/** The hand-off whose worker opened the case, or null (a case opened otherwise). */
export async function handOffOfCase(tx: Queryable, municipalityId: string, caseId: string) {
  const [row] = await tx.query<Row>(`${select} where h.municipality_id = $1 and h.case_id = $2`, [
    municipalityId,
    caseId,
  ]);
  return row ? toRow(row) : null;
}
