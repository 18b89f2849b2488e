import type { Person } from "@ariadne/domain/cases/index.ts";

/** The rectification form's values: text as typed, lists comma-separated. */
export interface PersonFormValues {
  givenName: string;
  familyName: string;
  aliases: string;
  dateOfBirth: string;
  documentNumbers: string;
  phone: string;
  address: string;
  gender: string;
  ageBand: string;
  citizenship: string;
  languages: string;
  unaccompaniedMinor: boolean;
}

const list = (text: string) =>
  text
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** The form's starting values from the person as stored. */
export function personFormValues(p: Person): PersonFormValues {
  return {
    givenName: p.givenName ?? "",
    familyName: p.familyName ?? "",
    aliases: p.aliases.join(", "),
    dateOfBirth: p.dateOfBirth ?? "",
    documentNumbers: p.documentNumbers.join(", "),
    phone: p.phone ?? "",
    address: p.address ?? "",
    gender: p.gender ?? "",
    ageBand: p.ageBand ?? "",
    citizenship: p.citizenship ?? "",
    languages: p.languages.join(", "),
    unaccompaniedMinor: p.unaccompaniedMinor,
  };
}

/**
 * Only what changed, as the API's rectification wants it: a cleared field is `null` (absent means
 * keep), lists are arrays, codes are normalised (citizenship upper case, languages lower case).
 * Empty when nothing changed.
 */
export function personChanges(p: Person, v: PersonFormValues): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const k of ["givenName", "familyName", "dateOfBirth", "phone", "address"] as const) {
    const now = v[k].trim();
    if (now !== (p[k] ?? "")) body[k] = now || null;
  }
  for (const k of ["gender", "ageBand"] as const) if (v[k] !== (p[k] ?? "")) body[k] = v[k] || null;
  const citizenship = v.citizenship.trim().toUpperCase();
  if (citizenship !== (p.citizenship ?? "")) body.citizenship = citizenship || null;
  if (!sameList(list(v.aliases), p.aliases)) body.aliases = list(v.aliases);
  if (!sameList(list(v.documentNumbers), p.documentNumbers)) body.documentNumbers = list(v.documentNumbers);
  const languages = list(v.languages).map((l) => l.toLowerCase());
  if (!sameList(languages, p.languages)) body.languages = languages;
  if (v.unaccompaniedMinor !== p.unaccompaniedMinor) body.unaccompaniedMinor = v.unaccompaniedMinor;
  return body;
}
