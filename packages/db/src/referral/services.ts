import type { referral } from "@ariadne/domain";
import { iso } from "../admin/rows.ts";
import type { Queryable } from "../connection.ts";

type Row = {
  id: string;
  municipality_id: string;
  organisation_id: string;
  organisation_name: string;
  name: string;
  type: referral.ServiceType;
  description: string;
  genders: referral.ServiceGender[];
  age_min: number | null;
  age_max: number | null;
  serves_minors: boolean;
  serves_families: boolean;
  languages: string[];
  wheelchair_accessible: boolean;
  accessibility_notes: string;
  cost: referral.ServiceCost;
  requires_identification: boolean;
  requires_documents: boolean;
  requires_residence_permit: boolean;
  capacity: number | null;
  available: number | null;
  availability_updated_at: Date | string | null;
  opening_hours: string;
  open_24_7: boolean;
  emergency_line: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  address: string;
  latitude: number | null;
  longitude: number | null;
  area_served: referral.AreaServed;
  archived: boolean;
  version: number;
  created_at: Date | string;
  updated_at: Date | string;
};

const toService = (r: Row): referral.Service => {
  const requirements = {
    requiresIdentification: r.requires_identification,
    requiresDocuments: r.requires_documents,
    requiresResidencePermit: r.requires_residence_permit,
  };
  return {
    id: r.id,
    municipalityId: r.municipality_id,
    organisationId: r.organisation_id,
    organisationName: r.organisation_name,
    name: r.name,
    type: r.type,
    description: r.description,
    genders: r.genders,
    ageMin: r.age_min,
    ageMax: r.age_max,
    servesMinors: r.serves_minors,
    servesFamilies: r.serves_families,
    languages: r.languages,
    wheelchairAccessible: r.wheelchair_accessible,
    accessibilityNotes: r.accessibility_notes,
    cost: r.cost,
    ...requirements,
    unconditional:
      !requirements.requiresIdentification &&
      !requirements.requiresDocuments &&
      !requirements.requiresResidencePermit,
    capacity: r.capacity,
    available: r.available,
    availabilityUpdatedAt: iso(r.availability_updated_at),
    openingHours: r.opening_hours,
    open24_7: r.open_24_7,
    emergencyLine: r.emergency_line,
    phone: r.phone,
    email: r.email,
    website: r.website,
    address: r.address,
    location: r.latitude === null || r.longitude === null ? null : { lat: r.latitude, lon: r.longitude },
    areaServed: r.area_served,
    archived: r.archived,
    version: r.version,
    createdAt: iso(r.created_at)!,
    updatedAt: iso(r.updated_at)!,
  };
};

// Services joined with their provider's name; `s` is the services table or a CTE of its rows.
const selectJoined = `select s.*, o.name as organisation_name from s
  join organisations o on o.municipality_id = s.municipality_id and o.id = s.organisation_id`;

/** The municipality's services, by type and name; archived ones only when asked. */
export async function listServices(
  tx: Queryable,
  municipalityId: string,
  filter: { includeArchived?: boolean | undefined } = {},
): Promise<referral.Service[]> {
  const rows = await tx.query<Row>(
    `with s as (select * from services where municipality_id = $1 and ($2 or not archived))
     ${selectJoined} order by s.type, s.name, s.id`,
    [municipalityId, filter.includeArchived ?? false],
  );
  return rows.map(toService);
}

export async function getService(tx: Queryable, municipalityId: string, id: string) {
  const rows = await tx.query<Row>(
    `with s as (select * from services where municipality_id = $1 and id = $2) ${selectJoined}`,
    [municipalityId, id],
  );
  return rows[0] ? toService(rows[0]) : null;
}

/** The ids of all the municipality's services, archived ones too (an import may update them). */
export async function listServiceIds(tx: Queryable, municipalityId: string): Promise<Set<string>> {
  const rows = await tx.query<{ id: string }>("select id from services where municipality_id = $1", [
    municipalityId,
  ]);
  return new Set(rows.map((r) => r.id));
}

const fieldColumns = `organisation_id, name, type, description, genders, age_min, age_max, serves_minors,
  serves_families, languages, wheelchair_accessible, accessibility_notes, cost, requires_identification,
  requires_documents, requires_residence_permit, capacity, available, opening_hours, open_24_7,
  emergency_line, phone, email, website, address, latitude, longitude, area_served`;

const fieldValues = (f: referral.ServiceFields) => [
  f.organisationId,
  f.name,
  f.type,
  f.description,
  JSON.stringify(f.genders),
  f.ageMin,
  f.ageMax,
  f.servesMinors,
  f.servesFamilies,
  JSON.stringify(f.languages),
  f.wheelchairAccessible,
  f.accessibilityNotes,
  f.cost,
  f.requiresIdentification,
  f.requiresDocuments,
  f.requiresResidencePermit,
  f.capacity,
  f.available,
  f.openingHours,
  f.open24_7,
  f.emergencyLine,
  f.phone,
  f.email,
  f.website,
  f.address,
  f.location?.lat ?? null,
  f.location?.lon ?? null,
  f.areaServed,
];

// $1..$28 are the fields in `fieldColumns` order; jsonb casts for the two lists.
const fieldParams = Array.from({ length: 28 }, (_, i) =>
  i === 4 || i === 9 ? `$${i + 1}::jsonb` : `$${i + 1}`,
).join(", ");

export async function insertService(
  tx: Queryable,
  s: { id: string; municipalityId: string; createdBy: string | null; fields: referral.ServiceFields },
): Promise<referral.Service> {
  const rows = await tx.query<Row>(
    `with s as (
       insert into services (${fieldColumns}, id, municipality_id, created_by, updated_by, availability_updated_at)
       values (${fieldParams}, $29, $30, $31, $31, case when $18::int is null then null else now() end)
       returning *)
     ${selectJoined}`,
    [...fieldValues(s.fields), s.id, s.municipalityId, s.createdBy],
  );
  return toService(rows[0]!);
}

/**
 * Replaces a service's fields with optimistic locking: null when `version` is no longer current.
 * The availability timestamp moves only when capacity or available places change.
 */
export async function updateService(
  tx: Queryable,
  u: {
    municipalityId: string;
    id: string;
    version: number;
    updatedBy: string | null;
    fields: referral.ServiceFields;
    archived: boolean;
  },
): Promise<referral.Service | null> {
  const rows = await tx.query<Row>(
    `with s as (
       update services set (${fieldColumns}) = (${fieldParams}),
         archived = $33,
         availability_updated_at = case
           when capacity is distinct from $17::int or available is distinct from $18::int then now()
           else availability_updated_at end,
         updated_by = $32, version = version + 1, updated_at = now()
       where municipality_id = $29 and id = $30 and version = $31
       returning *)
     ${selectJoined}`,
    [...fieldValues(u.fields), u.municipalityId, u.id, u.version, u.updatedBy, u.archived],
  );
  return rows[0] ? toService(rows[0]) : null;
}

type MatchableRow = [
  string,
  referral.ServiceType,
  string,
  referral.ServiceGender[],
  number | null,
  number | null,
  boolean,
  boolean,
  string[],
  boolean,
  referral.ServiceCost,
  boolean,
  boolean,
  boolean,
  number | null,
  boolean,
  number | null,
  number | null,
  string | null,
];

/**
 * The active services of the given types with only what matching reads. One JSON value rather
 * than thousands of rows: with the embedded database that is ten times faster for a large directory.
 */
export async function listMatchableServices(
  tx: Queryable,
  municipalityId: string,
  types: readonly referral.ServiceType[],
): Promise<referral.MatchableService[]> {
  const [row] = await tx.query<{ j: string }>(
    `select coalesce(json_agg(json_build_array(id, type, name, genders, age_min, age_max, serves_minors,
       serves_families, languages, wheelchair_accessible, cost, requires_identification, requires_documents,
       requires_residence_permit, available, open_24_7, latitude, longitude, availability_updated_at)), '[]')::text as j
     from services where municipality_id = $1 and not archived and type = any($2::text[])`,
    [municipalityId, `{${types.join(",")}}`],
  );
  return (JSON.parse(row!.j) as MatchableRow[]).map((r) => ({
    id: r[0],
    type: r[1],
    name: r[2],
    genders: r[3],
    ageMin: r[4],
    ageMax: r[5],
    servesMinors: r[6],
    servesFamilies: r[7],
    languages: r[8],
    wheelchairAccessible: r[9],
    cost: r[10],
    requiresIdentification: r[11],
    requiresDocuments: r[12],
    requiresResidencePermit: r[13],
    available: r[14],
    open24_7: r[15],
    location: r[16] === null || r[17] === null ? null : { lat: r[16], lon: r[17] },
    availabilityUpdatedAt: r[18] === null ? null : new Date(r[18]).toISOString(),
    archived: false,
  }));
}

/** Full services by id, in no particular order. */
export async function listServicesByIds(tx: Queryable, municipalityId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  // One JSON value, as for matching: the embedded database hands back many wide rows slowly.
  const [row] = await tx.query<{ j: string }>(
    `with s as (select * from services where municipality_id = $1 and id = any($2::uuid[]))
     select coalesce(json_agg(x), '[]')::text as j from (${selectJoined}) x`,
    [municipalityId, `{${ids.join(",")}}`],
  );
  return (JSON.parse(row!.j) as Row[]).map(toService);
}
