export * from "./visits.ts";
