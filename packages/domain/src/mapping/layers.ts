import { placeAnchor, type SignalPoint, signalDensity } from "./density.ts";
import type { BoundaryGeometry, PlaceGeometry, PolygonGeometry } from "./geojson.ts";
import type { MappingEntry } from "./schemas.ts";

/** A GeoJSON Feature of the local map (RFC 7946), with the properties a map layer styles by. */
export interface MapFeature {
  type: "Feature";
  id: string;
  geometry: BoundaryGeometry | PlaceGeometry;
  properties: Record<string, string | number | boolean | string[]>;
}

export interface MapLayers {
  type: "FeatureCollection";
  features: MapFeature[];
}

/** The layers of the local map, in drawing order (bottom first). */
export const mapLayerNames = ["boundary", "signal_density", "locations", "outreach"] as const;
export type MapLayerName = (typeof mapLayerNames)[number];

/** Density cells of about a kilometre: fine enough for a town, coarse enough not to pin a place. */
export const densityCellKm = 1;

function referenceLatitude(boundary: BoundaryGeometry | null, points: readonly SignalPoint[]): number {
  const ring =
    boundary?.type === "Polygon"
      ? boundary.coordinates[0]
      : boundary?.type === "MultiPolygon"
        ? boundary.coordinates[0]?.[0]
        : undefined;
  const lats = ring ? ring.map((p) => p[1]) : points.map((p) => p.lat);
  if (lats.length === 0) return 60;
  return (Math.min(...lats) + Math.max(...lats)) / 2;
}

/**
 * The map's layers as one FeatureCollection: the municipality boundary (`layer: "boundary"`),
 * every current location with a place (`layer: "locations"`), outreach with a place
 * (`layer: "outreach"`), both flagged stale as of `asOf`, and the density of observed signals
 * (`layer: "signal_density"`) from current (not stale, not archived) locations and outreach.
 * Entries without a place are left out: they are on the list, not on the map.
 */
export function mapLayers(
  municipalityId: string,
  boundary: BoundaryGeometry | null,
  entries: readonly MappingEntry[],
): MapLayers {
  const features: MapFeature[] = [];
  const signals: SignalPoint[] = [];
  if (boundary)
    features.push({
      type: "Feature",
      id: municipalityId,
      geometry: boundary,
      properties: { layer: "boundary" },
    });
  for (const e of entries) {
    const d = e.details;
    if (e.archived || (d.kind !== "location" && d.kind !== "outreach") || !d.geometry) continue;
    if (!e.stale && d.signals.length > 0)
      signals.push({ ...placeAnchor(d.geometry), signals: d.signals.length });
    const common = { title: e.title, signals: d.signals.length, stale: e.stale, sourceDate: e.source.date };
    features.push({
      type: "Feature",
      id: e.id,
      geometry: d.geometry,
      properties:
        d.kind === "location"
          ? { layer: "locations", sector: d.sector, forms: d.forms, ...common }
          : {
              layer: "outreach",
              groupKinds: d.groupKinds,
              ...(d.contacts !== null ? { contacts: d.contacts } : {}),
              ...common,
            },
    });
  }
  const cells = signalDensity(signals, {
    cellKm: densityCellKm,
    referenceLatitude: referenceLatitude(boundary, signals),
  });
  for (const c of cells) {
    const geometry: PolygonGeometry = { type: "Polygon", coordinates: [c.ring as [number, number][]] };
    features.push({
      type: "Feature",
      id: `density:${c.row}:${c.col}`,
      geometry,
      properties: { layer: "signal_density", signals: c.signals, share: c.share },
    });
  }
  return { type: "FeatureCollection", features };
}
