import type {
  Catalogue,
  DimensionId,
  IloIndicator,
  Indicator,
  ProfileId,
  SupplementaryFormId,
} from "./types.ts";
import { dimensionIds, profileIds, supplementaryFormIds } from "./types.ts";

/** Lookup tables over a catalogue, built once per catalogue object (the engine runs often). */
export interface CatalogueIndex {
  byId: Map<string, Indicator>;
  byProfile: Record<ProfileId, Record<DimensionId, IloIndicator[]>>;
  byForm: Record<SupplementaryFormId, string[]>;
}

const cache = new WeakMap<Catalogue, CatalogueIndex>();

export function indexCatalogue(catalogue: Catalogue): CatalogueIndex {
  const cached = cache.get(catalogue);
  if (cached) return cached;
  const byId = new Map<string, Indicator>();
  const byProfile = {} as CatalogueIndex["byProfile"];
  for (const p of profileIds) {
    byProfile[p] = {} as Record<DimensionId, IloIndicator[]>;
    for (const d of dimensionIds) byProfile[p][d] = [];
  }
  const byForm = {} as CatalogueIndex["byForm"];
  for (const f of supplementaryFormIds) byForm[f] = [];
  for (const ind of catalogue.indicators) {
    byId.set(ind.id, ind);
    if (ind.kind === "ilo") byProfile[ind.profile][ind.dimension].push(ind);
    else byForm[ind.form].push(ind.id);
  }
  const index = { byId, byProfile, byForm };
  cache.set(catalogue, index);
  return index;
}
