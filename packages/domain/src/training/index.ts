/** Training (issue 14): courses per professional group, scenario exercises, sessions, coverage, certificates. */
export * from "./certificate.ts";
export * from "./course.ts";
export * from "./coverage.ts";
export * from "./groups.ts";
export * from "./images.ts";
export * from "./own-scenarios.ts";
export * from "./plan-progress.ts";
export * from "./retention.ts";
export * from "./scenarios/index.ts";
export * from "./scoring.ts";
export * from "./sessions.ts";
export * from "./texts.ts";
