import { catalogueFor } from "./catalogues.ts";
import type { ScreeningResultData } from "./evaluate.ts";
import { indicatorTextIn } from "./indicator-text.ts";
import { formatMessage, screeningTexts } from "./messages.ts";
import type { CatalogueVersion } from "./types.ts";
import { elementIds } from "./types.ts";

/** A screening result as plain text in one language, the assistance signal first (`ariadne screen --lang xx`). */
export function renderResultText(result: ScreeningResultData, lang: string): string {
  const say = (...path: string[]) => screeningTexts.text(lang, path);
  const catalogue = catalogueFor(result.catalogueVersion as CatalogueVersion);
  const wording = new Map(catalogue.indicators.map((i) => [i.id, indicatorTextIn(i, lang).wording]));
  const a = result.assistance;
  const lines = [
    `${say("resultText", "heading", "assistance")}: ${say("assistanceLevels", a.level)}`,
    ...a.reasons.map((m) => `  ${formatMessage(m, lang)}`),
    `${say("resultText", "heading", "elements")}:`,
    ...elementIds.map((e) => {
      const el = a.elements[e];
      const by = el.by.map((id) => wording.get(id) ?? id).join("; ");
      return `  ${say("elements", e)}: ${say("resultText", "elementState", el.state)}${by ? ` — ${by}` : ""}`;
    }),
  ];
  if (a.nextQuestions.length > 0) {
    lines.push(`${say("resultText", "heading", "ask")}:`);
    for (const q of a.nextQuestions) {
      const ind = catalogue.indicators.find((i) => i.id === q.indicators[0]);
      const t = ind ? indicatorTextIn(ind, lang) : undefined;
      lines.push(`  - ${t?.ask ?? q.key} (${t?.wording ?? q.key})`);
    }
  }
  lines.push(`${say("resultText", "heading", "ilo")} (${result.catalogueVersion}):`);
  for (const p of result.profiles)
    lines.push(`  ${say("profiles", p.profile)}: ${say("resultText", "outcome", p.outcome)}`);
  lines.push(`${say("resultText", "heading", "steps")}:`);
  for (const m of a.steps) lines.push(`  - ${formatMessage(m, lang)}`);
  return lines.join("\n");
}
