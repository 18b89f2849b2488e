import { z } from "zod";
import { BoundaryGeometry, BoundaryImport } from "./geojson.ts";

export const BoundaryUpdate = z.strictObject({
  boundary: BoundaryImport,
  /** 0 when no boundary has been stored yet. */
  version: z.int().min(0),
});
export type BoundaryUpdate = z.infer<typeof BoundaryUpdate>;

export const MunicipalityBoundary = z.object({
  boundary: BoundaryGeometry.nullable(),
  version: z.int(),
  updatedAt: z.string().nullable(),
});
export type MunicipalityBoundary = z.infer<typeof MunicipalityBoundary>;
