import { catalogueV1 } from "./catalogue-v1/index.ts";
import { catalogueV2 } from "./catalogue-v2/index.ts";
import type { Catalogue, CatalogueVersion } from "./types.ts";

/** Every published catalogue, by version. Published versions are never edited in place. */
export const catalogues: Record<CatalogueVersion, Catalogue> = {
  "catalogue-v1": catalogueV1,
  "catalogue-v2": catalogueV2,
};

/** The newest published catalogue: what new screenings use. */
export const latestCatalogue: Catalogue = catalogueV2;

/** The catalogue an input's ids belong to: catalogue-v1 when the input names none. */
export function catalogueFor(version: CatalogueVersion | undefined): Catalogue {
  return catalogues[version ?? "catalogue-v1"];
}
