import type { Database, Queryable } from "../connection.ts";
import { copyTextRow } from "../copy-text.ts";
import { copyInAsSystem } from "../tenant-context.ts";

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

/**
 * Adds a batch of accepted records with COPY, in a transaction of its own: the import's bulk path.
 * Each cell reaches the database exactly as read, whatever characters it holds (the batched
 * INSERT this replaced joined cells with a control character and split a cell that held one).
 */
export async function copyCtdcRecords(db: Database, importId: string, rows: readonly CtdcRecordRow[]) {
  if (rows.length === 0) return;
  let text = "";
  for (const r of rows) {
    text += copyTextRow([importId, r.line, r.year, r.gender, r.ageBroad, r.citizenship, r.country, r.cells]);
  }
  await copyInAsSystem(db, "ctdc_records", ctdcRecordColumns, text);
}
const ctdcRecordColumns = [
  "import_id",
  "line",
  "year_of_registration",
  "gender",
  "age_broad",
  "citizenship",
  "country_of_exploitation",
  "cells",
];

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
