/**
 * The public sources the sector and country risk lists draw on. A list entry names the sources of
 * its level; where the level is Ariadne's own reading of them (no source states it as such), the
 * entry says `judgement: true`, and a coordinator should check it against the newest editions.
 */
export const riskSources = {
  ilo_gems_2022: {
    title:
      "ILO, Walk Free and IOM, Global Estimates of Modern Slavery: Forced Labour and Forced Marriage (Geneva, September 2022)",
    note: "Forced labour in the private economy: most in services (other than domestic work), manufacturing, construction, agriculture and domestic work; migrant workers are more than three times as likely to be in forced labour as other workers.",
  },
  fra_2015: {
    title:
      "European Union Agency for Fundamental Rights (FRA), Severe labour exploitation: workers moving within or into the European Union (2015)",
    note: "Sectors most exposed in the EU: agriculture, construction, hospitality and food services, domestic work, manufacturing; risk factors include agency work, subcontracting chains and posted work.",
  },
  heuni_2011: {
    title:
      "Jokinen, Ollus and Aromaa (eds.), Trafficking for forced labour and labour exploitation in Finland, Poland and Estonia, HEUNI Publication Series No. 68 (2011)",
    note: "In Finland, exploitation found in construction, restaurants, cleaning, agriculture and gardening (seasonal berry and vegetable work) and domestic work; long subcontracting chains and recruitment debts recur.",
  },
  ilab_2024: {
    title:
      "U.S. Department of Labor, Bureau of International Labor Affairs, 2024 List of Goods Produced by Child Labor or Forced Labor",
    note: "Goods and countries with reason to believe forced or child labour is used: e.g. garments, cotton, rubber gloves, electronics, fish and seafood, bricks, palm oil, polysilicon.",
  },
  gsi_2023: {
    title: "Walk Free, Global Slavery Index 2023",
    note: "Highest estimated prevalence of modern slavery: North Korea, Eritrea, Mauritania, Saudi Arabia, Türkiye, Tajikistan, United Arab Emirates, Russia, Afghanistan, Kuwait.",
  },
  eu_flr_2024: {
    title:
      "Regulation (EU) 2024/3015 prohibiting products made with forced labour on the Union market, and the state-imposed forced labour it names as a risk indicator",
    note: "State-imposed forced labour is an indicator the Commission's database of risk areas and products must cover.",
  },
  ariadne: {
    title: "Ariadne's judgement (no single source states this level)",
    note: "Set by the Ariadne team from the sources above; a coordinator may replace it in a new version of the rules.",
  },
} as const;
export type RiskSourceId = keyof typeof riskSources;

export const riskLevels = ["low", "medium", "high", "very_high"] as const;
export type RiskLevel = (typeof riskLevels)[number];

export function riskRank(level: RiskLevel): number {
  return riskLevels.indexOf(level);
}

/** How serious a follow-up finding is, least first. */
export const findingSeverities = ["minor", "major", "critical"] as const;
export type FindingSeverity = (typeof findingSeverities)[number];
