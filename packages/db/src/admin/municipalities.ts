import type { admin } from "@ariadne/domain";
import type { Queryable } from "../connection.ts";
import { iso } from "./rows.ts";

type Row = { id: string; name: string; country: string; default_locale: string; created_at: Date };
const toMunicipality = (r: Row): admin.Municipality => ({
  id: r.id,
  name: r.name,
  country: r.country,
  defaultLocale: r.default_locale,
  createdAt: iso(r.created_at)!,
});

export async function listMunicipalities(tx: Queryable) {
  return (await tx.query<Row>("select * from municipalities order by name")).map(toMunicipality);
}

export async function getMunicipality(tx: Queryable, id: string) {
  const [row] = await tx.query<Row>("select * from municipalities where id = $1", [id]);
  return row ? toMunicipality(row) : null;
}

export async function insertMunicipality(tx: Queryable, m: { id: string; name: string; country: string }) {
  const [row] = await tx.query<Row>(
    "insert into municipalities (id, name, country) values ($1, $2, $3) returning *",
    [m.id, m.name, m.country],
  );
  return toMunicipality(row!);
}

export async function countMunicipalities(tx: Queryable): Promise<number> {
  const [row] = await tx.query<{ n: number }>("select count(*)::int as n from municipalities");
  return row!.n;
}

/** A municipality's default language (issue 18); the API checks the code is one Ariadne speaks. */
export async function setMunicipalityLocale(tx: Queryable, id: string, locale: string) {
  const [row] = await tx.query<Row>(
    "update municipalities set default_locale = $2 where id = $1 returning *",
    [id, locale],
  );
  return row ? toMunicipality(row) : null;
}
