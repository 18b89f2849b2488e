import type { IndicatorText, Localised } from "../types.ts";

/** [wording, what to look for, how to ask] */
type Triple = readonly [string, string, string];

/** Builds the three-language texts of one indicator concept from compact triples. */
export function texts(en: Triple, fi: Triple, sv: Triple): Localised<IndicatorText> {
  const one = ([wording, lookFor, ask]: Triple): IndicatorText => ({ wording, lookFor, ask });
  return { en: one(en), fi: one(fi), sv: one(sv) };
}
