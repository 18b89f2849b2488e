import type { BoundaryGeometry } from "./geojson.ts";
import type { MappingEntry } from "./schemas.ts";

/** A GeoJSON Feature of the local map (RFC 7946), with the properties a map layer styles by. */
export interface MapFeature {
  type: "Feature";
  id: string;
  geometry:
    | BoundaryGeometry
    | NonNullable<Extract<MappingEntry["details"], { kind: "location" }>["geometry"]>;
  properties: Record<string, string | number | boolean | string[]>;
}

export interface MapLayers {
  type: "FeatureCollection";
  features: MapFeature[];
}

/**
 * The map's layers as one FeatureCollection: the municipality boundary (`layer: "boundary"`) and
 * every current location with a place (`layer: "locations"`), flagged stale as of `asOf`.
 * Locations without coordinates are left out: they are on the list, not on the map.
 */
export function mapLayers(
  municipalityId: string,
  boundary: BoundaryGeometry | null,
  entries: readonly MappingEntry[],
): MapLayers {
  const features: MapFeature[] = [];
  if (boundary)
    features.push({
      type: "Feature",
      id: municipalityId,
      geometry: boundary,
      properties: { layer: "boundary" },
    });
  for (const e of entries) {
    if (e.archived || e.details.kind !== "location" || !e.details.geometry) continue;
    features.push({
      type: "Feature",
      id: e.id,
      geometry: e.details.geometry,
      properties: {
        layer: "locations",
        title: e.title,
        sector: e.details.sector,
        forms: e.details.forms,
        signals: e.details.signals.length,
        stale: e.stale,
        sourceDate: e.source.date,
      },
    });
  }
  return { type: "FeatureCollection", features };
}
