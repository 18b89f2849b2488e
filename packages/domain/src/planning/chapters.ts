/**
 * The chapters an action plan and a self-assessment are grouped by: the guidelines' chapters
 * that ask something of a municipality (CBSS 2016). "Conclusions" (priorities, strategies,
 * partnership) is filed under cooperation; indicators and self-identification live in screening.
 */
export const chapters = [
  "mapping",
  "identification",
  "referral_and_assistance",
  "prevention",
  "cooperation",
] as const;
export type Chapter = (typeof chapters)[number];

/** The heading of the seed text each chapter draws on. */
export const chapterHeadings: Record<Chapter, readonly string[]> = {
  mapping: ["Mapping the local situation"],
  identification: ["Identification of victims"],
  referral_and_assistance: ["Referring persons to assistance"],
  prevention: ["Prevention of human trafficking"],
  cooperation: ["Conclusions"],
};
