import { z } from "zod";

/** CTDC publishes its global victim dataset with k-anonymity at k = 11; Ariadne's default matches it. */
export const defaultMinCellSize = 11;
/** Below five a published count identifies people in a small town; no deployment may go lower. */
export const lowestMinCellSize = 5;

/** A deployment's disclosure-control setting, checked at boot like the rest of the config. */
export const MinCellSize = z.coerce
  .number()
  .int("a whole number")
  .min(lowestMinCellSize, `at least ${lowestMinCellSize}`)
  .max(1000, "at most 1000");

/** The minimum cell size to apply: the deployment's own, never below the floor. */
export function minCellSizeOf(configured: number | undefined): number {
  if (configured === undefined) return defaultMinCellSize;
  return Math.max(lowestMinCellSize, Math.floor(configured));
}
