import { indexCatalogue } from "./catalogue-index.ts";
import { catalogueFor } from "./catalogues.ts";
import { compareQuestions, evaluateScreening, latestObservations, type Question } from "./evaluate.ts";
import type { Catalogue, ScreeningInputData } from "./types.ts";
import { dimensionIds, supplementaryFormIds } from "./types.ts";

export type NextQuestion =
  | ({ reason: "moves_towards_rule" } & Question)
  | { reason: "completes_picture"; indicator: string };

/**
 * The most informative question to ask next in a guided screening: the unknown indicator that
 * brings a profile's rule closest to met; once none can, the next indicator never asked about
 * (ILO lists of the chosen profiles first, then the supplementary forms); null when all are asked.
 */
export function nextQuestion(
  input: ScreeningInputData,
  catalogue: Catalogue = catalogueFor(input.catalogueVersion),
): NextQuestion | null {
  const result = evaluateScreening(input, catalogue);
  const candidates = result.profiles.flatMap((p) => p.whatToAskNext).sort(compareQuestions);
  const best = candidates[0];
  if (best) return { reason: "moves_towards_rule", ...best };

  const asked = latestObservations(input.observations, result.asOf);
  const index = indexCatalogue(catalogue);
  for (const p of result.profiles) {
    for (const d of dimensionIds) {
      const open = index.byProfile[p.profile][d].find((ind) => !asked.has(ind.id));
      if (open) return { reason: "completes_picture", indicator: open.id };
    }
  }
  for (const f of supplementaryFormIds) {
    const open = index.byForm[f].find((id) => !asked.has(id));
    if (open) return { reason: "completes_picture", indicator: open };
  }
  return null;
}
