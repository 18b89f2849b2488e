import { randomBytes } from "node:crypto";
import { dumpDatabase, withTenant } from "@ariadne/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoPersons } from "../admin/seed-demo.ts";
import { createTestApp, type TestApp } from "../testing/test-app.ts";
import { Keyring, masterKeyFrom } from "./index.ts";
import { rewrapDataKeys } from "./keyring.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const secrets = () => [
  ...demoPersons.flatMap((p) => [p.givenName, p.familyName, p.dateOfBirth]),
  ...Object.values(t.seed.credentials).flatMap((c) => (c.totpSecret ? [c.totpSecret] : [])),
];

describe("encryption at rest", () => {
  it("leaves no plaintext of a seeded name, birth date or TOTP secret in a logical dump", async () => {
    const lines: string[] = [];
    await dumpDatabase(t.db, (l) => {
      lines.push(l);
    });
    const dump = lines.join("\n");
    expect(dump).toContain("DEMO-0001"); // the dump holds the person rows…
    for (const s of secrets()) expect(dump.includes(s), s).toBe(false); // …but none of their identity
  });

  it("leaves no plaintext of a seeded name in the database's own dump (data files or pg_dump)", async () => {
    const bytes = await t.db.rawDump();
    expect(bytes.includes(Buffer.from("DEMO-0001"))).toBe(true);
    for (const s of secrets()) expect(bytes.includes(Buffer.from(s)), s).toBe(false);
  });

  it("decrypts with the municipality's key and finds duplicates by blind index without decrypting", async () => {
    const m = t.seed.municipalityId;
    await withTenant(t.db, m, async (tx) => {
      const cipher = await t.keyring.cipherFor(tx, m);
      const [row] = await tx.query<{ given_name_enc: string }>(
        "select given_name_enc from persons where case_code = 'DEMO-0001'",
      );
      expect(cipher.decrypt("persons.given_name", row!.given_name_enc)).toBe("Marija");
      const index = cipher.blindIndex("persons.name", "  marija   PETRAUSKAITE ");
      const found = await tx.query("select case_code from persons where name_index = $1", [index]);
      expect(found).toEqual([{ case_code: "DEMO-0001" }]);
    });
  });

  it("refuses a ciphertext moved into another field", async () => {
    const m = t.seed.municipalityId;
    await withTenant(t.db, m, async (tx) => {
      const cipher = await t.keyring.cipherFor(tx, m);
      const [row] = await tx.query<{ given_name_enc: string }>("select given_name_enc from persons limit 1");
      expect(() => cipher.decrypt("persons.family_name", row!.given_name_enc)).toThrow();
    });
  });

  it("re-wraps every data key under a new master key, and the old key no longer opens them", async () => {
    const next = masterKeyFrom(randomBytes(32));
    const n = await t.db.transaction((tx) => rewrapDataKeys(tx, t.keyring.master, next));
    expect(n).toBeGreaterThanOrEqual(2);
    const fresh = new Keyring(next);
    const m = t.seed.municipalityId;
    await withTenant(t.db, m, async (tx) => {
      const [row] = await tx.query<{ given_name_enc: string }>(
        "select given_name_enc from persons where case_code = 'DEMO-0001'",
      );
      expect((await fresh.cipherFor(tx, m)).decrypt("persons.given_name", row!.given_name_enc)).toBe(
        "Marija",
      );
    });
    await t.db.transaction((tx) =>
      expect(new Keyring(t.keyring.master).verify(tx)).rejects.toThrow(/ARIADNE_MASTER_KEY/),
    );
    await t.db.transaction((tx) => rewrapDataKeys(tx, next, t.keyring.master));
  });
});
