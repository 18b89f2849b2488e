import { planning } from "@ariadne/domain";
import { templateLocales } from "./locales-template.ts";

type Lang = keyof typeof templateLocales;

function langOf(lang: string): Lang {
  const base = lang.slice(0, 2).toLowerCase();
  return base === "fi" || base === "sv" ? base : "en";
}

/**
 * A recommended action's title in the reader's language. The server stores a seeded action point's
 * template id and the template's canonical wording (or "Strengthen: …" for a self-assessment's
 * partial answer); that wording is read back to its key here, so rows stored before this existed
 * read the same. A title the user changed is theirs and is shown as written.
 */
export function templateTitle(
  templateActionId: string | null | undefined,
  stored: string,
  lang: string,
): string {
  const action = templateActionId ? planning.recommendedAction(templateActionId) : undefined;
  if (!action) return stored;
  const l = templateLocales[langOf(lang)];
  const title = l.actions[action.id] ?? action.title;
  if (stored === action.title) return title;
  if (stored === `Strengthen: ${action.title}`) return l.strengthen.replace("{{title}}", title);
  return stored;
}

/** The title of a recommended action by its id alone (the self-assessment's proposals). */
export function recommendedActionTitle(id: string, lang: string): string {
  const action = planning.recommendedAction(id);
  return action ? templateTitle(id, action.title, lang) : id;
}
