export * from "./boundary.ts";
export * from "./entries.ts";
export * from "./priorities.ts";
