import type { Queryable } from "../connection.ts";

/** A region: a named set of municipalities a regional analyst sees aggregates across. */
export interface RegionRow {
  id: string;
  name: string;
  municipalityIds: string[];
  version: number;
}

type Row = { id: string; name: string; version: number; municipality_ids: string[] | null };

const regionSql = `select r.id, r.name, r.version,
    coalesce(array_agg(rm.municipality_id order by rm.municipality_id)
      filter (where rm.municipality_id is not null), '{}') as municipality_ids
  from regions r left join region_municipalities rm on rm.region_id = r.id`;
const toRegion = (r: Row): RegionRow => ({
  id: r.id,
  name: r.name,
  version: Number(r.version),
  municipalityIds: r.municipality_ids ?? [],
});

/** Every region with its municipalities (system context). */
export async function listRegions(tx: Queryable): Promise<RegionRow[]> {
  return (await tx.query<Row>(`${regionSql} group by r.id order by r.name`)).map(toRegion);
}

export async function getRegion(tx: Queryable, id: string): Promise<RegionRow | null> {
  const [row] = await tx.query<Row>(`${regionSql} where r.id = $1 group by r.id`, [id]);
  return row ? toRegion(row) : null;
}

export async function regionNameTaken(tx: Queryable, name: string, exceptId: string | null) {
  const rows = await tx.query(
    "select 1 from regions where lower(name) = lower($1) and id is distinct from $2",
    [name, exceptId],
  );
  return rows.length > 0;
}

/** The municipalities among these that already belong to a region other than `regionId`. */
export async function municipalitiesInOtherRegions(
  tx: Queryable,
  municipalityIds: readonly string[],
  regionId: string | null,
): Promise<string[]> {
  const rows = await tx.query<{ municipality_id: string }>(
    `select municipality_id from region_municipalities
     where municipality_id = any($1::uuid[]) and region_id is distinct from $2`,
    [municipalityIds, regionId],
  );
  return rows.map((r) => r.municipality_id);
}

export async function insertRegion(tx: Queryable, r: { id: string; name: string }) {
  await tx.query("insert into regions (id, name) values ($1, $2)", [r.id, r.name]);
}

/** Renames a region at the version the caller saw; false when it changed meanwhile. */
export async function updateRegion(tx: Queryable, id: string, version: number, name: string | undefined) {
  const rows = await tx.query(
    `update regions set name = coalesce($3, name), version = version + 1, updated_at = now()
     where id = $1 and version = $2 returning id`,
    [id, version, name ?? null],
  );
  return rows.length > 0;
}

/** Makes these municipalities exactly the region's. */
export async function setRegionMunicipalities(
  tx: Queryable,
  regionId: string,
  municipalityIds: readonly string[],
) {
  await tx.query("delete from region_municipalities where region_id = $1", [regionId]);
  await tx.query(
    `insert into region_municipalities (municipality_id, region_id)
     select unnest($2::uuid[]), $1`,
    [regionId, municipalityIds],
  );
}

/** The region a user's statistics are scoped to, with its municipalities' ids and names (system context). */
export async function regionOfUser(
  tx: Queryable,
  userId: string,
): Promise<{ id: string; name: string; municipalities: { id: string; name: string }[] } | null> {
  const rows = await tx.query<{
    id: string;
    name: string;
    municipality_id: string | null;
    municipality_name: string | null;
  }>(
    `select r.id, r.name, m.id as municipality_id, m.name as municipality_name
     from users u join regions r on r.id = u.region_id
     left join region_municipalities rm on rm.region_id = r.id
     left join municipalities m on m.id = rm.municipality_id
     where u.id = $1 and u.role = 'regional_analyst'
     order by m.name, m.id`,
    [userId],
  );
  const first = rows[0];
  if (!first) return null;
  return {
    id: first.id,
    name: first.name,
    municipalities: rows
      .filter((r) => r.municipality_id !== null)
      .map((r) => ({ id: r.municipality_id as string, name: r.municipality_name as string })),
  };
}
