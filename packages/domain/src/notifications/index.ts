/** Notifications: the in-app inbox and the e-mail outbox (issue 5, item 6). */
export * from "./notifications.ts";
