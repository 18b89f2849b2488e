import type { AriadneIndicator } from "../types.ts";

/** An addition without its texts: they are in locales/<lang>/catalogue.json under its id. */
export type Addition = Omit<AriadneIndicator, "kind" | "source" | "text" | "guidance">;

/**
 * Ariadne's additions in catalogue-v2 (not ILO/EC): facts that real, decided cases recorded at
 * first contact could not be entered in v1, and the three parts of v1's combined "deceived about
 * the nature of the job, location or employer", so that one part can be recorded as absent.
 * Each says which element of the Palermo definition it feeds (for the assistance signal only)
 * and which ILO indicators of forced labour (2012) it evidences — Ariadne's reading, not the ILO's.
 * The ILO/EC rule sees a part only through the indicator it is part of; the others never feed it.
 */
export const additions: readonly Addition[] = [
  {
    id: "ari.act.01",
    concept: "deceived-about-work",
    phase: "recruitment",
    feeds: [],
    partOf: { dimension: "deceptive_recruitment", concept: "deceived-nature-of-job" },
    forcedLabour: ["ilo11.02"],
  },
  {
    id: "ari.act.02",
    concept: "deceived-about-place",
    phase: "recruitment",
    feeds: [],
    partOf: { dimension: "deceptive_recruitment", concept: "deceived-nature-of-job" },
    forcedLabour: ["ilo11.02"],
  },
  {
    id: "ari.act.03",
    concept: "deceived-about-employer",
    phase: "recruitment",
    feeds: [],
    partOf: { dimension: "deceptive_recruitment", concept: "deceived-nature-of-job" },
    forcedLabour: ["ilo11.02"],
  },
  {
    id: "ari.act.04",
    concept: "deceived-unspecified",
    phase: "recruitment",
    feeds: [
      { element: "act", strength: "medium" },
      { element: "means", strength: "medium" },
    ],
    forcedLabour: ["ilo11.02"],
  },
  {
    id: "ari.act.05",
    concept: "recruitment-fee-or-travel-debt",
    phase: "recruitment",
    feeds: [
      { element: "act", strength: "medium" },
      { element: "means", strength: "medium" },
    ],
    forcedLabour: ["ilo11.09"],
  },
  {
    id: "ari.mea.01",
    concept: "threat-sent-home-or-reported",
    phase: "destination",
    feeds: [{ element: "means", strength: "medium" }],
    forcedLabour: ["ilo11.06"],
  },
  {
    id: "ari.mea.02",
    concept: "employer-holds-bank-account",
    phase: "destination",
    feeds: [
      { element: "means", strength: "strong" },
      { element: "purpose", strength: "medium" },
    ],
    forcedLabour: ["ilo11.08"],
  },
  {
    id: "ari.pur.01",
    concept: "identity-used-in-name",
    phase: "destination",
    feeds: [{ element: "purpose", strength: "strong" }],
    forcedLabour: ["ilo11.01"],
  },
  {
    id: "ari.pur.02",
    concept: "proceeds-taken",
    phase: "destination",
    feeds: [{ element: "purpose", strength: "strong" }],
    forcedLabour: ["ilo11.08"],
  },
];
