import { areaTexts } from "../i18n/area-texts.ts";
import en from "../locales/en/screening.json";
import fi from "../locales/fi/screening.json";
import sv from "../locales/sv/screening.json";
import { localised } from "./catalogue-texts.ts";
import type { ThresholdClause } from "./rule.ts";
import type { DimensionId, ElementId, Lang, Localised, ProfileId } from "./types.ts";

export type MessageKey = keyof typeof en.messages;

/** The screening engine's sentences and labels in one language (`locales/<lang>/screening.json`). */
export interface ScreeningTexts {
  messages: Record<MessageKey, string>;
  elements: Record<ElementId, string>;
  assistanceLevels: Record<"offer_assistance" | "keep_asking" | "no_concern_recorded", string>;
  dimensions: Record<DimensionId, string>;
  profiles: Record<ProfileId, string>;
  clauses: Record<ThresholdClause, string>;
  resultText: {
    heading: Record<"assistance" | "elements" | "ask" | "ilo" | "steps", string>;
    elementState: Record<"shown" | "not_shown" | "not_required", string>;
    outcome: Record<"indicated" | "not_indicated_yet" | "not_indicated", string>;
  };
  /** The catalogue as text (`ariadne indicators`): strengths and the headings of its parts. */
  catalogueText: {
    strength: Record<"strong" | "medium" | "weak", string>;
    additions: string;
    barriers: string;
    sources: string;
  };
}

export const screeningTexts = areaTexts<ScreeningTexts>("screening", { en, fi, sv });

type LabelGroup = Exclude<keyof ScreeningTexts, "resultText" | "catalogueText">;
function labels<K extends string>(group: LabelGroup): Record<K, Localised<string>> {
  return Object.fromEntries(
    Object.keys(en[group]).map((k) => [k, localised((lang) => screeningTexts.text(lang, [group, k]))]),
  ) as Record<K, Localised<string>>;
}

/**
 * Every sentence the engine can say, as keys with parameters, so that the logic stays free of
 * language and the UI, API and CLI translate the same way.
 */
export const messages: Record<MessageKey, Localised<string>> = labels<MessageKey>("messages");

export interface Message {
  key: MessageKey;
  params?: Record<string, string | number>;
}

export const elementLabels = labels<ElementId>("elements");
export const assistanceLevelLabels = labels<"offer_assistance" | "keep_asking" | "no_concern_recorded">(
  "assistanceLevels",
);
export const dimensionLabels = labels<DimensionId>("dimensions");
export const profileLabels = labels<ProfileId>("profiles");
export const clauseLabels = labels<ThresholdClause>("clauses");

interface LabelKeys {
  elements: ElementId;
  assistanceLevels: keyof ScreeningTexts["assistanceLevels"];
  dimensions: DimensionId;
  profiles: ProfileId;
  clauses: ThresholdClause;
}

/**
 * A label of the engine (an element, assistance level, dimension, profile or rule clause) in any
 * language, English where that language has none (a language that is not built in is read once
 * `loadLocale` has loaded it).
 */
export function labelIn<G extends keyof LabelKeys>(group: G, key: LabelKeys[G], locale: string): string {
  return screeningTexts.text(locale, [group, key]);
}

const valueGroups: readonly Exclude<LabelGroup, "messages" | "assistanceLevels">[] = [
  "elements",
  "dimensions",
  "profiles",
  "clauses",
];

/** A parameter value's label in a language (a dimension, profile, element or rule clause), if it names one. */
function valueLabel(value: string, locale: string): string | undefined {
  const group = valueGroups.find((g) => Object.hasOwn(en[g], value));
  return group ? screeningTexts.text(locale, [group, value]) : undefined;
}

/**
 * Renders a message in a language (English where that language lacks it). Parameters that name
 * a dimension, profile or rule clause are translated; form labels come from the catalogue
 * through `extraLabels`.
 */
export function formatMessage(
  message: Message,
  lang: Lang | (string & {}),
  extraLabels: Record<string, Localised<string>> = {},
): string {
  const template = screeningTexts.text(lang, ["messages", message.key]);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = message.params?.[name];
    if (value === undefined) return whole;
    const extra = extraLabels[String(value)];
    if (extra) return extra[lang as Lang] ?? extra.en;
    return valueLabel(String(value), lang) ?? String(value);
  });
}
