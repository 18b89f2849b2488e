/**
 * Duplicate candidates (issue 4, "Duplicates"): the same person entered twice is found by
 * comparing keyed blind indexes, never by decrypting. The result is a warning; merging is an
 * explicit act of a professional.
 */

export const matchFields = ["name", "dateOfBirth", "documentNumber", "phone"] as const;
export type MatchField = (typeof matchFields)[number];

export type BlindIndexes = Partial<Record<MatchField, string | null>>;

export interface DuplicateCandidate {
  personId: string;
  matched: MatchField[];
  strength: "strong" | "possible";
}

/**
 * A document number or a phone number alone, or a name with a date of birth, is strong; a name
 * alone or a date of birth alone is only possible (common names, shared birthdays).
 */
export function duplicateCandidates(
  person: BlindIndexes,
  others: readonly ({ personId: string } & BlindIndexes)[],
): DuplicateCandidate[] {
  const found: DuplicateCandidate[] = [];
  for (const o of others) {
    const matched = matchFields.filter((f) => {
      const mine = person[f];
      return mine != null && mine === o[f];
    });
    if (matched.length === 0) continue;
    const strong =
      matched.includes("documentNumber") ||
      matched.includes("phone") ||
      (matched.includes("name") && matched.includes("dateOfBirth"));
    found.push({ personId: o.personId, matched, strength: strong ? "strong" : "possible" });
  }
  return found.sort((a, b) =>
    a.strength === b.strength ? b.matched.length - a.matched.length : a.strength === "strong" ? -1 : 1,
  );
}
