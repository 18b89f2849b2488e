import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const bin = fileURLToPath(new URL("../bin/ariadne.mjs", import.meta.url));

describe("ariadne serve (the README's first command)", () => {
  it("starts as its own process on an empty embedded database, seeds the demo once and answers", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "ariadne-serve-"));
    const port = 3700 + Math.floor(Math.random() * 200);
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ARIADNE_DATA_DIR: dataDir,
      PORT: String(port),
      LOG_LEVEL: "warn",
    };
    delete env.DATABASE_URL;
    const child = spawn(process.execPath, [bin, "serve"], { env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d) => {
      output += d;
    });
    child.stderr.on("data", (d) => {
      output += d;
    });
    try {
      let ready = false;
      // A first start migrates and seeds (argon2 for every demo user): on a busy machine that took
      // over 30 s, so wait for readiness up to a deadline rather than a count of tries.
      const deadline = Date.now() + 150_000;
      while (!ready && child.exitCode === null && Date.now() < deadline) {
        ready = await fetch(`http://127.0.0.1:${port}/readyz`).then(
          (r) => r.ok,
          () => false,
        );
        if (!ready) await new Promise((r) => setTimeout(r, 100));
      }
      expect(ready, output).toBe(true);
      expect(output).toContain("coordinator@demo.ariadne.test");
      const api = await fetch(`http://127.0.0.1:${port}/api/v1/organisations`);
      expect(api.status).toBe(401);
      const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 180_000);
});
