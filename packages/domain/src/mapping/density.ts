import type { PlaceGeometry, Position } from "./geojson.ts";

/** A place where signals were observed, and how many. */
export interface SignalPoint {
  lon: number;
  lat: number;
  signals: number;
}

/** One square cell of the density grid with the signals observed inside it. */
export interface DensityCell {
  /** Row and column in the grid anchored at longitude 0, latitude 0: stable across requests. */
  row: number;
  col: number;
  signals: number;
  /** `signals` over the densest cell's: 0 < share ≤ 1, for the map's shading. */
  share: number;
  /** The cell's outline, a closed ring of [longitude, latitude] (RFC 7946), counter-clockwise. */
  ring: Position[];
}

const kmPerDegreeLatitude = 111.32;

/**
 * The cell size in degrees for cells of about `cellKm` kilometres at `referenceLatitude`:
 * a degree of longitude shrinks with the cosine of the latitude.
 */
export function gridStep(cellKm: number, referenceLatitude: number): { dLat: number; dLon: number } {
  const dLat = cellKm / kmPerDegreeLatitude;
  const cos = Math.max(Math.cos((referenceLatitude * Math.PI) / 180), 0.01);
  return { dLat, dLon: dLat / cos };
}

/**
 * Signal density: observed signals summed into a square grid of about `cellKm` km cells, so the
 * map can show where signals cluster without pinning each one. Cells without signals are left
 * out; cells are ordered densest first, then by row and column. The grid's step is set by the
 * `referenceLatitude` (the municipality's), not by the points, so adding a point never moves
 * the other cells.
 */
export function signalDensity(
  points: readonly SignalPoint[],
  options: { cellKm: number; referenceLatitude: number },
): DensityCell[] {
  const { dLat, dLon } = gridStep(options.cellKm, options.referenceLatitude);
  const cells = new Map<string, { row: number; col: number; signals: number }>();
  for (const p of points) {
    if (!(p.signals > 0) || !Number.isFinite(p.lon) || !Number.isFinite(p.lat)) continue;
    const row = Math.floor(p.lat / dLat);
    const col = Math.floor(p.lon / dLon);
    const key = `${row}:${col}`;
    const cell = cells.get(key) ?? { row, col, signals: 0 };
    cell.signals += p.signals;
    cells.set(key, cell);
  }
  const densest = Math.max(0, ...[...cells.values()].map((c) => c.signals));
  return [...cells.values()]
    .sort((a, b) => b.signals - a.signals || a.row - b.row || a.col - b.col)
    .map((c) => {
      const south = c.row * dLat;
      const west = c.col * dLon;
      const north = south + dLat;
      const east = west + dLon;
      return {
        ...c,
        share: c.signals / densest,
        ring: [
          [west, south],
          [east, south],
          [east, north],
          [west, north],
          [west, south],
        ],
      };
    });
}

/** Where a place's signals are counted: a point as it is, an area at the mean of its outer ring's vertices. */
export function placeAnchor(place: PlaceGeometry): { lon: number; lat: number } {
  if (place.type === "Point") return { lon: place.coordinates[0], lat: place.coordinates[1] };
  const ring = place.coordinates[0] ?? [];
  // The closing position repeats the first: count each vertex once.
  const vertices = ring.slice(0, -1);
  const n = Math.max(vertices.length, 1);
  return {
    lon: vertices.reduce((s, p) => s + p[0], 0) / n,
    lat: vertices.reduce((s, p) => s + p[1], 0) / n,
  };
}
