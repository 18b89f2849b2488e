import type { Source, SupplementaryFormId } from "../types.ts";

export const sources: Record<string, Source> = {
  "ilo-ec-2009": {
    id: "ilo-ec-2009",
    citation:
      "ILO and European Commission, Operational indicators of trafficking in human beings: results from a Delphi survey implemented by the ILO and the European Commission, first published March 2009, revised September 2009.",
    url: "https://www.ilo.org/global/topics/forced-labour/publications/WCMS_105023/lang--en/index.htm",
    note: "Adult labour list: dimension counts checked against a published summary; strengths from the list as recalled and cross-read with a secondary reproduction. Child labour: from a secondary reproduction. Adult and child sexual lists: reconstructed, not checked.",
  },
  "ilo-2012-forced-labour": {
    id: "ilo-2012-forced-labour",
    citation:
      "ILO Special Action Programme to Combat Forced Labour (SAP-FL), ILO indicators of forced labour, 2012.",
  },
  "unodc-indicators": {
    id: "unodc-indicators",
    citation:
      "UNODC, Human trafficking indicators (general; domestic servitude; begging and petty crime). Paraphrased.",
  },
  "cbss-heuni-2016": {
    id: "cbss-heuni-2016",
    citation:
      "CBSS Task Force against Trafficking in Human Beings with HEUNI, Guidelines for municipalities: stopping human trafficking and exploitation, 2016.",
  },
  "eu-2024-1712": {
    id: "eu-2024-1712",
    citation:
      "Directive 2011/36/EU as amended by Directive (EU) 2024/1712 (forced marriage, illegal adoption, surrogacy added as forms).",
  },
  "palermo-2000": {
    id: "palermo-2000",
    citation:
      "UN Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children (2000), art. 3(c): for a child, the means are not required.",
  },
};

/** The source of each supplementary form's indicators (their labels are in locales/<lang>/catalogue.json). */
export const formSources: Record<SupplementaryFormId, string> = {
  forced_begging: "unodc-indicators",
  forced_criminality: "unodc-indicators",
  forced_marriage: "eu-2024-1712",
  benefit_fraud: "cbss-heuni-2016",
  domestic_servitude: "unodc-indicators",
};
