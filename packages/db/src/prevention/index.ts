export * from "./campaign-materials.ts";
export * from "./campaigns.ts";
export * from "./concern-hand-offs.ts";
export * from "./concerns.ts";
export * from "./visits.ts";
