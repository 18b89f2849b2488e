/** Shared PDF pieces: Unicode fonts for the case, planning and referral PDFs. */
export { pdfFonts, unicodeFontData, useUnicodeFonts } from "./fonts.ts";
export { countryName, languageName, longDate } from "./pdf-words.ts";
export { writeBidi } from "./rtl-text.ts";
export { scriptRuns, thaiFonts, useThaiFonts, writeMixedScript } from "./thai-text.ts";
