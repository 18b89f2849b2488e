import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ageBands, exploitationForms, genders } from "../cases/index.ts";
import { sectors } from "../mapping/vocabularies.ts";
import { ctdcCsv, ctdcRowOf, kAnonymise } from "./ctdc-export.ts";
import { type CtdcRow, ctdcColumns, ctdcQuasiIdentifiers } from "./ctdc-format.ts";
import { CtdcCsvReader, type CtdcIssue, type CtdcRecord } from "./ctdc-import.ts";
import { labourTypeOfSector } from "./sector-labour.ts";

const fixture = readFileSync(join(import.meta.dirname, "fixtures/ctdc-k-anon-sample.csv"), "utf8");

function readAll(text: string, chunk = text.length) {
  const reader = new CtdcCsvReader();
  const records: CtdcRecord[] = [];
  for (let i = 0; i < text.length; i += chunk) records.push(...reader.push(text.slice(i, i + chunk)));
  records.push(...reader.end());
  const rows = records.flatMap((r) => ("row" in r ? [r.row] : []));
  const issues = records.flatMap((r): CtdcIssue[] => ("issues" in r ? r.issues : []));
  return { rows, issues, fileIssue: reader.fileIssue, notice: reader.skippedNotice };
}

const codedCase = fc.record({
  year: fc.integer({ min: 2015, max: 2026 }),
  gender: fc.constantFrom(...genders, null),
  ageBand: fc.constantFrom(...ageBands, null),
  citizenship: fc.constantFrom("RO", "VN", "UA", "FI", null),
  forms: fc.subarray([...exploitationForms], { maxLength: 3 }),
  country: fc.constant("FI"),
});

describe("the CTDC format", () => {
  it("has the published file's 63 columns", () => {
    expect(ctdcColumns).toHaveLength(63);
    expect(new Set(ctdcColumns).size).toBe(63);
  });

  it("reads the real-format sample: Terms-of-Use cell, semicolons, quoted codes", () => {
    const out = readAll(fixture);
    expect(out.fileIssue).toBeNull();
    expect(out.notice).toBe(1);
    expect(out.issues).toEqual([]);
    expect(out.rows).toHaveLength(14);
    expect(out.rows[0]?.ageBroad).toBe("18--20");
    expect(out.rows[0]?.meansOfControlConcatenated).toBe("Psychological abuse;Threats");
    expect(out.rows[0]?.RecruiterRelationship).toBe("Friend / Acquaintance");
  });

  it("reads the same records whatever the chunks the stream arrives in", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), (chunk) => {
        expect(readAll(fixture, chunk)).toEqual(readAll(fixture));
      }),
      { numRuns: 40 },
    );
  });
});

describe("CTDC export", () => {
  it("keeps every quasi-identifier combination at k rows or more", () => {
    fc.assert(
      fc.property(fc.array(codedCase, { maxLength: 300 }), fc.integer({ min: 5, max: 11 }), (cases, k) => {
        const { rows, suppressed } = kAnonymise(cases.map(ctdcRowOf), k);
        expect(rows.length + suppressed).toBe(cases.length);
        const groups = new Map<string, number>();
        for (const r of rows) {
          const key = ctdcQuasiIdentifiers.map((q) => r[q]).join("|");
          groups.set(key, (groups.get(key) ?? 0) + 1);
        }
        for (const n of groups.values()) expect(n).toBeGreaterThanOrEqual(k);
      }),
      { numRuns: 150 },
    );
  });

  it("round-trips through the importer unchanged", () => {
    fc.assert(
      fc.property(fc.array(codedCase, { maxLength: 120 }), (cases) => {
        const { rows } = kAnonymise(cases.map(ctdcRowOf), 5);
        const back = readAll(ctdcCsv(rows));
        expect(back.issues).toEqual([]);
        expect(back.rows).toEqual(rows);
      }),
      { numRuns: 60 },
    );
  });

  it("writes mixed forms as sexual and labour exploitation, and leaves what Ariadne does not code missing", () => {
    const row: CtdcRow = ctdcRowOf({
      year: 2025,
      gender: "female",
      ageBand: "9-17",
      citizenship: "RO",
      forms: ["sexual_exploitation", "forced_begging"],
      country: "FI",
    });
    expect(row.isSexAndLabour).toBe("1");
    expect(row.isSexualExploit).toBe("0");
    expect(row.typeOfLabourBegging).toBe("1");
    expect(row.ageBroad).toBe("9--17");
    expect(row.majorityStatus).toBe("Minor");
    expect(row.meansOfControlThreats).toBe("-99");
  });
});

describe("CTDC export of the sector of exploitation", () => {
  const labourCase = (sector: string | null) =>
    ctdcRowOf({
      year: 2025,
      gender: "male",
      ageBand: "24-26",
      citizenship: "VN",
      forms: ["forced_labour"],
      sector,
      country: "FI",
    });

  it("flags every sector's type of labour in a column of the format", () => {
    for (const sector of sectors) {
      const row = labourCase(sector);
      const column = `typeOfLabour${labourTypeOfSector[sector]}`;
      expect(ctdcColumns, sector).toContain(column);
      expect(row[column as keyof CtdcRow], sector).toBe("1");
      expect(row.typeOfLabourNotSpecified, sector).toBe("0");
    }
  });

  it("says not specified when no sector is recorded, and writes no labour type for sexual exploitation", () => {
    expect(labourCase(null).typeOfLabourNotSpecified).toBe("1");
    expect(labourCase(null).typeOfLabourConstruction).toBe("-99");
    const sexual = ctdcRowOf({
      year: 2025,
      gender: "female",
      ageBand: "24-26",
      citizenship: "RO",
      forms: ["sexual_exploitation"],
      sector: "massage_parlours",
      country: "FI",
    });
    expect(sexual.typeOfLabourOther).toBe("-99");
  });
});

describe("CTDC import reports, never crashes", () => {
  const header = ctdcColumns.join(",");
  const good = ctdcColumns.map((c) => (c === "yearOfRegistration" ? "2020" : "-99")).join(",");

  it("stops at a header that is not CTDC's, naming the column", () => {
    const out = readAll(`${header.replace("gender", "sex")}\n${good}\n`);
    expect(out.fileIssue).toEqual({ line: 1, column: "sex", reason: "not a column of the CTDC format" });
    expect(out.rows).toEqual([]);
    expect(readAll("name,age\nAnna,30\n").fileIssue?.reason).toMatch(/CTDC header/);
    expect(readAll("").fileIssue?.reason).toMatch(/no CTDC header/);
  });

  it("reports a bad code with its line and column, and imports the good lines", () => {
    const bad = good.replace(/^2020,-99,-99/, "2020,-99,Woman");
    const out = readAll(`${header}\n${good}\n${bad}\n${good}\n`);
    expect(out.rows).toHaveLength(2);
    expect(out.issues).toEqual([
      { line: 3, column: "gender", reason: expect.stringMatching(/^"Woman": expected one of/) },
    ]);
  });

  it("reads any text in a free column back as written, quoted or not, whatever the chunks", () => {
    const text = fc
      .string({ unit: fc.constantFrom("a", "Ä", " ", ",", ";", '"', "\n", "\r", "-", "9"), minLength: 1 })
      .filter((t) => t.trim() === t && t !== "");
    const blank = Object.fromEntries(ctdcColumns.map((c) => [c, "-99"])) as CtdcRow;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(text, text), { maxLength: 8 }),
        fc.integer({ min: 1, max: 500 }),
        (cells, chunk) => {
          const rows = cells.map(
            ([a, b]): CtdcRow => ({
              ...blank,
              yearOfRegistration: "2020",
              RecruiterRelationship: a,
              typeOfSexConcatenated: b,
            }),
          );
          const back = readAll(ctdcCsv(rows), chunk);
          expect(back.issues).toEqual([]);
          expect(back.rows).toEqual(rows);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("rejects a NUL character as not text, naming its column", () => {
    const out = readAll(`${header}\n${good.replace(/-99$/, "a\u0000b")}\n${good}\n`);
    expect(out.rows).toHaveLength(1);
    expect(out.issues).toEqual([
      { line: 2, column: ctdcColumns.at(-1), reason: expect.stringMatching(/NUL/) },
    ]);
  });

  it("rejects the unit separator (it joins a stored record's cells), naming its column", () => {
    const out = readAll(`${header}\n${good}\n${good.replace(/-99$/, "a\u001fb")}\n`);
    expect(out.rows).toHaveLength(1);
    expect(out.issues).toEqual([
      { line: 3, column: ctdcColumns.at(-1), reason: expect.stringMatching(/U\+001F/) },
    ]);
  });

  it("reports broken quoting and a short line", () => {
    const quoteInside = good.replace(/^2020/, '20"20');
    const out = readAll(`${header}\n${quoteInside}\n2020,-99\n${good}\n"2020,-99\n`);
    expect(out.rows).toHaveLength(1);
    expect(out.issues.map((i) => [i.line, i.reason])).toEqual([
      [2, "a quote inside an unquoted cell"],
      [2, expect.stringMatching(/expected a year/)],
      [3, "2 cells where the header has 63"],
      [5, "a quoted cell is never closed"],
    ]);
  });
});

describe("CTDC import keeps its row-level report exact", () => {
  it("reads a header in another order into the format's order, and reports every bad cell of a line in file order", () => {
    // Semicolons, the columns reversed, cells padded with spaces or left empty.
    const reversed = [...ctdcColumns].reverse();
    const cellsOf = (over: Partial<CtdcRow>) =>
      reversed.map((c) => over[c] ?? (c === "yearOfRegistration" ? "2021" : "-99")).join(";");
    const text = [
      reversed.join(";"),
      cellsOf({ gender: " Female ", citizenship: "", ageBroad: "\u00a09--17" }),
      cellsOf({ gender: "woman", citizenship: "Romania", isForcedLabour: "2", yearOfRegistration: "1850" }),
      cellsOf({ CountryOfExploitation: "fi" }),
    ].join("\n");
    const out = readAll(`${text}\n`, 37);
    expect(out.rows).toHaveLength(1);
    expect(out.rows[0]).toMatchObject({
      yearOfRegistration: "2021",
      gender: "Female",
      citizenship: "-99",
      ageBroad: "9--17",
    });
    expect(Object.keys(out.rows[0] as CtdcRow)).toEqual([...ctdcColumns]);
    expect(out.issues).toEqual([
      { line: 3, column: "isForcedLabour", reason: '"2": expected one of 0, 1, -99' },
      { line: 3, column: "citizenship", reason: '"Romania": expected an ISO 3166-1 alpha-2 code or -99' },
      { line: 3, column: "gender", reason: expect.stringMatching(/^"woman": expected one of Female, Male/) },
      { line: 3, column: "yearOfRegistration", reason: '"1850": expected a year (1990–2100) or -99' },
      {
        line: 4,
        column: "CountryOfExploitation",
        reason: '"fi": expected an ISO 3166-1 alpha-2 code or -99',
      },
    ]);
  });
});
