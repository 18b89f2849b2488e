export * from "./completions.ts";
export * from "./courses.ts";
export * from "./images.ts";
export * from "./scenarios.ts";
export * from "./sessions.ts";
