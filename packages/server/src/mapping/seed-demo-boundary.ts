import { mappingDb, type Queryable } from "@ariadne/db";
import type { mapping } from "@ariadne/domain";

/**
 * The demo municipality's boundary: a simplified outline of Helsinki, where the demo's services
 * lie — land and the sea areas along its coast in 26 corners, drawn by hand from the city's
 * shape (not its legal boundary). [longitude, latitude], counter-clockwise, as RFC 7946 wants.
 */
export const demoBoundary: mapping.BoundaryGeometry = {
  type: "Polygon",
  coordinates: [
    [
      [24.83, 60.135],
      [24.9, 60.12],
      [24.96, 60.115],
      [25.02, 60.125],
      [25.08, 60.14],
      [25.13, 60.15],
      [25.18, 60.16],
      [25.22, 60.17],
      [25.255, 60.185],
      [25.26, 60.21],
      [25.25, 60.24],
      [25.24, 60.265],
      [25.19, 60.275],
      [25.15, 60.26],
      [25.12, 60.27],
      [25.08, 60.28],
      [25.03, 60.285],
      [24.99, 60.28],
      [24.95, 60.275],
      [24.91, 60.265],
      [24.87, 60.255],
      [24.85, 60.24],
      [24.835, 60.22],
      [24.83, 60.2],
      [24.825, 60.175],
      [24.83, 60.155],
      [24.83, 60.135],
    ],
  ],
};

/** Imports the demo boundary as the first version, by the seed itself (no user). */
export async function seedDemoBoundary(tx: Queryable, municipalityId: string): Promise<void> {
  await mappingDb.saveBoundary(tx, municipalityId, 0, demoBoundary, null);
}
