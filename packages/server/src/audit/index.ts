export * from "./audit-log.ts";
export * from "./read-audit-writer.ts";
export * from "./verify-chain.ts";
