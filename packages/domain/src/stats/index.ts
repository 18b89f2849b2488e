export * from "./controlled-table.ts";
export * from "./csv.ts";
export * from "./dashboards.ts";
export * from "./disclosure-config.ts";
export * from "./linked-tables.ts";
export * from "./suppression.ts";
