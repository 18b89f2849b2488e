import type { Queryable } from "../connection.ts";

export type TimelineKind = "note" | "contact" | "task" | "attachment" | "screening";

export interface TimelineRow {
  id: string;
  caseId: string;
  kind: TimelineKind;
  at: Date;
  bodyEnc: string | null;
  dueOn: string | null;
  done: boolean;
  assigneeId: string | null;
  createdBy: string | null;
  version: number;
}

const timelineColumns = `id, case_id as "caseId", kind, at, body_enc as "bodyEnc",
  to_char(due_on, 'YYYY-MM-DD') as "dueOn", done, assignee_id as "assigneeId", created_by as "createdBy", version`;

export async function insertTimelineEntry(
  tx: Queryable,
  municipalityId: string,
  e: Omit<TimelineRow, "version" | "done" | "at"> & { at?: Date },
): Promise<TimelineRow> {
  const [row] = await tx.query<TimelineRow>(
    `insert into case_timeline (id, municipality_id, case_id, kind, at, body_enc, due_on, assignee_id, created_by)
     values ($1, $2, $3, $4, coalesce($5, now()), $6, $7, $8, $9)
     returning ${timelineColumns}`,
    [e.id, municipalityId, e.caseId, e.kind, e.at ?? null, e.bodyEnc, e.dueOn, e.assigneeId, e.createdBy],
  );
  return row!;
}

/** The case's timeline in time order, without attachment bytes. */
export async function listTimeline(tx: Queryable, municipalityId: string, caseId: string) {
  return tx.query<TimelineRow>(
    `select ${timelineColumns} from case_timeline where municipality_id = $1 and case_id = $2 order by at, id`,
    [municipalityId, caseId],
  );
}

export async function getTimelineEntry(tx: Queryable, municipalityId: string, caseId: string, id: string) {
  const [row] = await tx.query<TimelineRow>(
    `select ${timelineColumns} from case_timeline where municipality_id = $1 and case_id = $2 and id = $3`,
    [municipalityId, caseId, id],
  );
  return row ?? null;
}

/** Version-checked task update; null when stale. */
export async function updateTask(
  tx: Queryable,
  municipalityId: string,
  id: string,
  version: number,
  t: { bodyEnc: string; dueOn: string; done: boolean },
): Promise<TimelineRow | null> {
  const [row] = await tx.query<TimelineRow>(
    `update case_timeline set body_enc = $4, due_on = $5, done = $6, version = version + 1
     where municipality_id = $1 and id = $2 and version = $3 and kind = 'task'
     returning ${timelineColumns}`,
    [municipalityId, id, version, t.bodyEnc, t.dueOn, t.done],
  );
  return row ?? null;
}

export async function insertAttachmentContent(
  tx: Queryable,
  municipalityId: string,
  a: { timelineId: string; mediaType: string; sizeBytes: number; contentEnc: string },
): Promise<void> {
  await tx.query(
    `insert into case_attachments (timeline_id, municipality_id, media_type, size_bytes, content_enc)
     values ($1, $2, $3, $4, $5)`,
    [a.timelineId, municipalityId, a.mediaType, a.sizeBytes, a.contentEnc],
  );
}

export async function getAttachmentContent(tx: Queryable, municipalityId: string, timelineId: string) {
  const [row] = await tx.query<{ mediaType: string; sizeBytes: number; contentEnc: string }>(
    `select media_type as "mediaType", size_bytes as "sizeBytes", content_enc as "contentEnc"
     from case_attachments where municipality_id = $1 and timeline_id = $2`,
    [municipalityId, timelineId],
  );
  return row ?? null;
}
