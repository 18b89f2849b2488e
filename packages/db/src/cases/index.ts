export * from "./cases.ts";
export * from "./persons.ts";
export * from "./retention.ts";
export * from "./team.ts";
export * from "./timeline.ts";
