import { type Service, ServiceCreate, type ServiceFields, serviceTypes } from "./services.ts";

/**
 * CSV import and export of the service directory (issue 5, item 1). RFC 4180 text: comma
 * separated, double quotes around cells that hold commas, quotes or line breaks. Lists inside a
 * cell are separated by semicolons; yes/no for booleans. An empty cell takes the default.
 */

/** The columns in export order; `id` empty means a new service, else the service to update. */
export const serviceCsvColumns = [
  "id",
  "name",
  "organisation",
  "type",
  "description",
  "genders",
  "age_min",
  "age_max",
  "serves_minors",
  "serves_families",
  "languages",
  "wheelchair_accessible",
  "accessibility_notes",
  "cost",
  "requires_identification",
  "requires_documents",
  "requires_residence_permit",
  "capacity",
  "available",
  "opening_hours",
  "open_24_7",
  "emergency_line",
  "phone",
  "email",
  "website",
  "address",
  "latitude",
  "longitude",
  "area_served",
] as const;
export type ServiceCsvColumn = (typeof serviceCsvColumns)[number];

export const requiredServiceCsvColumns: readonly ServiceCsvColumn[] = ["name", "organisation", "type"];

/** One problem of an import, where a spreadsheet user can find it: line 1 is the header. */
export interface CsvRowError {
  line: number;
  column: string | null;
  reason: string;
}

/** A parsed row: the service fields, and the existing service's id when the row updates one. */
export interface ServiceCsvRow {
  line: number;
  id: string | null;
  fields: ServiceFields;
}

export type ServiceCsvParse = { ok: true; rows: ServiceCsvRow[] } | { ok: false; errors: CsvRowError[] };

/** Splits CSV text into records of cells, each with the line it starts on. */
export function parseCsvRecords(text: string): { line: number; cells: string[] }[] | CsvRowError {
  const records: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // Excel's byte order mark
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === "\n") line++;
        cell += c;
      }
    } else if (c === '"' && cell === "") {
      quoted = true;
    } else if (c === ",") {
      cells.push(cell);
      cell = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && src[i + 1] === "\n") i++;
      cells.push(cell);
      records.push({ line: recordLine, cells });
      cells = [];
      cell = "";
      line++;
      recordLine = line;
    } else {
      cell += c;
    }
  }
  if (quoted) return { line: recordLine, column: null, reason: "a quoted cell is not closed" };
  if (cell !== "" || cells.length > 0) {
    cells.push(cell);
    records.push({ line: recordLine, cells });
  }
  return records.filter((r) => !(r.cells.length === 1 && r.cells[0]!.trim() === ""));
}

const yes = new Set(["yes", "true", "1", "y", "kyllä", "ja"]);
const no = new Set(["no", "false", "0", "n", "ei", "nej"]);

type CellReader = (raw: string) => { value: unknown } | { error: string };

const text: CellReader = (raw) => ({ value: unformula(raw.trim()) });
const nullableText: CellReader = (raw) => ({ value: raw.trim() === "" ? null : unformula(raw.trim()) });
const list: CellReader = (raw) => ({
  value: raw
    .split(";")
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s !== ""),
});
const bool: CellReader = (raw) => {
  const v = raw.trim().toLowerCase();
  if (v === "") return { value: undefined };
  if (yes.has(v)) return { value: true };
  if (no.has(v)) return { value: false };
  return { error: "use yes or no" };
};
const int: CellReader = (raw) => {
  const v = raw.trim();
  if (v === "") return { value: null };
  return /^-?\d+$/.test(v) ? { value: Number.parseInt(v, 10) } : { error: "must be a whole number" };
};
const decimal: CellReader = (raw) => {
  const v = raw.trim();
  if (v === "") return { value: null };
  return /^-?\d+(\.\d+)?$/.test(v)
    ? { value: Number(v) }
    : { error: "must be a decimal number, e.g. 60.4518" };
};
const enumOf = (raw: string) => ({ value: raw.trim() === "" ? undefined : raw.trim().toLowerCase() });

/** How each column maps to a field of the service schema. */
const readers: Record<
  Exclude<ServiceCsvColumn, "id" | "organisation" | "latitude" | "longitude">,
  [keyof ServiceFields, CellReader]
> = {
  name: ["name", text],
  type: ["type", enumOf],
  description: ["description", text],
  genders: ["genders", list],
  age_min: ["ageMin", int],
  age_max: ["ageMax", int],
  serves_minors: ["servesMinors", bool],
  serves_families: ["servesFamilies", bool],
  languages: ["languages", list],
  wheelchair_accessible: ["wheelchairAccessible", bool],
  accessibility_notes: ["accessibilityNotes", text],
  cost: ["cost", enumOf],
  requires_identification: ["requiresIdentification", bool],
  requires_documents: ["requiresDocuments", bool],
  requires_residence_permit: ["requiresResidencePermit", bool],
  capacity: ["capacity", int],
  available: ["available", int],
  opening_hours: ["openingHours", text],
  open_24_7: ["open24_7", bool],
  emergency_line: ["emergencyLine", nullableText],
  phone: ["phone", nullableText],
  email: ["email", nullableText],
  website: ["website", nullableText],
  address: ["address", text],
  area_served: ["areaServed", enumOf],
};

const columnOfField = new Map<string, ServiceCsvColumn>([
  ...Object.entries(readers).map(([col, [field]]) => [field, col as ServiceCsvColumn] as const),
  ["organisationId", "organisation"],
  ["location", "latitude"],
]);

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Parses a CSV of services into valid rows or the complete list of row errors (line, column,
 * reason), so that a file with any bad row can be refused whole. `organisations` maps an
 * organisation's name (lower case) or id to its id; `serviceIds` are the directory's services.
 */
export function parseServiceCsv(
  csv: string,
  context: { organisations: ReadonlyMap<string, string>; serviceIds: ReadonlySet<string>; maxRows?: number },
): ServiceCsvParse {
  const records = parseCsvRecords(csv);
  if (!Array.isArray(records)) return { ok: false, errors: [records] };
  const [header, ...body] = records;
  if (!header) return { ok: false, errors: [{ line: 1, column: null, reason: "the file is empty" }] };
  const names = header.cells.map((c) => c.trim().toLowerCase());
  const errors: CsvRowError[] = [];
  const known = new Set<string>(serviceCsvColumns);
  names.forEach((n, i) => {
    if (!known.has(n)) errors.push({ line: header.line, column: n || `#${i + 1}`, reason: "unknown column" });
    else if (names.indexOf(n) !== i)
      errors.push({ line: header.line, column: n, reason: "column appears twice" });
  });
  for (const required of requiredServiceCsvColumns)
    if (!names.includes(required))
      errors.push({ line: header.line, column: required, reason: "missing column" });
  if (errors.length > 0) return { ok: false, errors };
  if (body.length === 0)
    return { ok: false, errors: [{ line: 2, column: null, reason: "the file has no rows" }] };
  const maxRows = context.maxRows ?? 5000;
  if (body.length > maxRows)
    return {
      ok: false,
      errors: [{ line: body[maxRows]!.line, column: null, reason: `more than ${maxRows} rows` }],
    };

  const rows: ServiceCsvRow[] = [];
  const seenIds = new Set<string>();
  for (const record of body) {
    const rowErrors = parseRow(record, names, context, seenIds);
    if (Array.isArray(rowErrors)) errors.push(...rowErrors);
    else rows.push(rowErrors);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, rows };
}

function parseRow(
  record: { line: number; cells: string[] },
  names: string[],
  context: { organisations: ReadonlyMap<string, string>; serviceIds: ReadonlySet<string> },
  seenIds: Set<string>,
): ServiceCsvRow | CsvRowError[] {
  const { line, cells } = record;
  if (cells.length !== names.length)
    return [{ line, column: null, reason: `has ${cells.length} cells; the header has ${names.length}` }];
  const cell = (col: ServiceCsvColumn) => {
    const i = names.indexOf(col);
    return i < 0 ? "" : cells[i]!;
  };
  const errors: CsvRowError[] = [];
  const input: Record<string, unknown> = {};

  const id = cell("id").trim();
  if (id !== "") {
    if (!uuidPattern.test(id) || !context.serviceIds.has(id.toLowerCase()))
      errors.push({
        line,
        column: "id",
        reason: "no such service in the directory; leave empty for a new one",
      });
    else if (seenIds.has(id.toLowerCase()))
      errors.push({ line, column: "id", reason: "the same service twice" });
    seenIds.add(id.toLowerCase());
  }
  const org = cell("organisation").trim().toLowerCase();
  const organisationId = context.organisations.get(org);
  if (organisationId) input.organisationId = organisationId;
  else errors.push({ line, column: "organisation", reason: org ? "no such organisation" : "required" });

  for (const [col, [field, read]] of Object.entries(readers)) {
    if (!names.includes(col)) continue;
    const r = read(cell(col as ServiceCsvColumn));
    if ("error" in r) errors.push({ line, column: col, reason: r.error });
    else if (r.value !== undefined) input[field] = r.value;
  }
  const type = input.type;
  if (typeof type === "string" && !(serviceTypes as readonly string[]).includes(type)) {
    errors.push({ line, column: "type", reason: `unknown service type "${type}"` });
    delete input.type;
  }

  const lat = decimal(cell("latitude"));
  const lon = decimal(cell("longitude"));
  if ("error" in lat) errors.push({ line, column: "latitude", reason: lat.error });
  if ("error" in lon) errors.push({ line, column: "longitude", reason: lon.error });
  if ("value" in lat && "value" in lon) {
    if ((lat.value === null) !== (lon.value === null))
      errors.push({
        line,
        column: lat.value === null ? "latitude" : "longitude",
        reason: "give both latitude and longitude, or neither",
      });
    else if (lat.value !== null) {
      if (Math.abs(lat.value as number) > 90)
        errors.push({
          line,
          column: "latitude",
          reason: "impossible coordinate: latitude is between -90 and 90",
        });
      else if (Math.abs(lon.value as number) > 180)
        errors.push({
          line,
          column: "longitude",
          reason: "impossible coordinate: longitude is between -180 and 180",
        });
      else input.location = { lat: lat.value, lon: lon.value };
    }
  }
  if (errors.length > 0) {
    // Report schema problems of the other cells too, so one pass shows every fix the row needs.
    const parsed = ServiceCreate.safeParse(input);
    if (!parsed.success)
      errors.push(...schemaErrors(line, parsed.error.issues, new Set(errors.map((e) => e.column))));
    return errors;
  }
  const parsed = ServiceCreate.safeParse(input);
  if (!parsed.success) return schemaErrors(line, parsed.error.issues, new Set());
  return { line, id: id === "" ? null : id.toLowerCase(), fields: parsed.data };
}

function schemaErrors(
  line: number,
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  reported: Set<string | null>,
): CsvRowError[] {
  const out: CsvRowError[] = [];
  for (const issue of issues) {
    const field = String(issue.path[0] ?? "");
    const column = columnOfField.get(field) ?? (field || null);
    if (reported.has(column)) continue;
    reported.add(column);
    out.push({ line, column, reason: issue.message });
  }
  return out;
}

// Spreadsheets run a cell that starts with one of these as a formula (CSV injection, OWASP).
const formulaStart = /^[=+\-@\t\r]/;
const unformula = (v: string) => (v.startsWith("'") && formulaStart.test(v.slice(1)) ? v.slice(1) : v);

/** One CSV cell, quoted as needed and never a spreadsheet formula. */
export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "number") return String(value);
  const safe = formulaStart.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The directory as CSV in the import format, so an export can be edited and imported back. */
export function serialiseServiceCsv(services: readonly Service[]): string {
  const lines = [serviceCsvColumns.join(",")];
  for (const s of services) {
    const values: Record<ServiceCsvColumn, string | number | boolean | null> = {
      id: s.id,
      name: s.name,
      organisation: s.organisationName,
      type: s.type,
      description: s.description,
      genders: s.genders.join(";"),
      age_min: s.ageMin,
      age_max: s.ageMax,
      serves_minors: s.servesMinors,
      serves_families: s.servesFamilies,
      languages: s.languages.join(";"),
      wheelchair_accessible: s.wheelchairAccessible,
      accessibility_notes: s.accessibilityNotes,
      cost: s.cost,
      requires_identification: s.requiresIdentification,
      requires_documents: s.requiresDocuments,
      requires_residence_permit: s.requiresResidencePermit,
      capacity: s.capacity,
      available: s.available,
      opening_hours: s.openingHours,
      open_24_7: s.open24_7,
      emergency_line: s.emergencyLine,
      phone: s.phone,
      email: s.email,
      website: s.website,
      address: s.address,
      latitude: s.location?.lat ?? null,
      longitude: s.location?.lon ?? null,
      area_served: s.areaServed,
    };
    lines.push(serviceCsvColumns.map((c) => csvCell(values[c])).join(","));
  }
  return `${lines.join("\r\n")}\r\n`;
}
