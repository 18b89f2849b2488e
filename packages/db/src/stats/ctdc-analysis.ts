import type { Database, Queryable } from "../connection.ts";
import { copyTextRow } from "../copy-text.ts";
import { copyInAsSystem, withSystem } from "../tenant-context.ts";

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
  /** The record's 63 cells in the format's column order, joined by `ctdcCellSeparator`. */
  record: string;
}

/**
 * Adds a batch of accepted records in a transaction of its own: the import's bulk path. Each
 * record is one text (migration 0105), so the database parses one value a row, not an array. On
 * PostgreSQL by COPY; on PGlite by one INSERT … SELECT FROM unnest of a few arrays, which measured
 * faster there than its COPY from a blob (0.8 s against 1.2 s for 50,000 rows). Either way each
 * cell reaches the database exactly as read.
 */
export async function addCtdcRecords(db: Database, importId: string, rows: readonly CtdcRecordRow[]) {
  if (rows.length === 0) return;
  if (db.kind === "pglite") {
    const n = rows.length;
    const [line, year, gender, age, citizenship, country, record] = [
      new Array<number>(n),
      new Array<number | null>(n),
      new Array<string>(n),
      new Array<string>(n),
      new Array<string>(n),
      new Array<string>(n),
      new Array<string>(n),
    ];
    for (let i = 0; i < n; i++) {
      const r = rows[i] as CtdcRecordRow;
      line[i] = r.line;
      year[i] = r.year;
      gender[i] = r.gender;
      age[i] = r.ageBroad;
      citizenship[i] = r.citizenship;
      country[i] = r.country;
      record[i] = r.record;
    }
    await withSystem(db, (tx) =>
      tx.query(
        `insert into ctdc_records (${ctdcRecordColumns.join(", ")})
         select $1, * from unnest($2::int[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])`,
        [importId, line, year, gender, age, citizenship, country, record],
      ),
    );
    return;
  }
  let text = "";
  for (const r of rows) {
    text += copyTextRow([importId, r.line, r.year, r.gender, r.ageBroad, r.citizenship, r.country, r.record]);
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
  "record",
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
  // Records imported before migration 0105 keep their cells as an array.
  const rows = await tx.query<{ cells: string[] }>(
    `select coalesce(cells, string_to_array(record, E'\\x1f')) as cells
     from ctdc_records where import_id = $1 order by line`,
    [importId],
  );
  return rows.map((r) => r.cells);
}
