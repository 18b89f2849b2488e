import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/**
 * Transactions per second of one SQL statement run bare by PostgreSQL's own pgbench (no HTTP, no
 * session, no row-level security context, no audit), over `connections` prepared-statement clients
 * for `seconds`: the ceiling an audited route running the same statement is compared with.
 * `$1`… in the statement take the values of `params` in order.
 */
export async function pgbenchTps(
  url: string,
  sql: string,
  params: readonly string[],
  opts: { connections: number; seconds: number },
): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), "ariadne-pgbench-"));
  try {
    const script = join(dir, "statement.sql");
    writeFileSync(script, `${sql.replace(/\$(\d+)/g, (_m, n: string) => `:p${n}`)};\n`);
    const vars = params.flatMap((v, i) => ["-D", `p${i + 1}=${v}`]);
    const { stdout } = await run(
      "/usr/lib/postgresql/15/bin/pgbench",
      [
        "-n",
        "-M",
        "prepared",
        "-c",
        String(opts.connections),
        "-j",
        "2",
        "-T",
        String(opts.seconds),
        "-f",
        script,
        ...vars,
        url,
      ],
      { maxBuffer: 16 * 1024 * 1024 },
    );
    const tps = /tps = ([\d.]+) \(without initial connection time\)/.exec(stdout);
    if (!tps) throw new Error(`pgbench printed no tps:\n${stdout}`);
    return Number(tps[1]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
