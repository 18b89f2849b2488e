import { clauseLibrary } from "./clauses.ts";
import { questions } from "./follow-up.ts";
import { procurementTexts } from "./texts.ts";

/** A text in each language asked, by language; English for a language that lacks it (or whose texts are not loaded). */
export function procurementTextIn(
  path: readonly string[],
  locales: readonly string[],
): Record<string, string> {
  return Object.fromEntries(locales.map((l) => [l, procurementTexts.text(l, path)]));
}

/** The clause library (issue 16, item 3) with each clause's title, purpose and wording in the languages asked. */
export function clauseLibraryIn(locales: readonly string[]) {
  return clauseLibrary.map(({ id, stages, fromLevel, references }) => ({
    id,
    stages,
    fromLevel,
    references,
    title: procurementTextIn(["clauses", id, "title"], locales),
    purpose: procurementTextIn(["clauses", id, "purpose"], locales),
    wording: procurementTextIn(["clauses", id, "wording"], locales),
  }));
}

/** The supplier questionnaire's questions with each question's text in the languages asked. */
export function questionsIn(locales: readonly string[]) {
  return questions.map(({ id, kind }) => ({ id, kind, text: procurementTextIn(["questions", id], locales) }));
}
