import { z } from "zod";
import type { Series } from "./dashboards.ts";

/**
 * Rounding bases a deployment may choose for published counts (1: none). Statistical offices round
 * small-area tables to base 3, 5 or 10 on top of suppression (e.g. the UK ONS rounds to base 5,
 * Statistics New Zealand randomly to base 3); Ariadne rounds deterministically to the nearest
 * multiple, half up.
 */
export const roundingBases = [1, 3, 5, 10] as const;
export const RoundingBase = z.coerce
  .number()
  .refine((v) => (roundingBases as readonly number[]).includes(v), `one of ${roundingBases.join(", ")}`);

/**
 * A published count rounded to the base: a multiple of it, never 0 for a count that is not 0 (a
 * zero would read as "none", which is exactly what suppression never lets a hidden or small count
 * say). Hidden counts stay hidden. Applied after suppression, it only ever removes information.
 */
export function roundCount(value: number | null, base: number): number | null {
  if (value === null || value === 0 || base <= 1) return value;
  return Math.max(base, Math.round(value / base) * base);
}

/** A chart's series with every published count, its total included, rounded to the base. */
export function roundSeries(series: Series, base: number): Series {
  if (base <= 1) return series;
  return {
    categories: series.categories,
    values: series.values.map((v) => roundCount(v, base)),
    total: roundCount(series.total, base),
  };
}
