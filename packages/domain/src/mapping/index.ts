export * from "./boundary.ts";
export * from "./geojson.ts";
export * from "./layers.ts";
export * from "./priority.ts";
export * from "./schemas.ts";
export * from "./staleness.ts";
export * from "./suggest.ts";
export * from "./vocabularies.ts";
