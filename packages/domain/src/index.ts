export * as admin from "./admin/index.ts";
export * as cases from "./cases/index.ts";
export * as common from "./common/index.ts";
export * as mapping from "./mapping/index.ts";
export * as notifications from "./notifications/index.ts";
export * as planning from "./planning/index.ts";
export * as referral from "./referral/index.ts";
export * as screening from "./screening/index.ts";
