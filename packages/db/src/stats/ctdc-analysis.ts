import type { Queryable } from "../connection.ts";

// Cells travel joined by the unit separator (never in CSV text after parsing), as one text per
// row: unnest() would flatten a two-dimensional array.
const unitSeparator = "\u001f";

/** Starts an import into the CTDC analysis space. */
export async function startCtdcImport(tx: Queryable, id: string, fileName: string) {
  await tx.query("insert into ctdc_imports (id, file_name) values ($1, $2)", [id, fileName]);
}

export interface CtdcRecordRow {
  line: number;
  year: number | null;
  gender: string;
  ageBroad: string;
  citizenship: string;
  country: string;
  cells: readonly string[];
}

/** Adds a batch of accepted records to an import. */
export async function insertCtdcRecords(tx: Queryable, importId: string, rows: readonly CtdcRecordRow[]) {
  if (rows.length === 0) return;
  await tx.query(
    `insert into ctdc_records (import_id, line, year_of_registration, gender, age_broad, citizenship,
       country_of_exploitation, cells)
     select $1, line, y, g, a, c, k, string_to_array(cells, E'\\x1f')
     from unnest($2::int[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])
       as t(line, y, g, a, c, k, cells)`,
    [
      importId,
      rows.map((r) => r.line),
      rows.map((r) => r.year),
      rows.map((r) => r.gender),
      rows.map((r) => r.ageBroad),
      rows.map((r) => r.citizenship),
      rows.map((r) => r.country),
      rows.map((r) => r.cells.join(unitSeparator)),
    ],
  );
}

/** Records why lines were rejected, so the import can be reviewed afterwards too. */
export async function insertCtdcIssues(
  tx: Queryable,
  importId: string,
  issues: readonly { line: number; column: string | null; reason: string }[],
) {
  if (issues.length === 0) return;
  await tx.query(
    `insert into ctdc_import_issues (import_id, line, column_name, reason)
     select $1, line, col, reason from unnest($2::int[], $3::text[], $4::text[]) as t(line, col, reason)`,
    [importId, issues.map((i) => i.line), issues.map((i) => i.column), issues.map((i) => i.reason)],
  );
}

export async function finishCtdcImport(
  tx: Queryable,
  id: string,
  counts: { read: number; imported: number; rejected: number },
) {
  await tx.query(
    `update ctdc_imports set finished_at = now(), rows_read = $2, rows_imported = $3, rows_rejected = $4
     where id = $1`,
    [id, counts.read, counts.imported, counts.rejected],
  );
}

/** The cells of an import's records in line order (tests and analysis read them back). */
export async function listCtdcRecords(tx: Queryable, importId: string): Promise<string[][]> {
  const rows = await tx.query<{ cells: string[] }>(
    "select cells from ctdc_records where import_id = $1 order by line",
    [importId],
  );
  return rows.map((r) => r.cells);
}
