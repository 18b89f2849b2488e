/** Notifications in the web app: the header's bell and the inbox page. */
export { notificationsLocales } from "./locales.ts";
export { NotificationBell } from "./notification-bell.tsx";
