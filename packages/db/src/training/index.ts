export * from "./completions.ts";
export * from "./courses.ts";
export * from "./sessions.ts";
