import { type cases, i18n, type planning, type referral, stats } from "@ariadne/domain";

/** The annual report's own words; its figures' categories are coded, so each code has a label here. */
export const reportLanguages = i18n.localeIds;
export type ReportLanguage = i18n.LocaleId;

export interface ReportWords {
  title: (year: number) => string;
  subject: string;
  note: (k: number) => string;
  /** Said after the note when counts are rounded to a base. */
  rounding: (base: number) => string;
  hidden: string;
  total: string;
  count: string;
  charts: {
    byForm: string;
    byGender: string;
    byAgeBand: string;
    byCitizenship: string;
    timeToAssistance: string;
    referralsByStatus: string;
    plan: string;
  };
  unknown: string;
  forms: Record<(typeof cases.exploitationForms)[number] | "mixed" | "not_recorded", string>;
  genders: Record<(typeof cases.genders)[number], string>;
  tta: Record<"0-7" | "8-30" | "31-90" | "91+" | "not_yet", string>;
  referralStatuses: Record<referral.ReferralStatus, string>;
  chapters: Record<planning.Chapter, string>;
  actionStatuses: Record<planning.ActionStatus, string>;
  meanProgress: string;
}

/** The annual report's words in a language, English where it has none. */
export function reportWordsIn(locale: string): ReportWords {
  const t = stats.statsTexts.in(locale).annualReport;
  return {
    ...t,
    title: (year) => i18n.fill(t.title, { year }),
    note: (k) => i18n.fill(t.note, { k }),
    rounding: (base) => i18n.fill(t.rounding, { base }),
  };
}
