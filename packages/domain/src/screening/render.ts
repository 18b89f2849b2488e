import { catalogueV1 } from "./catalogue-v1/index.ts";
import {
  barrierTextIn,
  forcedLabourLabelIn,
  formLabelIn,
  indicatorGuidanceIn,
  indicatorTextIn,
} from "./indicator-text.ts";
import { labelIn, screeningTexts } from "./messages.ts";
import type { Catalogue, DimensionId, ProfileId, Strength, SupplementaryFormId } from "./types.ts";
import { dimensionIds, profileIds, strengths, supplementaryFormIds } from "./types.ts";

export interface RenderedIndicator {
  id: string;
  strength?: Strength;
  wording: string;
  lookFor: string;
  ask: string;
  source: string;
}

export interface RenderedCatalogue {
  version: string;
  lang: string;
  profiles: {
    profile: ProfileId;
    label: string;
    sourceStatus: string;
    dimensions: { dimension: DimensionId; label: string; indicators: RenderedIndicator[] }[];
  }[];
  supplementary: { form: SupplementaryFormId; label: string; indicators: RenderedIndicator[] }[];
  /** Ariadne's additions (catalogue-v2 onwards): not ILO/EC. */
  additions: (RenderedIndicator & {
    feeds: { element: string; strength: string }[];
    partOf: string | null;
    forcedLabour: string[];
    guidance: string | null;
  })[];
  /** The short first-contact question set (catalogue-v2 onwards). */
  firstContact: string[];
  forcedLabour: { id: string; label: string; indicators: string[] }[];
  barriers: { id: string; label: string; approach: string }[];
  sources: { id: string; citation: string; url?: string; note?: string }[];
}

/**
 * The catalogue in one language, as data (for `ariadne indicators --lang xx --json`): any language
 * Ariadne speaks, English for a text it lacks (a language that is not built in once `loadLocale`
 * has loaded it).
 */
export function renderCatalogue(lang: string, catalogue: Catalogue = catalogueV1): RenderedCatalogue {
  const ilo = catalogue.indicators.filter((i) => i.kind === "ilo");
  const sup = catalogue.indicators.filter((i) => i.kind === "supplementary");
  return {
    version: catalogue.version,
    lang,
    profiles: profileIds.map((profile) => ({
      profile,
      label: labelIn("profiles", profile, lang),
      sourceStatus: catalogue.profiles[profile].sourceStatus,
      dimensions: dimensionIds.map((dimension) => ({
        dimension,
        label: labelIn("dimensions", dimension, lang),
        indicators: ilo
          .filter((i) => i.profile === profile && i.dimension === dimension)
          .map((i) => ({ id: i.id, strength: i.strength, ...indicatorTextIn(i, lang), source: i.source })),
      })),
    })),
    supplementary: supplementaryFormIds.map((form) => ({
      form,
      label: formLabelIn(form, lang),
      indicators: sup
        .filter((i) => i.form === form)
        .map((i) => ({ id: i.id, ...indicatorTextIn(i, lang), source: i.source })),
    })),
    additions: catalogue.indicators
      .filter((i) => i.kind === "ariadne")
      .map((i) => ({
        id: i.id,
        ...indicatorTextIn(i, lang),
        source: i.source,
        feeds: i.feeds.map((f) => ({ ...f })),
        partOf: i.partOf ? `${i.partOf.dimension}:${i.partOf.concept}` : null,
        forcedLabour: [...i.forcedLabour],
        guidance: indicatorGuidanceIn(i, lang) ?? null,
      })),
    firstContact: [...(catalogue.firstContact ?? [])],
    forcedLabour: catalogue.forcedLabour.map((f) => ({
      id: f.id,
      label: forcedLabourLabelIn(f.id, lang),
      indicators: f.indicators,
    })),
    barriers: catalogue.barriers.map((b) => ({ id: b.id, ...barrierTextIn(b.id, lang) })),
    sources: Object.values(catalogue.sources),
  };
}

/** The catalogue in one language as plain text (for `ariadne indicators --lang xx`). */
export function renderCatalogueText(lang: string, catalogue: Catalogue = catalogueV1): string {
  const r = renderCatalogue(lang, catalogue);
  const say = screeningTexts.in(lang).catalogueText;
  const lines: string[] = [`# ${r.version} (${lang})`];
  for (const p of r.profiles) {
    lines.push("", `## ${p.label} [${p.profile}; ${p.sourceStatus}]`);
    for (const d of p.dimensions) {
      lines.push("", `### ${d.label}`);
      for (const s of strengths) {
        for (const i of d.indicators.filter((x) => x.strength === s)) {
          lines.push(`- ${i.id} (${say.strength[s]}) ${i.wording}`, `    ${i.lookFor}`, `    ${i.ask}`);
        }
      }
    }
  }
  for (const f of r.supplementary) {
    lines.push("", `## ${f.label} [${f.form}]`);
    for (const i of f.indicators) lines.push(`- ${i.id} ${i.wording}`, `    ${i.lookFor}`, `    ${i.ask}`);
  }
  if (r.additions.length > 0) {
    lines.push("", `## ${say.additions}`);
    for (const i of r.additions) {
      const feeds = i.feeds.map((f) => `${f.element} ${f.strength}`).join(", ") || `= ${i.partOf}`;
      lines.push(
        `- ${i.id} [${feeds}; ${i.forcedLabour.join(", ")}] ${i.wording}`,
        `    ${i.lookFor}`,
        `    ${i.ask}`,
      );
      if (i.guidance) lines.push(`    ${i.guidance}`);
    }
  }
  lines.push("", "## ILO 11");
  for (const f of r.forcedLabour) lines.push(`- ${f.id} ${f.label}: ${f.indicators.length}`);
  lines.push("", `## ${say.barriers}`);
  for (const b of r.barriers) lines.push(`- ${b.label}: ${b.approach}`);
  lines.push("", `## ${say.sources}`);
  for (const s of r.sources) lines.push(`- ${s.citation}${s.url ? ` ${s.url}` : ""}`);
  return `${lines.join("\n")}\n`;
}
