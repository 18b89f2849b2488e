import { catalogueTexts, indicatorTextAt, localised } from "../catalogue-texts.ts";
import { catalogueV1 } from "../catalogue-v1/index.ts";
import type { AriadneIndicator, Catalogue } from "../types.ts";
import { additions } from "./additions.ts";
import { firstContactQuestions } from "./first-contact.ts";

const ariadneSource = {
  id: "ariadne-2026",
  citation:
    "Ariadne, catalogue-v2 additions (2026): facts that court summaries of decided Nordic and UK trafficking cases state but catalogue-v1 could not record. Not part of the ILO/EC lists; weights are Ariadne's own (docs/screening-format.md, 'Assistance signal').",
};

function build(): Catalogue {
  const added: AriadneIndicator[] = additions.map((a) => ({
    kind: "ariadne",
    source: ariadneSource.id,
    ...a,
    text: localised((lang) => indicatorTextAt(lang, ["indicators", a.id])),
    ...(catalogueTexts.has("en", ["indicators", a.id, "guidance"])
      ? { guidance: localised((lang) => catalogueTexts.text(lang, ["indicators", a.id, "guidance"])) }
      : {}),
  }));
  return {
    ...catalogueV1,
    version: "catalogue-v2",
    // v1's ids stay valid and mean the same; Ariadne's additions follow them.
    indicators: [...catalogueV1.indicators, ...added],
    forcedLabour: catalogueV1.forcedLabour.map((f) => ({
      ...f,
      indicators: [...f.indicators, ...added.filter((a) => a.forcedLabour.includes(f.id)).map((a) => a.id)],
    })),
    sources: { ...catalogueV1.sources, [ariadneSource.id]: ariadneSource },
    firstContact: firstContactQuestions,
  };
}

/** Catalogue version 2: v1 unchanged plus Ariadne's additions and the first-contact question set. */
export const catalogueV2: Catalogue = build();
