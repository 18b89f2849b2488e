import { catalogueTexts, indicatorTextAt, localised } from "../catalogue-texts.ts";
import type {
  Catalogue,
  DimensionId,
  IloIndicator,
  ProfileId,
  SupplementaryFormId,
  SupplementaryIndicator,
} from "../types.ts";
import { barrierIds, dimensionIds, strengths, supplementaryFormIds } from "../types.ts";
import { forcedLabourDefinitions } from "./forced-labour.ts";
import { iloTextIn, profileLists } from "./phase-wording.ts";
import { formSources, sources } from "./sources.ts";
import { supplementaryConcepts } from "./supplementary.ts";

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

function iloIndicators(profile: ProfileId): IloIndicator[] {
  const out: IloIndicator[] = [];
  for (const dimension of dimensionIds) {
    let n = 0;
    for (const strength of strengths) {
      for (const [concept, label] of profileLists[profile][dimension][strength] ?? []) {
        n += 1;
        out.push({
          kind: "ilo",
          id: `${profilePrefix[profile]}.${dimensionCode[dimension]}.${String(n).padStart(2, "0")}`,
          profile,
          dimension,
          strength,
          concept,
          label,
          text: localised((lang) => iloTextIn(concept, dimension, lang)),
          source: "ilo-ec-2009",
        });
      }
    }
  }
  return out;
}

function supplementaryIndicators(): SupplementaryIndicator[] {
  return supplementaryFormIds.flatMap((form) =>
    supplementaryConcepts[form].map((concept, i) => {
      const id = `sup.${formCode[form]}.${String(i + 1).padStart(2, "0")}`;
      return {
        kind: "supplementary" as const,
        id,
        form,
        concept,
        text: localised((lang) => indicatorTextAt(lang, ["indicators", id])),
        source: formSources[form],
      };
    }),
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
      label: localised((lang) =>
        catalogueTexts.text(lang, ["forcedLabour", `ilo11.${String(i + 1).padStart(2, "0")}`]),
      ),
      indicators: ilo.filter((x) => f.concepts.includes(x.concept)).map((x) => x.id),
    })),
    // Why persons seldom self-identify, after CBSS/HEUNI "Guidelines for municipalities" (2016),
    // with Ariadne's guidance on how to approach. Barriers shape how to talk with the person;
    // they never change the assessment.
    barriers: barrierIds.map((id) => ({
      id,
      label: localised((lang) => catalogueTexts.text(lang, ["barriers", id, "label"])),
      approach: localised((lang) => catalogueTexts.text(lang, ["barriers", id, "approach"])),
    })),
    forms: Object.fromEntries(
      supplementaryFormIds.map((f) => [
        f,
        { label: localised((lang) => catalogueTexts.text(lang, ["forms", f])), source: formSources[f] },
      ]),
    ) as Catalogue["forms"],
    sources,
  };
}

/** The published, frozen catalogue version 1. Never edit in place once published: add a v2. */
export const catalogueV1: Catalogue = build();
