import { cases } from "@ariadne/domain";

/**
 * The person export's words in the reader's language (GDPR art. 12: information in clear and
 * plain language the person understands): headings, the person's fields (the same words as on
 * the case pages, from one place), statuses and timeline kinds, English where a language has none.
 * Codes without a word here print as the code.
 */
export function exportLabelsIn(locale: string) {
  const t = cases.casesTexts.in(locale);
  const { caseCode, anonymised, version } = t.export.fields;
  return { ...t.export, fields: { caseCode, ...t.personFields, anonymised, version } };
}

export type ExportLabels = ReturnType<typeof exportLabelsIn>;

/** The word for a code in one of the label groups, or the code itself. */
export function wordFor(group: Record<string, string>, code: string): string {
  return group[code] ?? code;
}
