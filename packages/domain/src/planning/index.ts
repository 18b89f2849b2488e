export * from "./action-points.ts";
export * from "./chapters.ts";
export * from "./partnerships.ts";
export * from "./self-assessment.ts";
export * from "./template.ts";
export * from "./template-titles.ts";
export * from "./template-v1.ts";
