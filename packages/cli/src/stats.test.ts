import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stats } from "@ariadne/domain";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "./main.ts";

const dir = mkdtempSync(join(tmpdir(), "ariadne-ctdc-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const fixture = join(import.meta.dirname, "../../domain/src/stats/fixtures/ctdc-k-anon-sample.csv");

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(
    args,
    { out: (l) => out.push(l), err: (l) => err.push(l) },
    { LOG_LEVEL: "silent", ARIADNE_DATA_DIR: join(dir, "data") },
  );
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("ariadne stats import-ctdc", () => {
  it("imports the published format on a fresh data directory, with progress and the counts", async () => {
    const res = await cli(["stats", "import-ctdc", fixture, "--report", join(dir, "sample.errors.csv")]);
    expect(res.code).toBe(0);
    expect(res.out).toBe("rows read 14, imported 14, rejected 0");
    expect(res.err).toMatch(/importing ctdc-k-anon-sample\.csv: 100 % \(14 rows\)/);
  });

  it("writes every rejected line to the report, line, column and reason", async () => {
    const good = stats.ctdcColumns.map((c) => (c === "yearOfRegistration" ? "2020" : "-99")).join(";");
    const file = join(dir, "mixed.csv");
    writeFileSync(
      file,
      [
        stats.ctdcColumns.join(";"),
        good,
        good.replace("2020;-99;-99", "2020;-99;Woman"),
        "2020;-99",
        good,
        "",
      ].join("\n"),
    );
    const res = await cli(["stats", "import-ctdc", file]);
    expect(res.code).toBe(0);
    expect(res.out).toContain("rows read 4, imported 2, rejected 2");
    expect(readFileSync(`${file}.errors.csv`, "utf8").split("\n")).toEqual([
      "line,column,reason",
      expect.stringMatching(/^3,gender,"""Woman"": expected one of/),
      "4,,2 cells where the header has 63",
      "",
    ]);
  });

  it("ends with exit 1 and the reason for a file that is not CTDC", async () => {
    const file = join(dir, "other.csv");
    writeFileSync(file, "name,age\nAnna,30\n");
    const res = await cli(["stats", "import-ctdc", file]);
    expect(res.code).toBe(1);
    expect(res.out).toContain("rows read 0, imported 0, rejected 0");
    expect(res.err).toMatch(/other\.csv:1: expected the CTDC header row/);
    expect((await cli(["stats", "import-ctdc"])).code).toBe(2);
  });
});
