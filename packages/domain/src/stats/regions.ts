import { z } from "zod";
import { singleLineText } from "../common/index.ts";
import { RegionalDashboard } from "./regional-rollup.ts";

const id = z.uuid();
const municipalityIds = z
  .array(id)
  .max(1000, "at most 1,000 municipalities")
  .refine((ids) => new Set(ids).size === ids.length, "a municipality is named twice");

/** A region: a named set of municipalities a regional analyst sees roll-ups across (issue 17). */
export const Region = z.object({
  id,
  name: z.string(),
  municipalityIds: z.array(id),
  version: z.number().int(),
});
export type Region = z.infer<typeof Region>;

export const RegionCreate = z.strictObject({
  name: singleLineText(200).min(1),
  municipalityIds,
});
export type RegionCreate = z.infer<typeof RegionCreate>;

export const RegionUpdate = z.strictObject({
  name: singleLineText(200).min(1).optional(),
  municipalityIds: municipalityIds.optional(),
  version: z.number().int().min(1),
});
export type RegionUpdate = z.infer<typeof RegionUpdate>;

/** The regional analyst's dashboard with the region it covers. */
export const RegionalStats = z.object({
  region: z.object({ id, name: z.string() }),
  dashboard: RegionalDashboard,
});
export type RegionalStats = z.infer<typeof RegionalStats>;
