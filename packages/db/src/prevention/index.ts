export * from "./concerns.ts";
export * from "./visits.ts";
