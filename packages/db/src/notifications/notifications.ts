import type { notifications } from "@ariadne/domain";
import { iso } from "../admin/rows.ts";
import type { Queryable } from "../connection.ts";

export interface NotificationInsert {
  id: string;
  userId: string;
  kind: notifications.NotificationKind;
  recordType: notifications.Notification["recordType"];
  recordId: string;
  link: string;
  reference: string;
  status: string | null;
}

export async function insertNotification(tx: Queryable, municipalityId: string, n: NotificationInsert) {
  await tx.query(
    `insert into notifications (id, municipality_id, user_id, kind, record_type, record_id, link, reference, status)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [n.id, municipalityId, n.userId, n.kind, n.recordType, n.recordId, n.link, n.reference, n.status],
  );
}

type Raw = Omit<notifications.Notification, "createdAt" | "readAt"> & {
  createdAt: Date;
  readAt: Date | null;
};

/** A user's inbox, newest first, and how many are unread. */
export async function listNotifications(
  tx: Queryable,
  municipalityId: string,
  userId: string,
  unreadOnly: boolean,
): Promise<notifications.NotificationList> {
  const rows = await tx.query<Raw>(
    `select id, kind, record_type as "recordType", record_id as "recordId", link, reference, status,
       created_at as "createdAt", read_at as "readAt"
     from notifications where municipality_id = $1 and user_id = $2 and (not $3 or read_at is null)
     order by created_at desc, id limit 200`,
    [municipalityId, userId, unreadOnly],
  );
  const [count] = await tx.query<{ n: number }>(
    "select count(*)::int as n from notifications where municipality_id = $1 and user_id = $2 and read_at is null",
    [municipalityId, userId],
  );
  return {
    items: rows.map((r) => ({ ...r, createdAt: iso(r.createdAt)!, readAt: iso(r.readAt) })),
    unread: count?.n ?? 0,
  };
}

/** Marks one of the user's notifications read; false when it is not theirs. */
export async function markNotificationRead(
  tx: Queryable,
  municipalityId: string,
  userId: string,
  id: string,
) {
  const rows = await tx.query(
    `update notifications set read_at = coalesce(read_at, now())
     where municipality_id = $1 and user_id = $2 and id = $3 returning id`,
    [municipalityId, userId, id],
  );
  return rows.length === 1;
}

export async function markAllNotificationsRead(tx: Queryable, municipalityId: string, userId: string) {
  const rows = await tx.query(
    `update notifications set read_at = now() where municipality_id = $1 and user_id = $2 and read_at is null
     returning id`,
    [municipalityId, userId],
  );
  return rows.length;
}

export interface OutboxInsert {
  id: string;
  /** Null for a mail to someone outside the system (a supplier's contact), who has no inbox. */
  notificationId: string | null;
  toAddress: string;
  subject: string;
  body: string;
}

export async function insertOutboxMail(
  tx: Queryable,
  municipalityId: string,
  m: OutboxInsert & { sealed?: boolean },
) {
  await tx.query(
    `insert into email_outbox (id, municipality_id, notification_id, to_address, subject, body, sealed)
     values ($1, $2, $3, $4, $5, $6, $7)`,
    [m.id, municipalityId, m.notificationId, m.toAddress, m.subject, m.body, m.sealed ?? false],
  );
}

export interface OutboxMail extends OutboxInsert {
  attempts: number;
  /** The body is encrypted with the municipality's data key (it holds a single-use link). */
  sealed: boolean;
}

/**
 * Takes up to `limit` due mails for delivery; `for update skip locked` lets several server
 * processes deliver side by side without sending one mail twice.
 */
export async function claimDueMails(tx: Queryable, municipalityId: string, limit: number) {
  return tx.query<OutboxMail>(
    `select id, notification_id as "notificationId", to_address as "toAddress", subject, body, attempts, sealed
     from email_outbox where municipality_id = $1 and status = 'pending' and next_attempt_at <= now()
     order by next_attempt_at, id limit $2 for update skip locked`,
    [municipalityId, limit],
  );
}

/** Sent: a sealed body (a single-use link) is emptied, as it is needed no more. */
export async function markMailSent(tx: Queryable, municipalityId: string, id: string) {
  await tx.query(
    `update email_outbox set status = 'sent', sent_at = now(), attempts = attempts + 1,
       body = case when sealed then '' else body end
     where municipality_id = $1 and id = $2`,
    [municipalityId, id],
  );
}

/** A failed attempt: retried later with back-off, given up after `maxAttempts`. */
export async function markMailFailed(
  tx: Queryable,
  municipalityId: string,
  id: string,
  error: string,
  maxAttempts: number,
) {
  await tx.query(
    `update email_outbox set attempts = attempts + 1, last_error = left($3, 500),
       status = case when attempts + 1 >= $4 then 'failed' else 'pending' end,
       next_attempt_at = now() + make_interval(mins => power(2, attempts)::int)
     where municipality_id = $1 and id = $2`,
    [municipalityId, id, error, maxAttempts],
  );
}

export async function outboxCounts(tx: Queryable, municipalityId: string) {
  return tx.query<{ status: string; n: number }>(
    "select status, count(*)::int as n from email_outbox where municipality_id = $1 group by status order by status",
    [municipalityId],
  );
}

export interface Recipient {
  id: string;
  email: string;
}

/** Active users of the municipality to tell: an organisation's users with one of the roles, or named users. */
export async function listRecipients(
  tx: Queryable,
  municipalityId: string,
  f: { organisationId?: string; roles?: readonly string[]; userIds?: readonly string[] },
) {
  return tx.query<Recipient>(
    `select id, email from users
     where municipality_id = $1 and active
       and ($2::uuid is null or organisation_id = $2)
       and ($3::text[] is null or role = any($3))
       and ($4::uuid[] is null or id = any($4))
     order by id`,
    [municipalityId, f.organisationId ?? null, f.roles ?? null, f.userIds ?? null],
  );
}

/** Which of the ids are notifications of this user. */
export async function listNotificationIds(
  tx: Queryable,
  municipalityId: string,
  userId: string,
  ids: readonly string[],
) {
  const rows = await tx.query<{ id: string }>(
    "select id from notifications where municipality_id = $1 and user_id = $2 and id = any($3::uuid[])",
    [municipalityId, userId, ids],
  );
  return rows.map((r) => r.id);
}
