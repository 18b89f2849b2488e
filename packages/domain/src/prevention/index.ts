export * from "./campaign-materials.ts";
export * from "./campaigns.ts";
export * from "./concerns.ts";
export * from "./help-print.ts";
export * from "./help-texts.ts";
export * from "./merge.ts";
export * from "./retention.ts";
export * from "./visits.ts";
