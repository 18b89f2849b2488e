/** Notifications (issue 5, item 6): the in-app inbox and e-mail delivered from an outbox over SMTP. */
export {
  deliverPendingMail,
  repeatWithoutOverlap,
  sealedMailFields,
  startMailDelivery,
} from "./mail-delivery.ts";
export {
  accountLink,
  courseLink,
  type NotificationFacts,
  type NotifySettings,
  notifyAboutRecord,
  notifyAccountHolder,
  notifyCourseChanged,
  notifyUsers,
  type RecordNotice,
  referralLink,
} from "./notify.ts";
export { registerNotificationRoutes } from "./routes.ts";
