/** Cases: pseudonymous persons, case lifecycle, timeline, consent, need-to-know and retention. */
export * from "./attachments.ts";
export * from "./duplicates.ts";
export * from "./lifecycle.ts";
export * from "./need-to-know.ts";
export * from "./person-field-labels.ts";
export * from "./retention.ts";
export * from "./schemas.ts";
export * from "./screening-record.ts";
