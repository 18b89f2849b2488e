export * from "./activity-counts.ts";
export * from "./case-counts.ts";
export * from "./coded-cases.ts";
export * from "./ctdc-analysis.ts";
export * from "./regions.ts";
