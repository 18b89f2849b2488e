export * from "./connection.ts";
export * from "./migrate.ts";
export * from "./tenant-context.ts";
