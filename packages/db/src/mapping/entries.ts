import type { mapping } from "@ariadne/domain";
import { iso } from "../admin/rows.ts";
import type { Queryable } from "../connection.ts";

type Row = {
  id: string;
  municipality_id: string;
  title: string;
  details: mapping.EntryDetails;
  source_kind: mapping.SourceKind;
  source_date: string;
  source_reference: string | null;
  archived: boolean;
  version: number;
  created_at: Date;
  updated_at: Date;
};

/** A mapping entry as stored; `stale` is computed by the caller for its `asOf`. */
export type StoredMappingEntry = Omit<mapping.MappingEntry, "stale">;

const columns = `id, municipality_id, title, details, source_kind, source_date::text as source_date,
  source_reference, archived, version, created_at, updated_at`;

const toEntry = (r: Row): StoredMappingEntry => ({
  id: r.id,
  municipalityId: r.municipality_id,
  title: r.title,
  details: r.details,
  source: {
    kind: r.source_kind,
    date: r.source_date,
    ...(r.source_reference !== null ? { reference: r.source_reference } : {}),
  },
  archived: r.archived,
  version: r.version,
  createdAt: iso(r.created_at)!,
  updatedAt: iso(r.updated_at)!,
});

export async function listMappingEntries(
  tx: Queryable,
  municipalityId: string,
  filter: { kind?: mapping.MappingEntryKind | undefined; includeArchived?: boolean | undefined } = {},
) {
  const rows = await tx.query<Row>(
    `select ${columns} from mapping_entries
     where municipality_id = $1 and ($2::text is null or kind = $2) and ($3 or not archived)
     order by kind, title, id`,
    [municipalityId, filter.kind ?? null, filter.includeArchived ?? false],
  );
  return rows.map(toEntry);
}

export async function getMappingEntry(tx: Queryable, municipalityId: string, id: string) {
  const [row] = await tx.query<Row>(
    `select ${columns} from mapping_entries where municipality_id = $1 and id = $2`,
    [municipalityId, id],
  );
  return row ? toEntry(row) : null;
}

export async function insertMappingEntry(
  tx: Queryable,
  e: { id: string; municipalityId: string; createdBy: string | null } & mapping.MappingEntryCreate,
) {
  const [row] = await tx.query<Row>(
    `insert into mapping_entries (id, municipality_id, kind, title, details, source_kind, source_date, source_reference, created_by)
     values ($1, $2, $3, $4, $5::jsonb, $6, $7::date, $8, $9) returning ${columns}`,
    [
      e.id,
      e.municipalityId,
      e.details.kind,
      e.title,
      JSON.stringify(e.details),
      e.source.kind,
      e.source.date,
      e.source.reference ?? null,
      e.createdBy,
    ],
  );
  return toEntry(row!);
}

/** Optimistic locking: returns null when `version` is no longer current. The kind never changes. */
export async function updateMappingEntry(
  tx: Queryable,
  municipalityId: string,
  id: string,
  version: number,
  next: Pick<StoredMappingEntry, "title" | "details" | "source" | "archived">,
) {
  const [row] = await tx.query<Row>(
    `update mapping_entries set title = $4, details = $5::jsonb, source_kind = $6, source_date = $7::date,
       source_reference = $8, archived = $9, version = version + 1, updated_at = now()
     where municipality_id = $1 and id = $2 and version = $3 and kind = $10 returning ${columns}`,
    [
      municipalityId,
      id,
      version,
      next.title,
      JSON.stringify(next.details),
      next.source.kind,
      next.source.date,
      next.source.reference ?? null,
      next.archived,
      next.details.kind,
    ],
  );
  return row ? toEntry(row) : null;
}

/** The kinds of the given entries that exist in the municipality, for checking references. */
export async function mappingEntryKinds(tx: Queryable, municipalityId: string, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, mapping.MappingEntryKind>();
  const rows = await tx.query<{ id: string; kind: mapping.MappingEntryKind }>(
    `select id, kind from mapping_entries where municipality_id = $1 and id = any($2::uuid[])`,
    [municipalityId, `{${ids.join(",")}}`],
  );
  return new Map(rows.map((r) => [r.id, r.kind]));
}
