import type {
  AriadneIndicator,
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
  /** Ariadne's additions (catalogue-v2 onwards), in catalogue order. */
  ariadne: AriadneIndicator[];
  /** ILO/EC indicator id → the ids of Ariadne's items that are parts of it. */
  parts: Map<string, string[]>;
  /** Position of each indicator in the catalogue (a stable order that is not the id's). */
  position: Map<string, number>;
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
  const ariadne: AriadneIndicator[] = [];
  const position = new Map<string, number>();
  catalogue.indicators.forEach((ind, i) => {
    byId.set(ind.id, ind);
    position.set(ind.id, i);
    if (ind.kind === "ilo") byProfile[ind.profile][ind.dimension].push(ind);
    else if (ind.kind === "supplementary") byForm[ind.form].push(ind.id);
    else ariadne.push(ind);
  });
  const parts = new Map<string, string[]>();
  for (const a of ariadne) {
    if (!a.partOf) continue;
    const { dimension, concept } = a.partOf;
    for (const p of profileIds) {
      for (const ilo of byProfile[p][dimension]) {
        if (ilo.concept !== concept) continue;
        parts.set(ilo.id, [...(parts.get(ilo.id) ?? []), a.id]);
      }
    }
  }
  const index = { byId, byProfile, byForm, ariadne, parts, position };
  cache.set(catalogue, index);
  return index;
}
