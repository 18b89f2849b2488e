import { localeMeta, locales } from "./index.ts";

/**
 * The languages Ariadne speaks as a select's options, each named in itself (and marked with its
 * language), so a reader who cannot read the current one still finds theirs: what a document, a
 * course or a questionnaire can be written in.
 */
export function LanguageOptions() {
  return locales.map((l) => (
    <option key={l} value={l} lang={l}>
      {localeMeta[l]?.name ?? l}
    </option>
  ));
}
