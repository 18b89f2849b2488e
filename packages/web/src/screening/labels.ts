import { screening } from "@ariadne/domain";
import { questionKeyOf } from "./draft.ts";

type Lang = screening.Lang;
const { latestCatalogue, dimensionLabels, elementLabels, profileLabels } = screening;

export function langOf(l: string): Lang {
  return l === "fi" || l === "sv" ? l : "en";
}

const byId = new Map(latestCatalogue.indicators.map((i) => [i.id, i]));
const byKey = new Map<string, screening.Indicator>();
for (const ind of latestCatalogue.indicators) {
  const key = questionKeyOf(ind.id);
  if (key && !byKey.has(key)) byKey.set(key, ind);
}

export const indicatorById = (id: string) => byId.get(id);
/** Any indicator of a question (they share their texts). */
export const indicatorOfKey = (key: string) => byKey.get(key);

export const wordingOf = (id: string, lang: Lang) => byId.get(id)?.text[lang].wording ?? id;

const addedByAriadne: Record<Lang, string> = {
  en: "Added by Ariadne (not ILO/EC)",
  fi: "Ariadnen lisäämä (ei ILO/EC)",
  sv: "Tillagd av Ariadne (inte ILO/EC)",
};

/** Where a question belongs: its dimension, or the supplementary form it points to. */
export function contextOf(ind: screening.Indicator, lang: Lang): string {
  if (ind.kind === "ilo") return dimensionLabels[ind.dimension][lang];
  if (ind.kind === "supplementary") return latestCatalogue.forms[ind.form].label[lang];
  // Ariadne's additions say so wherever they are asked: they are not part of the ILO/EC lists.
  const feeds =
    ind.feeds.length > 0
      ? ind.feeds.map((f) => elementLabels[f.element][lang]).join(", ")
      : dimensionLabels[ind.partOf?.dimension ?? "deceptive_recruitment"][lang];
  return `${addedByAriadne[lang]}: ${feeds}`;
}

export const profileList = (profiles: readonly screening.ProfileId[], lang: Lang) =>
  profiles.map((p) => profileLabels[p][lang]).join(", ");
