export * as admin from "./admin/index.ts";
export * as screening from "./screening/index.ts";
