export * as adminDb from "./admin/index.ts";
export * from "./backup.ts";
export * as casesDb from "./cases/index.ts";
export * from "./connection.ts";
export * as mappingDb from "./mapping/index.ts";
export * from "./migrate.ts";
export * as planningDb from "./planning/index.ts";
export * as referralDb from "./referral/index.ts";
export * from "./tenant-context.ts";
