export * from "./services.ts";
export * from "./referrals.ts";
export * from "./scheme.ts";
