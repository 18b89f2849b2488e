export * from "./gaps.ts";
export * from "./matching.ts";
export * from "./service-csv.ts";
export * from "./services.ts";
