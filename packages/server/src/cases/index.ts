/** Cases on the server: routes, commands, need-to-know policy and the retention job. */

export { accessFactsOf, mayReadCase } from "./access.ts";
export type { CaseCommandContext } from "./audited-case.ts";
export { openCase } from "./case-commands.ts";
export { type PersonForSharing, readPersonForSharing } from "./person-sharing.ts";
export { casePolicy, viewerOf } from "./policy.ts";
export { timelineField } from "./present.ts";
export { runRetention, runRetentionEverywhere } from "./retention-job.ts";
export { registerCaseRoutes } from "./routes.ts";
