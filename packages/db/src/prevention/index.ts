export * from "./campaigns.ts";
export * from "./concerns.ts";
export * from "./visits.ts";
