import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "./connection.ts";
import { copyTextRow } from "./copy-text.ts";
import { copyInAsSystem } from "./tenant-context.ts";
import { openTestDatabase } from "./testing.ts";

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
  await db.query("create table copy_probe (n int, t text, a text[])");
  await db.query("grant select, insert on copy_probe to ariadne_app");
});
afterAll(async () => {
  await db.close();
});

const text = fc.string({
  unit: fc.constantFrom(
    "a",
    "Ä",
    "\u001f",
    "€",
    " ",
    "\t",
    "\n",
    "\r",
    "\\",
    '"',
    ",",
    "{",
    "}",
    "N",
    "U",
    "L",
    "-",
    "9",
  ),
});

describe("COPY's text format", () => {
  it("carries any text, null and text array into the table exactly as given", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.option(text), fc.array(text, { maxLength: 5 })), {
          minLength: 1,
          maxLength: 20,
        }),
        async (rows) => {
          await db.query("truncate copy_probe");
          const body = rows.map(([t, a], i) => copyTextRow([i, t, a])).join("");
          await copyInAsSystem(db, "copy_probe", ["n", "t", "a"], body);
          const back = await db.query<{ t: string | null; a: string[] }>(
            "select t, a from copy_probe order by n",
          );
          expect(back.map((r) => [r.t, r.a])).toEqual(rows);
        },
      ),
      { numRuns: 40 },
    );
  }, 120_000);

  it("keeps the array words PostgreSQL would otherwise read as null, empty or trimmed", async () => {
    await db.query("truncate copy_probe");
    const words = ["NULL", "null", "", " a ", "-99", "a,b", "{x}", "1.5e+3"];
    await copyInAsSystem(db, "copy_probe", ["n", "t", "a"], copyTextRow([1, "NULL", words]));
    expect(await db.query("select t, a from copy_probe")).toEqual([{ t: "NULL", a: words }]);
  });

  it("refuses a NUL before it reaches the database", () => {
    expect(() => copyTextRow(["a\u0000b"])).toThrow(/NUL/);
    expect(() => copyTextRow([["ok", "\u0000"]])).toThrow(/NUL/);
  });

  it("never copies past row-level security", async () => {
    await expect(
      copyInAsSystem(db, "cases", ["id"], "00000000-0000-0000-0000-000000000001\n"),
    ).rejects.toThrow();
    expect(await db.query("select 1 from cases")).toEqual([]);
  });

  it("writes nothing of a batch with one bad row", async () => {
    await db.query("truncate copy_probe");
    await expect(
      copyInAsSystem(db, "copy_probe", ["n", "t", "a"], `${copyTextRow([1, "x", []])}not a number\tx\t{}\n`),
    ).rejects.toThrow();
    expect(await db.query("select 1 from copy_probe")).toEqual([]);
  });
});
