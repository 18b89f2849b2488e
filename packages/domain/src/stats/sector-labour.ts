import type { Sector } from "../mapping/vocabularies.ts";

/**
 * The local map's sectors onto the type-of-labour values CTDC (`typeOfLabour…` columns) and IOM's
 * HTCDS (`vic_TypeOfLabourExploitation`) share; sectors neither names are "Other". Only a case of
 * labour exploitation has a type of labour (CTDC codebook, HTCDS Victim context).
 */
export const labourTypeOfSector: Record<Sector, string> = {
  agriculture_seasonal_berry_picking: "Agriculture",
  construction: "Construction",
  cleaning: "Other",
  hospitality: "Hospitality",
  beauty_and_nail_salons: "Other",
  massage_parlours: "Other",
  car_washes: "Other",
  transport_and_logistics: "Transportation",
  domestic_work: "DomesticWork",
  // CTDC's and HTCDS's aquafarming value covers fishing.
  shipping_and_fishing: "Aquafarming",
  street_begging: "Begging",
  prostitution_venues: "Other",
  online: "Other",
  other: "Other",
};

/** The type of labour of a sector code; null when none was recorded or the code is unknown. */
export function labourTypeOf(sector: string | null | undefined): string | null {
  return sector ? (labourTypeOfSector[sector as Sector] ?? null) : null;
}
