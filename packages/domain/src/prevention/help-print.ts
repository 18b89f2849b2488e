import { z } from "zod";
import { type HelpLanguage, helpLanguages } from "./help-texts.ts";

/** What is printed: a leaflet to hand out (A5) or a poster to put up (A3). */
export const helpPrintKinds = ["leaflet", "poster"] as const;
/** Where the printed QR code leads: the public help page, or its report-a-concern form. */
export const helpPrintTargets = ["help", "concern"] as const;

/**
 * Languages a leaflet or poster prints in: all of the public page's. DejaVu Sans covers all but
 * Thai, whose runs are set in Noto Sans Thai.
 */
export const helpPrintLanguages: readonly HelpLanguage[] = helpLanguages;

export const HelpPrintQuery = z.strictObject({
  lang: z.enum(helpLanguages).default("en"),
  target: z.enum(helpPrintTargets).default("help"),
});
export type HelpPrintQuery = z.infer<typeof HelpPrintQuery>;
