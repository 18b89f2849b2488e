export * as admin from "./admin/index.ts";
export * as cases from "./cases/index.ts";
export * as screening from "./screening/index.ts";
