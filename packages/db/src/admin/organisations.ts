import type { admin } from "@ariadne/domain";
import type { Queryable } from "../connection.ts";
import { iso } from "./rows.ts";

type Row = {
  id: string;
  municipality_id: string;
  name: string;
  kind: admin.Organisation["kind"];
  active: boolean;
  version: number;
  created_at: Date;
};
const toOrganisation = (r: Row): admin.Organisation => ({
  id: r.id,
  municipalityId: r.municipality_id,
  name: r.name,
  kind: r.kind,
  active: r.active,
  version: r.version,
  createdAt: iso(r.created_at)!,
});

export async function listOrganisations(tx: Queryable, municipalityId: string) {
  const rows = await tx.query<Row>("select * from organisations where municipality_id = $1 order by name", [
    municipalityId,
  ]);
  return rows.map(toOrganisation);
}

export async function getOrganisation(tx: Queryable, municipalityId: string, id: string) {
  const [row] = await tx.query<Row>("select * from organisations where municipality_id = $1 and id = $2", [
    municipalityId,
    id,
  ]);
  return row ? toOrganisation(row) : null;
}

export async function insertOrganisation(
  tx: Queryable,
  o: { id: string; municipalityId: string; name: string; kind: string },
) {
  const [row] = await tx.query<Row>(
    "insert into organisations (id, municipality_id, name, kind) values ($1, $2, $3, $4) returning *",
    [o.id, o.municipalityId, o.name, o.kind],
  );
  return toOrganisation(row!);
}

/** Optimistic locking: returns null when `version` is no longer current. */
export async function updateOrganisation(
  tx: Queryable,
  municipalityId: string,
  id: string,
  version: number,
  patch: { name?: string | undefined; kind?: string | undefined; active?: boolean | undefined },
) {
  const [row] = await tx.query<Row>(
    `update organisations set name = coalesce($4, name), kind = coalesce($5, kind),
       active = coalesce($6, active), version = version + 1, updated_at = now()
     where municipality_id = $1 and id = $2 and version = $3 returning *`,
    [municipalityId, id, version, patch.name ?? null, patch.kind ?? null, patch.active ?? null],
  );
  return row ? toOrganisation(row) : null;
}
