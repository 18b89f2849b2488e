export * from "./merge.ts";
export * from "./visits.ts";
