import { areaTexts } from "../i18n/area-texts.ts";
import { localeOf } from "../i18n/locales.ts";
import en from "../locales/en/planning.json";
import fi from "../locales/fi/planning.json";
import sv from "../locales/sv/planning.json";
import { recommendedAction } from "./template.ts";

/** The planning module's words for readers outside the web app (`locales/<lang>/planning.json`). */
export const planningTexts = /* @__PURE__ */ areaTexts("planning", { en, fi, sv });

/**
 * The recommended actions of the guidelines' template in the reader's language, by the template's
 * id (`planning.recommendedActionIds`): the API stores the template's id beside the canonical
 * (English) wording, and the web and the plan's PDF show this. The quotes stay in the source's
 * language: they cite it. Built-in languages here; `planningTexts.in(locale).template` for any.
 */
export const templateLocales: Record<
  "en" | "fi" | "sv",
  { strengthen: string; actions: Record<string, string> }
> = {
  en: en.template,
  fi: fi.template,
  sv: sv.template,
};

export type TemplateLanguage = keyof typeof templateLocales;

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
  const action = templateActionId ? recommendedAction(templateActionId) : undefined;
  if (!action) return stored;
  const l = planningTexts.in(localeOf(lang) ?? "en").template;
  const title = (l.actions as Record<string, string>)[action.id] ?? action.title;
  if (stored === action.title) return title;
  if (stored === `Strengthen: ${action.title}`) return l.strengthen.replace("{{title}}", title);
  return stored;
}

/** The title of a recommended action by its id alone (the self-assessment's proposals). */
export function recommendedActionTitle(id: string, lang: string): string {
  const action = recommendedAction(id);
  return action ? templateTitle(id, action.title, lang) : id;
}
