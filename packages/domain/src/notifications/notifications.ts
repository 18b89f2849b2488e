import { z } from "zod";
import { areaTexts } from "../i18n/area-texts.ts";
import { fill } from "../i18n/fill.ts";
import en from "../locales/en/notifications.json";
import fi from "../locales/fi/notifications.json";
import sv from "../locales/sv/notifications.json";

/**
 * A notification tells a user that something needs them, and links to it. It never holds personal
 * data: a kind, the record it points at, and the reference the recipient may already see; the words
 * are the reader's language's, made by the app from the kind.
 */
export const notificationKinds = [
  "referral_received",
  "referral_status_changed",
  "referral_message",
  "referral_overdue",
  // Five wrong passwords from one address paused its sign-ins to this account (issue 11).
  "sign_in_paused",
  // A course the user completed has a new version (issue 14): take it again.
  "course_changed",
  // A corrective action of a procurement finding passed its deadline open (issue 16).
  "procurement_action_overdue",
  // A coordinator handed a report of concern to the user (issue 15): open a case or hand it back.
  "concern_handed_off",
  // The worker a concern was handed to handed it back, with a reason (issue 15).
  "concern_handed_back",
] as const;
export type NotificationKind = (typeof notificationKinds)[number];

export const Notification = z.object({
  id: z.uuid(),
  kind: z.enum(notificationKinds),
  recordType: z.enum(["referral", "user", "training_course", "procurement_action", "concern_hand_off"]),
  recordId: z.uuid(),
  /** The app path the notification opens, e.g. /referrals/inbox/<id>. */
  link: z.string(),
  /** A short code (a referral's reference, an action's deadline) or a course's title, never a person's name. */
  reference: z.string(),
  /** The referral's status when the notification was made, for status changes. */
  status: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type Notification = z.infer<typeof Notification>;

export const NotificationList = z.object({
  items: z.array(Notification),
  unread: z.int(),
});
export type NotificationList = z.infer<typeof NotificationList>;

/** The notifications' e-mail words (`locales/<lang>/notifications.json`). */
export const notificationsTexts = /* @__PURE__ */ areaTexts("notifications", { en, fi, sv });

export const NotificationListQuery = z.strictObject({
  unreadOnly: z.enum(["true", "false"]).optional(),
});

/**
 * The subject and body of the e-mail for a notification in the reader's language (English where
 * it has none): a link only, never personal data.
 */
export function notificationEmail(
  kind: NotificationKind,
  url: string,
  locale = "en",
): { subject: string; text: string } {
  const w = notificationsTexts.in(locale).email;
  return { subject: w.subjects[kind], text: fill(w.body, { url }) };
}
