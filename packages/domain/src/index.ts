export * as admin from "./admin/index.ts";
