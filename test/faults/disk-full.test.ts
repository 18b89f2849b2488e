import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { migrate, openDatabase, withSystem } from "@ariadne/db";
import { describe, expect, it } from "vitest";
import { seedDemo } from "../../packages/server/src/admin/seed-demo.ts";
import { buildApp } from "../../packages/server/src/app.ts";
import { verifyAuditChains } from "../../packages/server/src/audit/verify-chain.ts";
import { currentTotp } from "../../packages/server/src/auth/totp.ts";
import { loadConfig } from "../../packages/server/src/config.ts";
import { Keyring, masterKeyFrom } from "../../packages/server/src/crypto/index.ts";

/** Fills the file system at `dir` to the last byte; returns the filler file. */
function fill(dir: string): string {
  const filler = join(dir, "filler");
  const fd = openSync(filler, "w");
  const chunk = Buffer.alloc(1 << 20);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOSPC") throw e;
  } finally {
    closeSync(fd);
  }
  // The last partial megabyte too.
  const small = openSync(filler, "a");
  try {
    for (;;) writeSync(small, Buffer.alloc(512));
  } catch {
    // full
  } finally {
    closeSync(small);
  }
  return filler;
}

describe("the embedded database's disk fills up", () => {
  it("refuses writes with 503 and Retry-After, half-writes nothing, and serves normally once space is back", async () => {
    // A real, small file system (tmpfs; mounting needs root, as the CI machine runs the suite).
    const mount = mkdtempSync(join(tmpdir(), "ariadne-disk-"));
    execFileSync("mount", ["-t", "tmpfs", "-o", "size=160m", "tmpfs", mount]);
    try {
      const db = await openDatabase({ kind: "pglite", dataDir: join(mount, "pgdata") });
      await migrate(db);
      const keyring = new Keyring(masterKeyFrom(randomBytes(32)));
      const seed = await seedDemo(db, keyring, { boundary: false });
      const config = loadConfig({ LOG_LEVEL: "silent", ARIADNE_WEB_DIST: "/nonexistent" });
      const { app } = await buildApp({ db, keyring, config }, { logLevel: "silent" });
      try {
        const c = seed.credentials.frontline;
        const signedIn = await app.inject({
          method: "POST",
          url: "/api/v1/auth/sign-in",
          payload: { email: c.email, password: c.password, totp: currentTotp(c.totpSecret!) },
        });
        expect(signedIn.statusCode).toBe(200);
        const headers = {
          cookie: String(signedIn.headers["set-cookie"]).split(";")[0]!,
          "x-csrf-token": signedIn.json().session.csrfToken,
        };
        const createCase = (alias: string) =>
          app.inject({
            method: "POST",
            url: "/api/v1/cases",
            headers,
            payload: { person: { aliases: [alias] } },
          });
        expect((await createCase("Before")).statusCode).toBe(201);
        const count = async () =>
          withSystem(
            db,
            async (tx) => (await tx.query<{ n: number }>("select count(*)::int as n from cases"))[0]!.n,
          );
        const before = await count();

        const filler = fill(mount);
        // Writes that fit in pages and WAL already allocated still succeed; the first that needs a
        // new page fails. Every write is either acknowledged and kept, or refused and absent.
        let acked = 0;
        let refused: Awaited<ReturnType<typeof createCase>> | null = null;
        for (let i = 0; i < 500 && !refused; i++) {
          const res = await createCase(`Full ${i}`);
          if (res.statusCode === 201) acked++;
          else refused = res;
        }
        expect(refused, "no write was refused on a full disk").not.toBeNull();
        expect(refused!.statusCode, refused!.body).toBe(503);
        expect(refused!.json().error.code).toBe("unavailable");
        expect(Number(refused!.headers["retry-after"])).toBeGreaterThan(0);
        const again = await createCase("Still full");
        expect(again.statusCode).toBe(503);
        rmSync(filler);

        // Nothing of the refused writes is there, and the database takes writes again.
        expect(await count()).toBe(before + acked);
        expect((await createCase("After")).statusCode).toBe(201);
        expect(await count()).toBe(before + acked + 1);
        await withSystem(db, async (tx) => {
          const report = await verifyAuditChains(tx);
          expect(report.firstBreak).toBeNull();
        });
      } finally {
        await app.close();
        await db.close();
      }
    } finally {
      execFileSync("umount", ["-l", mount]);
      rmSync(mount, { recursive: true, force: true });
    }
  });
});
