import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "./main.ts";

const dirs: string[] = [];
function tempDir() {
  const d = mkdtempSync(join(tmpdir(), "ariadne-cli-"));
  dirs.push(d);
  return d;
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** Runs the CLI on an embedded database in `dataDir`, capturing its output. */
async function cli(args: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(
    args,
    { out: (l) => out.push(l), err: (l) => err.push(l) },
    {
      LOG_LEVEL: "silent",
      ...env,
    },
  );
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("ariadne CLI", () => {
  const dataDir = tempDir();
  const env = { ARIADNE_DATA_DIR: dataDir };

  it("migrates, seeds the demo once, and creates a master key file with mode 0600", async () => {
    expect((await cli(["migrate"], env)).code).toBe(0);
    const seeded = await cli(["seed-demo"], env);
    expect(seeded.code).toBe(0);
    expect(seeded.out).toContain("coordinator@demo.ariadne.test");
    expect(statSync(join(dataDir, "master.key")).mode & 0o777).toBe(0o600);
    const again = await cli(["seed-demo"], env);
    expect(again.code).toBe(2);
    expect(again.err).toContain("already holds data");
  });

  it("prints the Citus plan: reference tables, then casework distributed by municipality and colocated", async () => {
    const plan = await cli(["citus-plan"], env);
    expect(plan.code).toBe(0);
    const lines = plan.out.split("\n");
    expect(lines).toContain("select create_reference_table('users');");
    const at = (table: string) => lines.findIndex((l) => l.includes(`create_distributed_table('${table}'`));
    expect(at("persons")).toBeGreaterThan(-1);
    expect(at("persons")).toBeLessThan(at("cases"));
    expect(at("cases")).toBeLessThan(at("referrals"));
    expect(lines[at("referrals")]).toContain("colocate_with");
  });

  it("creates a system admin and refuses bad arguments with exit 2", async () => {
    const ok = await cli(["create-admin", "--email", "root@example.org", "--name", "Root Admin"], env);
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/Initial password \(shown once\): \S+/);
    const bad = await cli(["create-admin", "--email", "not-an-address"], env);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("--email");
    expect(bad.err).toContain("--name");
    const taken = await cli(["create-admin", "--email", "root@example.org", "--name", "Again"], env);
    expect(taken.code).toBe(2);
  });

  it("verifies the audit chain, and reports the first broken link with exit 1", async () => {
    const ok = await cli(["audit", "verify"], env);
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/Audit chain intact: \d+ entries/);
    // Tamper with the stored log directly, as an attacker with file access would.
    const { openDatabase } = await import("@ariadne/db");
    const db = await openDatabase({ kind: "pglite", dataDir: join(dataDir, "pgdata") });
    await db.execScript(`alter table audit_log disable trigger audit_log_append_only;
      update audit_log set action = 'nothing.to.see' where seq = (select min(seq) from audit_log);`);
    await db.close();
    const broken = await cli(["audit", "verify"], env);
    expect(broken.code).toBe(1);
    expect(broken.err).toMatch(/BROKEN: chain \S+, entry 1 .*hash mismatch/);
  });

  it("runs the retention job as a dry run for every municipality", async () => {
    const res = await cli(["retention", "run", "--dry-run"], env);
    expect(res.code).toBe(0);
    expect(res.out).toMatch(/would anonymise 0 closed case\(s\) older than \d+ months/);
    expect((await cli(["retention", "start"], env)).code).toBe(2);
  });

  it("backs up and restores into an empty embedded database", async () => {
    const file = join(tempDir(), "backup.jsonl");
    const backup = await cli(["backup", file], env);
    expect(backup.code).toBe(0);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect((await cli(["backup", file], env)).code).toBe(2); // never overwrites
    const restoreDir = tempDir();
    const key = readFileSync(join(dataDir, "master.key"), "utf8").trim();
    const restored = await cli(["restore", file], { ARIADNE_DATA_DIR: restoreDir, ARIADNE_MASTER_KEY: key });
    expect(restored.code).toBe(0);
    expect(restored.out).toMatch(/Restored \d+ rows/);
    expect(
      (await cli(["restore", file], { ARIADNE_DATA_DIR: restoreDir, ARIADNE_MASTER_KEY: key })).code,
    ).toBe(1);
    expect(
      (await cli(["restore", join(restoreDir, "missing.jsonl")], { ARIADNE_DATA_DIR: tempDir() })).code,
    ).toBe(2);
  }, 120_000);

  it("rotates the master key: the old key file is replaced and data still opens", async () => {
    const before = readFileSync(join(dataDir, "master.key"), "utf8");
    const rotated = await cli(["keys", "rotate"], env);
    expect(rotated.code).toBe(0);
    expect(rotated.out).toMatch(/Re-wrapped \d+ data keys/);
    expect(readFileSync(join(dataDir, "master.key"), "utf8")).not.toBe(before);
    expect(statSync(join(dataDir, "master.key")).mode & 0o777).toBe(0o600);
    const wrongKey = await cli(["keys", "rotate"], { ...env, ARIADNE_MASTER_KEY: before.trim() });
    expect(wrongKey.code).toBe(78);
    expect(wrongKey.err).toContain("ARIADNE_MASTER_KEY");
  });

  it("stops on a wrong setting, naming it", async () => {
    const res = await cli(["migrate"], { PORT: "99999", DATABASE_URL: "mysql://x", DATABASE_POOL_SIZE: "1" });
    expect(res.code).toBe(78);
    expect(res.err).toContain("PORT");
    expect(res.err).toContain("DATABASE_URL");
    expect(res.err).toContain("DATABASE_POOL_SIZE");
  });

  it("answers an unknown command with usage and exit 2", async () => {
    const res = await cli(["frobnicate"]);
    expect(res.code).toBe(2);
    expect(res.err).toContain("usage: ariadne");
  });

  it("evaluates a screening from a file, printing the result JSON", async () => {
    const file = join(tempDir(), "screening.json");
    writeFileSync(
      file,
      JSON.stringify({
        profiles: ["adult_labour"],
        observations: [{ indicator: "alx.dec.01", status: "present", observedAt: "2026-10-01" }],
      }),
    );
    const res = await cli(["screen", file]);
    expect(res.code).toBe(0);
    expect(JSON.parse(res.out)).toHaveProperty("profiles");
  });

  it("refuses a bad screening with exit 2, naming the item", async () => {
    const file = join(tempDir(), "bad.json");
    writeFileSync(
      file,
      JSON.stringify({
        profiles: ["adult_labour"],
        observations: [{ indicator: "nope", status: "present", observedAt: "2026-10-01" }],
      }),
    );
    const res = await cli(["screen", file]);
    expect(res.code).toBe(2);
    expect(res.err).toContain("observations.0.indicator");
    writeFileSync(file, "{ not json");
    expect((await cli(["screen", file])).err).toContain("not JSON");
  });

  it("speaks Polish with --lang pl, as every language of the region (issue 18)", async () => {
    const file = join(tempDir(), "screening-pl.json");
    writeFileSync(
      file,
      JSON.stringify({
        profiles: ["adult_labour"],
        observations: [{ indicator: "alx.dec.01", status: "present", observedAt: "2026-10-01" }],
      }),
    );
    const screened = await cli(["screen", file, "--lang", "pl"]);
    expect(screened.code).toBe(0);
    expect(screened.out).toContain("Sygnał pomocy (własny wskaźnik Ariadne, nie reguła MOP/KE)");
    expect(screened.out).toContain("Następne kroki");
    const catalogue = await cli(["indicators", "--lang", "pl", "--catalogue", "catalogue-v2"]);
    expect(catalogue.code).toBe(0);
    expect(catalogue.out).toContain("## Osoba dorosła, wyzysk pracy");
    expect(catalogue.out).toContain("alx.dec.01 (silny)");
    expect(catalogue.out).toContain("## Dodane przez Ariadne (nie MOP/KE)");
    expect(catalogue.out).toContain("- Nie chce być postrzegana jako ofiara: Unikaj słów");
    expect(catalogue.out).not.toContain("## Barriers");
    const json = JSON.parse((await cli(["indicators", "--lang", "pl", "--json"])).out);
    expect(json.lang).toBe("pl");
    expect(json.profiles[0].label).toBe("Osoba dorosła, wyzysk pracy");
    const refused = await cli(["indicators", "--lang", "ru"]);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain("pl");
  });

  it("prints the indicator catalogue in each language, as text or JSON", async () => {
    const en = await cli(["indicators", "--lang", "en"]);
    const sv = await cli(["indicators", "--lang", "sv"]);
    expect(en.code).toBe(0);
    expect(en.out).not.toBe(sv.out);
    const json = await cli(["indicators", "--json"]);
    expect(() => JSON.parse(json.out)).not.toThrow();
    expect((await cli(["indicators", "--lang", "xx"])).code).toBe(2);
  });
});
