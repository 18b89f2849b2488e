import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "./main.ts";

const dataDir = mkdtempSync(join(tmpdir(), "ariadne-cli-referrals-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(
    args,
    { out: (l) => out.push(l), err: (l) => err.push(l) },
    { LOG_LEVEL: "silent", ARIADNE_DATA_DIR: dataDir },
  );
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("ariadne referrals", () => {
  it("checks overdue referrals in every municipality, as a dry run or for real", async () => {
    expect((await cli(["seed-demo"])).code).toBe(0);
    const dry = await cli(["referrals", "overdue", "--dry-run"]);
    expect(dry.code).toBe(0);
    expect(dry.out).toMatch(/would flag 0 overdue referral\(s\)/);
    const run = await cli(["referrals", "overdue"]);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/flagged 0 overdue referral\(s\)/);
    expect((await cli(["referrals", "late"])).code).toBe(2);
  });
});
