export * from "./action-points.ts";
export * from "./partnerships.ts";
export * from "./self-assessments.ts";
