import { Readable } from "node:stream";
import { statsDb, withSystem } from "@ariadne/db";
import { stats } from "@ariadne/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Agent, createTestApp, type TestApp } from "../testing/test-app.ts";
import { importCtdcStream } from "./ctdc-import.ts";
import { seedDemoStatistics } from "./seed-demo-statistics.ts";

let t: TestApp;
let analyst: Agent;

beforeAll(async () => {
  t = await createTestApp();
  await seedDemoStatistics(t.db, t.seed.municipalityId, { count: 240, years: [2023, 2024, 2025] });
  analyst = await t.signIn("analyst");
});
afterAll(async () => {
  await t.close();
});

const chunks = (text: string | Buffer, size = 997) => {
  const bytes = Buffer.from(text);
  return Readable.from(
    Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) =>
      bytes.subarray(i * size, (i + 1) * size),
    ),
  );
};

describe("CTDC exchange", () => {
  it("exports the municipality's cases k-anonymised, and the export imports back unchanged", async () => {
    const res = await analyst.request("GET", "/api/v1/stats/ctdc-export?from=2023&to=2025");
    expect(res.status).toBe(200);
    expect(String(res.headers["content-type"])).toContain("text/csv");
    const lines = res.body.trim().split("\r\n");
    expect(lines[0]).toBe(stats.ctdcColumns.join(","));
    // k = 11 holds on the quasi-identifiers of every exported row.
    const read = new stats.CtdcCsvReader();
    const rows = [...read.push(res.body), ...read.end()].flatMap((r) => ("row" in r ? [r.row] : []));
    const groups = new Map<string, number>();
    for (const r of rows) {
      const key = stats.ctdcQuasiIdentifiers.map((q) => r[q]).join("|");
      groups.set(key, (groups.get(key) ?? 0) + 1);
    }
    for (const n of groups.values()) expect(n).toBeGreaterThanOrEqual(11);
    expect(rows.length).toBeGreaterThan(100);

    const report = await importCtdcStream(t.db, chunks(res.body), "export.csv");
    expect(report).toMatchObject({ read: rows.length, imported: rows.length, rejected: 0, fileIssue: null });
    const back = await withSystem(t.db, (tx) => statsDb.listCtdcRecords(tx, report.importId));
    expect(back).toEqual(rows.map((r) => stats.ctdcColumns.map((c) => r[c])));
  });

  it("stores each record as one text and reads records of imports before that (a cells array) alike", async () => {
    const header = stats.ctdcColumns.join(",");
    const cells = stats.ctdcColumns.map((c) =>
      c === "yearOfRegistration" ? "2020" : c === "typeOfSexConcatenated" ? 'a, "b"\tc\\d' : "-99",
    );
    const csv = `${header}\n${cells.map((v) => (/[",]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v)).join(",")}\n`;
    const report = await importCtdcStream(t.db, chunks(csv, 50), "one.csv");
    expect(report).toMatchObject({ read: 1, imported: 1, rejected: 0 });
    const stored = await withSystem(t.db, (tx) =>
      tx.query<{ record: string; cells: string[] | null }>(
        "select record, cells from ctdc_records where import_id = $1",
        [report.importId],
      ),
    );
    expect(stored).toEqual([{ record: cells.join(stats.ctdcCellSeparator), cells: null }]);
    // A record kept as an array (migration 0065) is read back the same way.
    await withSystem(t.db, (tx) =>
      tx.query("insert into ctdc_records (import_id, line, cells) values ($1, 9, $2)", [
        report.importId,
        cells,
      ]),
    );
    const back = await withSystem(t.db, (tx) => statsDb.listCtdcRecords(tx, report.importId));
    expect(back).toEqual([cells, cells]);
  });

  it("reports a file in another encoding instead of guessing", async () => {
    const header = stats.ctdcColumns.join(",");
    const latin1 = Buffer.concat([Buffer.from(`${header}\n2020,`), Buffer.from([0xe4]), Buffer.from(",x\n")]);
    const issues: stats.CtdcIssue[] = [];
    const report = await importCtdcStream(t.db, chunks(latin1), "latin1.csv", {
      onIssue: (i) => issues.push(i),
    });
    expect(report.fileIssue?.reason).toMatch(/not UTF-8/);
    expect(issues).toHaveLength(1);
  });

  it("refuses the export to roles without statistics", async () => {
    const frontline = await t.signIn("frontline");
    expect((await frontline.request("GET", "/api/v1/stats/ctdc-export?from=2023&to=2025")).status).toBe(403);
  });
});
