export * from "./referral-lists.ts";
export * from "./referrals.ts";
export * from "./scheme.ts";
export * from "./services.ts";
