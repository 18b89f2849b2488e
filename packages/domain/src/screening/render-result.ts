import { catalogueFor } from "./catalogues.ts";
import type { ScreeningResultData } from "./evaluate.ts";
import { assistanceLevelLabels, elementLabels, formatMessage, profileLabels } from "./messages.ts";
import type { CatalogueVersion, Lang, Localised } from "./types.ts";
import { elementIds } from "./types.ts";

const heading: Record<"assistance" | "elements" | "ask" | "ilo" | "steps", Localised<string>> = {
  assistance: {
    en: "Assistance signal (Ariadne's own, not the ILO/EC rule)",
    fi: "Avun signaali (Ariadnen oma, ei ILO/EC-sääntö)",
    sv: "Hjälpsignal (Ariadnes egen, inte ILO/EC-regeln)",
  },
  elements: { en: "Elements", fi: "Tunnusmerkit", sv: "Rekvisit" },
  ask: { en: "Ask next", fi: "Kysy seuraavaksi", sv: "Fråga härnäst" },
  ilo: {
    en: "ILO/EC operational indicators (2009)",
    fi: "ILO/EC:n operatiiviset indikaattorit (2009)",
    sv: "ILO/EC:s operativa indikatorer (2009)",
  },
  steps: { en: "Next steps", fi: "Seuraavat askeleet", sv: "Nästa steg" },
};
const stateLabels: Record<"shown" | "not_shown" | "not_required", Localised<string>> = {
  shown: { en: "shown", fi: "näkyy", sv: "syns" },
  not_shown: { en: "not shown yet", fi: "ei vielä näy", sv: "syns inte ännu" },
  not_required: { en: "not required (child)", fi: "ei edellytetä (lapsi)", sv: "krävs inte (barn)" },
};
const outcomeLabels: Record<string, Localised<string>> = {
  indicated: { en: "indicated", fi: "viittaa ihmiskauppaan", sv: "indikerad" },
  not_indicated_yet: { en: "not indicated yet", fi: "ei vielä viittaa", sv: "inte indikerad ännu" },
  not_indicated: { en: "not indicated", fi: "ei viittaa", sv: "inte indikerad" },
};

/** A screening result as plain text in one language, the assistance signal first (`ariadne screen --lang xx`). */
export function renderResultText(result: ScreeningResultData, lang: Lang): string {
  const catalogue = catalogueFor(result.catalogueVersion as CatalogueVersion);
  const wording = new Map(catalogue.indicators.map((i) => [i.id, i.text[lang].wording]));
  const a = result.assistance;
  const lines = [
    `${heading.assistance[lang]}: ${assistanceLevelLabels[a.level][lang]}`,
    ...a.reasons.map((m) => `  ${formatMessage(m, lang)}`),
    `${heading.elements[lang]}:`,
    ...elementIds.map((e) => {
      const el = a.elements[e];
      const by = el.by.map((id) => wording.get(id) ?? id).join("; ");
      return `  ${elementLabels[e][lang]}: ${stateLabels[el.state][lang]}${by ? ` — ${by}` : ""}`;
    }),
  ];
  if (a.nextQuestions.length > 0) {
    lines.push(`${heading.ask[lang]}:`);
    for (const q of a.nextQuestions) {
      const ind = catalogue.indicators.find((i) => i.id === q.indicators[0]);
      lines.push(`  - ${ind?.text[lang].ask ?? q.key} (${ind?.text[lang].wording ?? q.key})`);
    }
  }
  lines.push(`${heading.ilo[lang]} (${result.catalogueVersion}):`);
  for (const p of result.profiles)
    lines.push(`  ${profileLabels[p.profile][lang]}: ${outcomeLabels[p.outcome]?.[lang] ?? p.outcome}`);
  lines.push(`${heading.steps[lang]}:`);
  for (const m of a.steps) lines.push(`  - ${formatMessage(m, lang)}`);
  return lines.join("\n");
}
