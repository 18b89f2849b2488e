export * from "./audit-log.ts";
export * from "./verify-chain.ts";
