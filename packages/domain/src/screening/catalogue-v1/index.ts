import type {
  Catalogue,
  DimensionId,
  IloIndicator,
  IndicatorText,
  Lang,
  Localised,
  ProfileId,
  SupplementaryFormId,
  SupplementaryIndicator,
} from "../types.ts";
import { dimensionIds, languages, strengths, supplementaryFormIds } from "../types.ts";
import { barriers } from "./barriers.ts";
import { forcedLabourDefinitions } from "./forced-labour.ts";
import { adultLabour, adultSexual, type ProfileList } from "./ilo-adults.ts";
import { childLabour, childSexual } from "./ilo-children.ts";
import { forms, sources } from "./sources.ts";
import { supplementaryLists } from "./supplementary.ts";
import { destinationTexts } from "./texts-destination.ts";
import { recruitmentTexts } from "./texts-recruitment.ts";

export const profilePrefix: Record<ProfileId, string> = {
  adult_labour: "alx",
  adult_sexual: "asx",
  child_labour: "clx",
  child_sexual: "csx",
};
export const dimensionCode: Record<DimensionId, string> = {
  deceptive_recruitment: "dec",
  coercive_recruitment: "coe",
  recruitment_abuse_of_vulnerability: "vul",
  exploitative_conditions: "exp",
  coercion_at_destination: "cod",
  abuse_of_vulnerability_at_destination: "vud",
};
const formCode: Record<SupplementaryFormId, string> = {
  forced_begging: "beg",
  forced_criminality: "crm",
  forced_marriage: "mar",
  benefit_fraud: "ben",
  domestic_servitude: "dom",
};

const conceptTexts = { ...recruitmentTexts, ...destinationTexts };
const recruitmentDimensions = new Set<DimensionId>([
  "deceptive_recruitment",
  "coercive_recruitment",
  "recruitment_abuse_of_vulnerability",
]);
const phase: Record<"recruitment" | "destination", Localised<string>> = {
  recruitment: {
    en: "During recruitment or travel",
    fi: "Rekrytoinnin tai matkan aikana",
    sv: "Under rekryteringen eller resan",
  },
  destination: {
    en: "Now, at work or where they live",
    fi: "Nyt, työssä tai asuinpaikassa",
    sv: "Nu, på arbetet eller där hen bor",
  },
};

const lists: Record<ProfileId, ProfileList> = {
  adult_labour: adultLabour,
  adult_sexual: adultSexual,
  child_labour: childLabour,
  child_sexual: childSexual,
};

// A concept that appears both at recruitment and at destination is asked about twice; the
// wording then names the phase so the two questions read differently.
const conceptsInBothPhases = (() => {
  const seen: Record<"recruitment" | "destination", Set<string>> = {
    recruitment: new Set(),
    destination: new Set(),
  };
  for (const list of Object.values(lists)) {
    for (const d of dimensionIds) {
      const p = recruitmentDimensions.has(d) ? "recruitment" : "destination";
      for (const s of strengths) for (const [c] of list[d][s] ?? []) seen[p].add(c);
    }
  }
  return new Set([...seen.recruitment].filter((c) => seen.destination.has(c)));
})();

function withPhase(concept: string, dimension: DimensionId): Localised<IndicatorText> {
  const base = conceptTexts[concept];
  if (!base) throw new Error(`catalogue-v1: no texts for concept ${concept}`);
  if (!conceptsInBothPhases.has(concept)) return base;
  const p = phase[recruitmentDimensions.has(dimension) ? "recruitment" : "destination"];
  const out = {} as Localised<IndicatorText>;
  for (const lang of languages as readonly Lang[]) {
    const t = base[lang];
    out[lang] = { ...t, wording: `${p[lang]}: ${t.wording.charAt(0).toLowerCase()}${t.wording.slice(1)}` };
  }
  return out;
}

function iloIndicators(profile: ProfileId): IloIndicator[] {
  const out: IloIndicator[] = [];
  for (const dimension of dimensionIds) {
    let n = 0;
    for (const strength of strengths) {
      for (const [concept, label] of lists[profile][dimension][strength] ?? []) {
        n += 1;
        out.push({
          kind: "ilo",
          id: `${profilePrefix[profile]}.${dimensionCode[dimension]}.${String(n).padStart(2, "0")}`,
          profile,
          dimension,
          strength,
          concept,
          label,
          text: withPhase(concept, dimension),
          source: "ilo-ec-2009",
        });
      }
    }
  }
  return out;
}

function supplementaryIndicators(): SupplementaryIndicator[] {
  return supplementaryFormIds.flatMap((form) =>
    supplementaryLists[form].map((e, i) => ({
      kind: "supplementary" as const,
      id: `sup.${formCode[form]}.${String(i + 1).padStart(2, "0")}`,
      form,
      concept: e.concept,
      text: e.text,
      source: forms[form].source,
    })),
  );
}

function build(): Catalogue {
  const ilo = (["adult_labour", "adult_sexual", "child_labour", "child_sexual"] as const).flatMap(
    iloIndicators,
  );
  return {
    version: "catalogue-v1",
    profiles: {
      adult_labour: { isChild: false, sourceStatus: "checked_counts" },
      adult_sexual: { isChild: false, sourceStatus: "reconstructed" },
      child_labour: { isChild: true, sourceStatus: "secondary_source" },
      child_sexual: { isChild: true, sourceStatus: "reconstructed" },
    },
    indicators: [...ilo, ...supplementaryIndicators()],
    forcedLabour: forcedLabourDefinitions.map((f, i) => ({
      id: `ilo11.${String(i + 1).padStart(2, "0")}`,
      number: i + 1,
      label: f.label,
      indicators: ilo.filter((x) => f.concepts.includes(x.concept)).map((x) => x.id),
    })),
    barriers,
    forms,
    sources,
  };
}

/** The published, frozen catalogue version 1. Never edit in place once published: add a v2. */
export const catalogueV1: Catalogue = build();
