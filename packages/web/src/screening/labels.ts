import { screening } from "@ariadne/domain";
import type { TFunction } from "i18next";
import { questionKeyOf } from "./draft.ts";

/**
 * The language of the catalogue's texts and the engine's labels: any locale the app speaks
 * (`useDomainLocale` loads its texts); every lookup falls back to English per text.
 */
export type Lang = string;
const { latestCatalogue, labelIn, indicatorTextIn, formLabelIn } = screening;

const byId = new Map(latestCatalogue.indicators.map((i) => [i.id, i]));
const byKey = new Map<string, screening.Indicator>();
for (const ind of latestCatalogue.indicators) {
  const key = questionKeyOf(ind.id);
  if (key && !byKey.has(key)) byKey.set(key, ind);
}

export const indicatorById = (id: string) => byId.get(id);
/** Any indicator of a question (they share their texts). */
export const indicatorOfKey = (key: string) => byKey.get(key);

/** An indicator's wording, what to look for and how to ask, in a language. */
export const indicatorText = (ind: screening.Indicator, lang: Lang) => indicatorTextIn(ind, lang);
export const wordingOf = (id: string, lang: Lang) => {
  const ind = byId.get(id);
  return ind ? indicatorTextIn(ind, lang).wording : id;
};
export const keyWording = (key: string, lang: Lang) => {
  const ind = byKey.get(key);
  return ind ? indicatorTextIn(ind, lang).wording : key;
};

export const profileLabel = (p: screening.ProfileId, lang: Lang) => labelIn("profiles", p, lang);
export const dimensionLabel = (d: screening.DimensionId, lang: Lang) => labelIn("dimensions", d, lang);
export const elementLabel = (e: screening.ElementId, lang: Lang) => labelIn("elements", e, lang);
export const levelLabel = (l: screening.AssistanceLevel, lang: Lang) => labelIn("assistanceLevels", l, lang);
export const formLabel = (f: screening.SupplementaryFormId, lang: Lang) => formLabelIn(f, lang);

/** Where a question belongs: its dimension, or the supplementary form it points to. */
export function contextOf(ind: screening.Indicator, lang: Lang, t: TFunction): string {
  if (ind.kind === "ilo") return dimensionLabel(ind.dimension, lang);
  if (ind.kind === "supplementary") return formLabel(ind.form, lang);
  // Ariadne's additions say so wherever they are asked: they are not part of the ILO/EC lists.
  const feeds =
    ind.feeds.length > 0
      ? ind.feeds.map((f) => elementLabel(f.element, lang)).join(", ")
      : dimensionLabel(ind.partOf?.dimension ?? "deceptive_recruitment", lang);
  return `${t("screening.additions")}: ${feeds}`;
}

export const profileList = (profiles: readonly screening.ProfileId[], lang: Lang) =>
  profiles.map((p) => profileLabel(p, lang)).join(", ");
