import { assistanceLevelRank } from "../assistance.ts";
import { evaluateScreening } from "../evaluate.ts";
import type { Vignette } from "./vignette.ts";
import { labourVignettes } from "./vignettes-labour.ts";
import { otherVignettes } from "./vignettes-other.ts";

export type { Sector, Vignette } from "./vignette.ts";

/** Ariadne's validation set for the assistance signal (docs/screening-format.md, "Validation set"). */
export const vignettes: readonly Vignette[] = [...labourVignettes, ...otherVignettes];

export interface VignetteResult {
  vignette: Vignette;
  assistance: string;
  ilo: string;
  /** The signal offers assistance where the ILO/EC rule is not met. */
  changesVsIlo: boolean;
  passes: boolean;
}

/** Runs every vignette through the engine. */
export function runValidationSet(set: readonly Vignette[] = vignettes): VignetteResult[] {
  return set.map((vignette) => {
    const r = evaluateScreening(vignette.input);
    return {
      vignette,
      assistance: r.assistance.level,
      ilo: r.outcome,
      changesVsIlo: r.outcome !== "indicated" && assistanceLevelRank[r.assistance.level] === 2,
      passes: r.assistance.level === vignette.expected.assistance && r.outcome === vignette.expected.ilo,
    };
  });
}

const cell = (s: string) => s.replaceAll("|", "\\|");

/** The validation set as the Markdown table printed in docs/screening-format.md. */
export function validationTable(results: readonly VignetteResult[] = runValidationSet()): string {
  const count = (level: string) => results.filter((r) => r.assistance === level).length;
  const lines = [
    "| vignette | sector | child | began voluntarily | assistance signal | ILO/EC outcome | why |",
    "|---|---|---|---|---|---|---|",
    ...results
      .map(({ vignette: v, assistance, ilo }) =>
        [
          `\`${v.id}\` ${cell(v.title)}`,
          v.sector.replaceAll("_", " "),
          v.child ? "yes" : "no",
          v.beganVoluntarily ? "yes" : "no",
          assistance,
          ilo,
          cell(v.why),
        ].join(" | "),
      )
      .map((row) => `| ${row} |`),
    "",
    `${results.length} vignettes: ${count("offer_assistance")} offer_assistance, ${count("keep_asking")} keep_asking, ${count("no_concern_recorded")} no_concern_recorded; ${results.filter((r) => r.changesVsIlo).length} offer assistance where the ILO/EC rule is not met; ${results.filter((r) => r.vignette.beganVoluntarily).length} began voluntarily.`,
  ];
  return lines.join("\n");
}
