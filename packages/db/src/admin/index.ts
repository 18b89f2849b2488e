export * from "./audit-trail.ts";
export * from "./municipalities.ts";
export * from "./organisations.ts";
export * from "./sessions.ts";
export * from "./users.ts";
