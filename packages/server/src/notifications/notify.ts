import { randomUUID } from "node:crypto";
import { notificationsDb, type Queryable } from "@ariadne/db";
import { notifications } from "@ariadne/domain";
import type { Config } from "../config.ts";
import { userLocale } from "../http/reader-locale.ts";

/** What sending a notification needs to know: where the app is, and whether mail is configured. */
export interface NotifySettings {
  config: Partial<Pick<Config, "publicUrl" | "smtp">>;
}

export interface NotificationFacts {
  kind: notifications.NotificationKind;
  referralId: string;
  reference: string;
  status: string | null;
}

/** The app path a referral notification opens. */
export const referralLink = (id: string) => `/referrals/inbox/${id}`;

/**
 * Puts a notification in each recipient's inbox and, when SMTP is configured, a mail in the outbox,
 * in the caller's transaction: the notice exists exactly when the change does. The mail holds a
 * link only, never personal data, and is written in the recipient's language.
 */
export async function notifyUsers(
  tx: Queryable,
  s: NotifySettings,
  municipalityId: string,
  recipients: readonly notificationsDb.Recipient[],
  n: NotificationFacts,
  exceptUserId: string | null = null,
): Promise<number> {
  let count = 0;
  for (const r of recipients) {
    if (r.id === exceptUserId) continue;
    await deliver(tx, s, municipalityId, r, {
      kind: n.kind,
      recordType: "referral",
      recordId: n.referralId,
      link: referralLink(n.referralId),
      reference: n.reference,
      status: n.status,
    });
    count++;
  }
  return count;
}

/** The app path an account notice opens: where the user changes their password. */
export const accountLink = "/account";

/** Tells a user about their own account (sign-ins paused), in the inbox and by mail where configured. */
export async function notifyAccountHolder(
  tx: Queryable,
  s: NotifySettings,
  municipalityId: string,
  user: notificationsDb.Recipient,
  kind: notifications.NotificationKind,
): Promise<void> {
  await deliver(tx, s, municipalityId, user, {
    kind,
    recordType: "user",
    recordId: user.id,
    link: accountLink,
    reference: "",
    status: null,
  });
}

/** The app path a course notice opens. */
export const courseLink = (id: string) => `/training/courses/${id}`;

/**
 * Tells each learner that a course they completed has a new version, in their inbox (and by mail
 * where configured). The notice names the course by its title, cut to the reference's 40 characters.
 */
export async function notifyCourseChanged(
  tx: Queryable,
  s: NotifySettings,
  municipalityId: string,
  recipients: readonly notificationsDb.Recipient[],
  course: { id: string; title: string; contentVersion: number },
): Promise<number> {
  const reference = course.title.length > 40 ? `${course.title.slice(0, 39)}…` : course.title;
  for (const r of recipients)
    await deliver(tx, s, municipalityId, r, {
      kind: "course_changed",
      recordType: "training_course",
      recordId: course.id,
      link: courseLink(course.id),
      reference,
      status: null,
    });
  return recipients.length;
}

/** What a notification about a record other than a referral says: its kind, the record, where it opens. */
export interface RecordNotice {
  kind: notifications.NotificationKind;
  recordType: "procurement_action" | "concern_hand_off";
  recordId: string;
  link: string;
  /** A short code the recipient may see (a date, a reference), never a name. */
  reference: string;
}

/** Tells each recipient about a record, in the inbox and by mail where configured, in the caller's transaction. */
export async function notifyAboutRecord(
  tx: Queryable,
  s: NotifySettings,
  municipalityId: string,
  recipients: readonly notificationsDb.Recipient[],
  n: RecordNotice,
): Promise<number> {
  for (const r of recipients) await deliver(tx, s, municipalityId, r, { ...n, status: null });
  return recipients.length;
}

async function deliver(
  tx: Queryable,
  s: NotifySettings,
  municipalityId: string,
  to: notificationsDb.Recipient,
  n: Omit<notificationsDb.NotificationInsert, "id" | "userId">,
) {
  const id = randomUUID();
  await notificationsDb.insertNotification(tx, municipalityId, { id, userId: to.id, ...n });
  if (s.config.smtp) {
    // In the recipient's own language, else their municipality's, else English.
    const locale = await userLocale(tx, to.id);
    const mail = notifications.notificationEmail(n.kind, `${s.config.publicUrl ?? ""}${n.link}`, locale);
    await notificationsDb.insertOutboxMail(tx, municipalityId, {
      id: randomUUID(),
      notificationId: id,
      toAddress: to.email,
      subject: mail.subject,
      body: mail.text,
    });
  }
}
