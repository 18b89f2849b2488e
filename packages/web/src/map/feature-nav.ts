import { placeAnchor } from "@ariadne/domain/mapping/density.ts";
import type { PlaceGeometry } from "@ariadne/domain/mapping/geojson.ts";
import { collatorFor } from "../ui/format-number.ts";

/**
 * What a keyboard and a screen reader make of the features drawn on a map (WCAG 2.1.1, 4.1.2):
 * their order, where the arrow keys go, and what a density square opens (their names are in
 * `feature-names.ts`). Pure, so all is tested without a map; `feature-keyboard.ts` applies it to
 * the drawn shapes.
 */

/** The kinds of feature a user can reach, in the order of the layer list (the map's legend). */
export const featureKinds = ["location", "service", "outreach", "density"] as const;
export type FeatureKind = (typeof featureKinds)[number];

export interface NavFeature {
  /** Stable across redraws: `entry:<id>`, `service:<id>`, `density:<row>:<col>`. */
  key: string;
  kind: FeatureKind;
  /** The entry's title or the service's name; empty for a density square. */
  title: string;
  /** Drawn as an area (a polygon) rather than a point. */
  area: boolean;
  /** Signals counted: a density square's sum. */
  signals: number;
  /** Where it lies (a point, or an area's middle): ties of title are read north to south, west to east. */
  lat: number;
  lon: number;
}

/**
 * The order the arrow keys follow: by layer as the layer list has them (locations, services,
 * outreach, signal density); within a layer by title as the reader's language sorts, a density
 * square by its signals (most first); ties north to south, then west to east.
 */
export function orderFeatures<T extends NavFeature>(features: readonly T[], lang: string): T[] {
  const collator = collatorFor(lang);
  const rank = (k: FeatureKind) => featureKinds.indexOf(k);
  return [...features].sort(
    (a, b) =>
      rank(a.kind) - rank(b.kind) ||
      (a.kind === "density" ? b.signals - a.signals : collator.compare(a.title, b.title)) ||
      b.lat - a.lat ||
      a.lon - b.lon ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}

/** The keys that move between features; anything else is left to the page. */
export type MoveKey =
  | "ArrowRight"
  | "ArrowDown"
  | "ArrowLeft"
  | "ArrowUp"
  | "Home"
  | "End"
  | "PageDown"
  | "PageUp";
const moveKeys: readonly string[] = [
  "ArrowRight",
  "ArrowDown",
  "ArrowLeft",
  "ArrowUp",
  "Home",
  "End",
  "PageDown",
  "PageUp",
];
export const isMoveKey = (key: string): key is MoveKey => moveKeys.includes(key);

/**
 * Where a key moves from the feature at `at` in `ordered`: the next (→, ↓) or the previous (←, ↑),
 * the first (Home) or the last (End), the first of the next layer (Page Down) or of this layer,
 * then of the one before (Page Up). It stops at either end rather than wrap, as a list does; in a
 * right-to-left page ← and → swap. Null when the focus stays.
 */
export function moveTarget(
  key: MoveKey,
  at: number,
  ordered: readonly { kind: string }[],
  rtl = false,
): number | null {
  const last = ordered.length - 1;
  if (last < 0 || at < 0 || at > last) return null;
  const forward = rtl ? "ArrowLeft" : "ArrowRight";
  const backward = rtl ? "ArrowRight" : "ArrowLeft";
  let to: number;
  if (key === forward || key === "ArrowDown") to = Math.min(at + 1, last);
  else if (key === backward || key === "ArrowUp") to = Math.max(at - 1, 0);
  else if (key === "Home") to = 0;
  else if (key === "End") to = last;
  else if (key === "PageDown") {
    const kind = ordered[at]?.kind;
    const next = ordered.findIndex((f, i) => i > at && f.kind !== kind);
    to = next === -1 ? at : next;
  } else {
    // Page Up: the first of this layer, or when already there, the first of the layer before.
    const firstOf = (i: number) => {
      let j = i;
      while (j > 0 && ordered[j - 1]?.kind === ordered[i]?.kind) j--;
      return j;
    };
    const start = firstOf(at);
    to = start < at ? start : start === 0 ? 0 : firstOf(start - 1);
  }
  return to === at ? null : to;
}

/** A place of the map's layers that counts signals: a current location or outreach. */
export interface SignalPlace {
  id: string;
  geometry: PlaceGeometry;
  signals: number;
  stale: boolean;
}

/**
 * The entries whose signals a density square sums: current (not stale) places with signals whose
 * anchor (a point, or the middle of an area's corners) lies in the square, as the server counts
 * them (`signalDensity`). `ring` is the square's outline, [longitude, latitude].
 */
export function densityMembers(
  ring: readonly (readonly number[])[],
  places: readonly SignalPlace[],
): string[] {
  const lons = ring.map((p) => p[0] ?? Number.NaN);
  const lats = ring.map((p) => p[1] ?? Number.NaN);
  const [west, east] = [Math.min(...lons), Math.max(...lons)];
  const [south, north] = [Math.min(...lats), Math.max(...lats)];
  // Each square takes its south and west edges, not its north and east (those are the next
  // square's), shifted by a hair: the server computed the corners from the same numbers, and may
  // have rounded them either way. Shifted alike, the squares still share out every place once.
  const eps = 1e-9;
  return places
    .filter((p) => !p.stale && p.signals > 0)
    .filter((p) => {
      const a = placeAnchor(p.geometry);
      return a.lon >= west - eps && a.lon < east - eps && a.lat >= south - eps && a.lat < north - eps;
    })
    .map((p) => p.id);
}
