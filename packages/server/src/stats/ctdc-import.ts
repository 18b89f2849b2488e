import { randomUUID } from "node:crypto";
import { type Database, statsDb, withSystem } from "@ariadne/db";
import { stats } from "@ariadne/domain";

export interface CtdcImportReport {
  importId: string;
  read: number;
  imported: number;
  rejected: number;
  /** Set when the file could not be read as CTDC at all (its header, its encoding). */
  fileIssue: stats.CtdcIssue | null;
}

// Rows per COPY; one batch is written while the next is parsed.
const batchSize = 5000;
// Where the coded columns stand in an accepted record's cells (the format's column order).
const at = {
  year: stats.ctdcColumns.indexOf("yearOfRegistration"),
  gender: stats.ctdcColumns.indexOf("gender"),
  ageBroad: stats.ctdcColumns.indexOf("ageBroad"),
  citizenship: stats.ctdcColumns.indexOf("citizenship"),
  country: stats.ctdcColumns.indexOf("CountryOfExploitation"),
};

/**
 * Streams a CTDC-format file into the analysis space: bytes are decoded as strict UTF-8 (a wrong
 * encoding is reported, not guessed), records are parsed as they arrive and written in batches,
 * and every rejected line is reported with its line, column and reason through `onIssue` and kept
 * with the import. `onProgress` gets the bytes read so far.
 */
export async function importCtdcStream(
  db: Database,
  source: AsyncIterable<Uint8Array>,
  fileName: string,
  hooks: {
    onProgress?: (bytes: number, rows: number) => void;
    onIssue?: (issue: stats.CtdcIssue) => void;
  } = {},
): Promise<CtdcImportReport> {
  const importId = randomUUID();
  await withSystem(db, (tx) => statsDb.startCtdcImport(tx, importId, fileName.slice(-500) || "stdin"));
  const reader = new stats.CtdcCsvReader();
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const counts = { read: 0, imported: 0, rejected: 0 };
  let rows: statsDb.CtdcRecordRow[] = [];
  let issues: stats.CtdcIssue[] = [];
  let bytes = 0;
  let fileIssue: stats.CtdcIssue | null = null;

  // At most one batch is being written while the reader parses the next.
  let writing: Promise<void> = Promise.resolve();
  const flush = async () => {
    const [r, i] = [rows, issues];
    rows = [];
    issues = [];
    if (r.length === 0 && i.length === 0) return;
    await writing;
    writing = (async () => {
      await statsDb.addCtdcRecords(db, importId, r);
      if (i.length > 0) await withSystem(db, (tx) => statsDb.insertCtdcIssues(tx, importId, i));
    })();
    writing.catch(() => undefined); // awaited by the next flush or at the end
  };
  const take = async (records: stats.CtdcRecord[]) => {
    for (const rec of records) {
      counts.read++;
      if ("cells" in rec) {
        counts.imported++;
        const c = rec.cells;
        const year = Number(c[at.year]);
        rows.push({
          line: rec.line,
          year: Number.isInteger(year) && year > 0 ? year : null,
          gender: c[at.gender] as string,
          ageBroad: c[at.ageBroad] as string,
          citizenship: c[at.citizenship] as string,
          country: c[at.country] as string,
          record: c.join(stats.ctdcCellSeparator),
        });
      } else {
        counts.rejected++;
        for (const issue of rec.issues) {
          issues.push(issue);
          hooks.onIssue?.(issue);
        }
      }
    }
    if (rows.length + issues.length >= batchSize) await flush();
  };

  for await (const chunk of source) {
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      fileIssue = {
        line: 0,
        column: null,
        reason: `not UTF-8 text (near byte ${bytes}); save the file as UTF-8`,
      };
      break;
    }
    bytes += chunk.byteLength;
    await take(reader.push(text));
    if (reader.fileIssue) break;
    hooks.onProgress?.(bytes, counts.read);
  }
  if (!fileIssue && !reader.fileIssue) {
    try {
      await take(reader.push(decoder.decode()));
    } catch {
      fileIssue = { line: 0, column: null, reason: "not UTF-8 text (at the end of the file)" };
    }
    await take(reader.end());
  }
  fileIssue ??= reader.fileIssue;
  if (fileIssue) {
    issues.push(fileIssue);
    hooks.onIssue?.(fileIssue);
  }
  await flush();
  await writing;
  await withSystem(db, (tx) => statsDb.finishCtdcImport(tx, importId, counts));
  return { importId, ...counts, fileIssue };
}
