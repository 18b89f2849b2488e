/** Notifications in the web app: the header's bell and the inbox page. */
export { NotificationBell } from "./notification-bell.tsx";
