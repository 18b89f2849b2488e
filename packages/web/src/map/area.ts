import type { PolygonGeometry } from "@ariadne/domain/mapping/index.ts";

/** A corner of an area as people write it: latitude first, then longitude. */
export type LatLon = [number, number];

/** An area being drawn for an entry form: the corners as typed or clicked, one "lat, lon" a line. */
export type AreaDraft = { owner: string; text: string; drawing: boolean };

const number = (s: string) => (/^[+-]?\d+(?:\.\d+)?$/.test(s) ? Number(s) : Number.NaN);

/**
 * One corner of a line: "60.17, 24.94", "60.17 24.94", or with decimal commas "60,17; 24,94".
 * Null when the line is not two numbers.
 */
export function parseCorner(line: string): LatLon | null {
  const text = line.trim();
  const parts = text.includes(";")
    ? text.split(";").map((p) => p.trim().replace(",", "."))
    : text.split(/\s*,\s*|\s+/);
  if (parts.length !== 2) return null;
  const [lat, lon] = parts.map(number) as [number, number];
  return Number.isFinite(lat) && Number.isFinite(lon) ? [lat, lon] : null;
}

/** The corners of the text, and the number (from 1) of the first line that is not a corner. */
export function parseArea(text: string): { corners: LatLon[]; badLine: number | null } {
  const corners: LatLon[] = [];
  let badLine: number | null = null;
  text.split("\n").forEach((line, i) => {
    if (!line.trim()) return;
    const corner = parseCorner(line);
    if (corner) corners.push(corner);
    else badLine ??= i + 1;
  });
  return { corners, badLine };
}

export const formatCorner = ([lat, lon]: LatLon) => `${lat.toFixed(5)}, ${lon.toFixed(5)}`;

/** The text with one more corner at its end. */
export function withCorner(text: string, corner: LatLon): string {
  const before = text.trimEnd();
  return before ? `${before}\n${formatCorner(corner)}` : formatCorner(corner);
}

/** The text without its last corner (the last line that is not empty). */
export function withoutLastCorner(text: string): string {
  const lines = text.trimEnd().split("\n");
  lines.pop();
  return lines.join("\n");
}

const same = (a: LatLon, b: LatLon) => a[0] === b[0] && a[1] === b[1];

/** How many different corners there are. */
export const distinctCorners = (corners: LatLon[]) =>
  corners.filter((c, i) => corners.findIndex((d) => same(c, d)) === i).length;

/**
 * The GeoJSON Polygon of the corners: longitude first (RFC 7946), the ring closed by repeating
 * the first corner (a ring typed closed is not closed twice), repeated clicks on one spot dropped.
 */
export function polygonOf(corners: LatLon[]): PolygonGeometry {
  const open = corners.filter((c, i) => i === 0 || !same(c, corners[i - 1]!));
  if (open.length > 1 && same(open[0]!, open.at(-1)!)) open.pop();
  const ring = open.map(([lat, lon]) => [lon, lat] as [number, number]);
  if (ring[0]) ring.push(ring[0]);
  return { type: "Polygon", coordinates: [ring] };
}

/** The corners of a stored area's outer ring as text, without the closing repeat. */
export function textOfPolygon(polygon: PolygonGeometry): string {
  const ring = polygon.coordinates[0] ?? [];
  return ring
    .slice(0, -1)
    .map(([lon, lat]) => formatCorner([lat, lon]))
    .join("\n");
}

/** What is wrong with an area before the schema looks at it: a line that is no corner, or too few corners. */
export function areaProblem(text: string): { key: "areaLine"; line: number } | { key: "areaTooFew" } | null {
  const { corners, badLine } = parseArea(text);
  if (badLine !== null) return { key: "areaLine", line: badLine };
  if (distinctCorners(corners) < 3) return { key: "areaTooFew" };
  return null;
}
