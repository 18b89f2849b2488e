import { randomUUID } from "node:crypto";
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { adminDb, type Database, migrate, statsDb, withSystem, withTenant } from "@ariadne/db";
import { stats } from "@ariadne/domain";
import { importCtdcStream } from "../packages/server/src/stats/ctdc-import.ts";
import { demoCodedCases } from "../packages/server/src/stats/seed-demo-statistics.ts";
import { measure } from "./measure.ts";

type Figure = { name: string; value: number; unit: string };

/**
 * Issue 17's figures, on PostgreSQL: the cases dashboard with disclosure control over N cases
 * beside the same counting SQL run bare (p95 and their ratio), and a streaming CTDC import of N
 * generated rows beside copying the same rows in with the same COPY, unread and unparsed. N is
 * BENCH_STATS_ROWS (the issue's 1,000,000 by default).
 */
export async function benchStats(db: Database): Promise<Figure[]> {
  const n = Number(process.env.BENCH_STATS_ROWS ?? 1_000_000);
  const out: Figure[] = [{ name: "stats.rows", value: n, unit: "rows" }];
  await migrate(db);
  const m = randomUUID();
  const org = randomUUID();
  await withSystem(db, (tx) => adminDb.insertMunicipality(tx, { id: m, name: "Bench", country: "FI" }));
  await withTenant(db, m, (tx) =>
    adminDb.insertOrganisation(tx, { id: org, municipalityId: m, name: "Office", kind: "ngo" }),
  );
  const start = performance.now();
  for (let i = 0; i < n; i += 10_000) {
    const rows = demoCodedCases(org, {
      count: Math.min(10_000, n - i),
      years: [2022, 2023, 2024, 2025],
      seed: i + 1,
      firstNumber: i + 1,
    });
    await withTenant(db, m, (tx) => statsDb.insertCodedCases(tx, m, rows));
  }
  await db.query("analyze");
  out.push({ name: "stats.seed_cases", value: (performance.now() - start) / 1000, unit: "s" });

  const q = { from: 2023, to: 2025 };
  const bare = await measure(20, async () => {
    await withTenant(db, m, (tx) => statsDb.countCases(tx, m), { readOnly: true });
  });
  const controlled = await measure(20, async () => {
    const counts = await withTenant(db, m, (tx) => statsDb.countCases(tx, m), { readOnly: true });
    stats.casesDashboard(counts, q, stats.defaultMinCellSize);
  });
  out.push(
    { name: "stats.dashboard_bare_sql_p95", value: bare.p95, unit: "ms" },
    { name: "stats.dashboard_controlled_p95", value: controlled.p95, unit: "ms" },
    { name: "stats.dashboard_controlled_ratio", value: controlled.p95 / bare.p95, unit: "x" },
  );

  out.push(...(await benchCtdcImport(db, n)));
  return out;
}

/**
 * A streaming CTDC import of N generated rows (`BENCH_PARTS=ctdc`, N = BENCH_CTDC_ROWS or
 * BENCH_STATS_ROWS), beside copying the same rows in with the same COPY, unread and unparsed, and
 * the import's rate in rows per second.
 */
export async function benchCtdcImport(db: Database, n: number): Promise<Figure[]> {
  await migrate(db);
  const out: Figure[] = [];
  let start = performance.now();
  // The CTDC file: N rows as the export writes them, streamed from disk.
  const dir = mkdtempSync(join(tmpdir(), "ariadne-ctdc-bench-"));
  try {
    const file = join(dir, "ctdc.csv");
    const w = createWriteStream(file);
    w.write(`${stats.ctdcColumns.join(",")}\r\n`);
    const rowsOf = (i: number) =>
      demoCodedCases("00000000-0000-4000-8000-000000000000", {
        count: Math.min(10_000, n - i),
        years: [2019, 2020, 2021],
        seed: 7 + i,
      }).map((c) => stats.ctdcRowOf({ ...c, year: Number(c.createdAt.slice(0, 4)), country: "FI" }));
    for (let i = 0; i < n; i += 10_000) {
      if (!w.write(stats.ctdcCsv(rowsOf(i)).split("\r\n").slice(1).join("\r\n"))) {
        await new Promise<void>((r) => w.once("drain", () => r()));
      }
    }
    await new Promise<void>((r) => w.end(() => r()));
    start = performance.now();
    let lastShown = 0;
    const report = await importCtdcStream(
      db,
      createReadStream(file, { highWaterMark: 256 * 1024 }),
      "bench.csv",
      {
        onProgress: (_bytes, rows) => {
          if (rows - lastShown >= n / 10) {
            lastShown = rows;
            process.stdout.write(`  import: ${rows} rows\n`);
          }
        },
      },
    );
    const importSeconds = (performance.now() - start) / 1000;
    if (report.imported !== n) throw new Error(`imported ${report.imported} of ${n}`);
    // The same rows through the same SQL, without reading or parsing the file.
    const importId = randomUUID();
    await withSystem(db, (tx) => statsDb.startCtdcImport(tx, importId, "bare"));
    // Only the COPY calls are timed: generating the rows is not part of the bare SQL.
    let bareMs = 0;
    let line = 2;
    for (let i = 0; i < n; i += 10_000) {
      const batch = rowsOf(i).map((r) => ({
        line: line++,
        year: Number(r.yearOfRegistration),
        gender: r.gender,
        ageBroad: r.ageBroad,
        citizenship: r.citizenship,
        country: r.CountryOfExploitation,
        record: stats.ctdcColumns.map((c) => r[c]).join(stats.ctdcCellSeparator),
      }));
      start = performance.now();
      for (let j = 0; j < batch.length; j += 5000) {
        await statsDb.addCtdcRecords(db, importId, batch.slice(j, j + 5000));
      }
      bareMs += performance.now() - start;
    }
    const bareSeconds = bareMs / 1000;
    out.push(
      { name: "stats.ctdc_import", value: importSeconds, unit: "s" },
      { name: "stats.ctdc_import_rate", value: n / importSeconds, unit: "rows/s" },
      { name: "stats.ctdc_import_per_million", value: (importSeconds * 1_000_000) / n, unit: "s" },
      { name: "stats.ctdc_insert_bare_sql", value: bareSeconds, unit: "s" },
      { name: "stats.ctdc_import_ratio", value: importSeconds / bareSeconds, unit: "x" },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}
