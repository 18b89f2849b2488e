import type { mapping } from "@ariadne/domain";
import { iso } from "../admin/rows.ts";
import type { Queryable } from "../connection.ts";

type Row = { geometry: mapping.BoundaryGeometry; version: number; updated_at: Date };

/** The municipality's boundary, or a version-0 placeholder when none has been imported. */
export async function getBoundary(
  tx: Queryable,
  municipalityId: string,
): Promise<mapping.MunicipalityBoundary> {
  const [row] = await tx.query<Row>(
    "select geometry, version, updated_at from municipality_boundaries where municipality_id = $1",
    [municipalityId],
  );
  return row
    ? { boundary: row.geometry, version: row.version, updatedAt: iso(row.updated_at) }
    : { boundary: null, version: 0, updatedAt: null };
}

/** Inserts at version 0, updates at the current version; returns null when `version` is stale. */
export async function saveBoundary(
  tx: Queryable,
  municipalityId: string,
  version: number,
  geometry: mapping.BoundaryGeometry,
  updatedBy: string | null,
): Promise<mapping.MunicipalityBoundary | null> {
  const json = JSON.stringify(geometry);
  const rows =
    version === 0
      ? await tx.query<Row>(
          `insert into municipality_boundaries (municipality_id, geometry, updated_by) values ($1, $2::jsonb, $3)
           on conflict (municipality_id) do nothing returning geometry, version, updated_at`,
          [municipalityId, json, updatedBy],
        )
      : await tx.query<Row>(
          `update municipality_boundaries set geometry = $3::jsonb, updated_by = $4, version = version + 1, updated_at = now()
           where municipality_id = $1 and version = $2 returning geometry, version, updated_at`,
          [municipalityId, version, json, updatedBy],
        );
  const [row] = rows;
  return row ? { boundary: row.geometry, version: row.version, updatedAt: iso(row.updated_at) } : null;
}
