import { randomUUID } from "node:crypto";
import { notificationsDb, type Queryable } from "@ariadne/db";
import { notifications } from "@ariadne/domain";
import type { Config } from "../config.ts";

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
 * link only, never personal data.
 */
export async function notifyUsers(
  tx: Queryable,
  s: NotifySettings,
  municipalityId: string,
  recipients: readonly notificationsDb.Recipient[],
  n: NotificationFacts,
  exceptUserId: string | null = null,
): Promise<number> {
  const link = referralLink(n.referralId);
  let count = 0;
  for (const r of recipients) {
    if (r.id === exceptUserId) continue;
    const id = randomUUID();
    await notificationsDb.insertNotification(tx, municipalityId, {
      id,
      userId: r.id,
      kind: n.kind,
      recordType: "referral",
      recordId: n.referralId,
      link,
      reference: n.reference,
      status: n.status,
    });
    if (s.config.smtp) {
      const mail = notifications.notificationEmail(n.kind, `${s.config.publicUrl ?? ""}${link}`);
      await notificationsDb.insertOutboxMail(tx, municipalityId, {
        id: randomUUID(),
        notificationId: id,
        toAddress: r.email,
        subject: mail.subject,
        body: mail.text,
      });
    }
    count++;
  }
  return count;
}
