import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { formatMixedLoad, type MixedLoadResult, prepareLoadDatabase, runMixedLoad } from "./mixed-load.ts";
import { freshServerDatabase, startServerProcess } from "./server-process.ts";

/**
 * `npm run bench:load`: mixed traffic from 50 and 200 users against `ariadne serve` on loopback
 * with PostgreSQL — first as people at work send it (think time between requests, the issue's
 * latency target), then as a closed load without think time (capacity) — then the closed load at
 * 200 users again with more server processes (`ARIADNE_WORKERS`). Bounded: BENCH_SECONDS (default
 * 10) per level, after every user has signed in.
 */
export interface LoadFigures {
  byUsers: MixedLoadResult[];
  byProcesses: { processes: number; result: MixedLoadResult }[];
}

const warmUpUsers = 20;

/**
 * BENCH_THINK_MS, default 1,000: a mean of one second between a user's requests is already more
 * than a caseworker sends (the sizing in docs/operations.md counts one request every 5 s).
 */
export function thinkTimeMs(): number {
  return Number(process.env.BENCH_THINK_MS ?? 1000);
}

export async function benchMixedLoad(
  serverUrl: string,
  options: { seconds: number; levels: number[]; processes: number[]; port: number; thinkMs: number },
  out: (line: string) => void = console.log,
): Promise<LoadFigures> {
  const url = await freshServerDatabase(serverUrl, "ariadne_bench_load");
  const top = Math.max(...options.levels);
  const perRun = (p: number) => warmUpUsers + (p === 1 ? 2 * options.levels.reduce((a, b) => a + b, 0) : top);
  const needed = options.processes.reduce((n, p) => n + perRun(p), 0);
  const prepared = await prepareLoadDatabase(url, needed);
  let next = 0;
  const take = (n: number) => {
    next += n;
    return prepared.users.slice(next - n, next);
  };
  const dataDir = mkdtempSync(join(tmpdir(), "ariadne-load-"));
  const figures: LoadFigures = { byUsers: [], byProcesses: [] };
  try {
    for (const processes of options.processes) {
      const server = await startServerProcess(
        {
          DATABASE_URL: url,
          ARIADNE_MASTER_KEY: prepared.masterKeyHex,
          ARIADNE_SEED_DEMO: "off",
          ARIADNE_WORKERS: String(processes),
          ARIADNE_DATA_DIR: dataDir,
        },
        options.port,
        processes > 1 ? "server processes share port" : undefined,
      );
      try {
        // Not counted: the figures are for a warmed-up server, not its JIT compiling.
        await runMixedLoad({
          url: server.url,
          users: take(warmUpUsers),
          shelterId: prepared.shelterId,
          seconds: 3,
          thinkMs: 0,
        });
        // One process: every level paced, then every level closed; more processes: the closed top.
        const runs =
          processes === 1
            ? [options.thinkMs, 0].flatMap((thinkMs) => options.levels.map((users) => ({ users, thinkMs })))
            : [{ users: top, thinkMs: 0 }];
        for (const { users, thinkMs } of runs) {
          const r = await runMixedLoad({
            url: server.url,
            users: take(users),
            shelterId: prepared.shelterId,
            seconds: options.seconds,
            thinkMs,
          });
          out(formatMixedLoad(`mixed load, ${processes} process${processes > 1 ? "es" : ""}`, r));
          if (processes === 1) figures.byUsers.push(r);
          if (users === top && thinkMs === 0) figures.byProcesses.push({ processes, result: r });
        }
      } finally {
        await server.stop();
      }
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  out(
    `throughput at ${top} users without think time by server processes: ${figures.byProcesses
      .map(
        (p) =>
          `${p.processes} → ${p.result.requestsPerSecond.toFixed(0)} req/s (p95 ${p.result.p95.toFixed(1)} ms)`,
      )
      .join(", ")}`,
  );
  return figures;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const serverUrl =
    process.env.ARIADNE_TEST_DATABASE_URL ?? "postgres://postgres:postgres@127.0.0.1:5432/postgres";
  const list = (v: string | undefined, d: number[]) => (v ? v.split(",").map(Number) : d);
  await benchMixedLoad(serverUrl, {
    seconds: Number(process.env.BENCH_SECONDS ?? 10),
    levels: list(process.env.BENCH_USERS, [50, 200]),
    processes: list(process.env.BENCH_PROCESSES, [1, 2]),
    port: 3903,
    thinkMs: thinkTimeMs(),
  });
}
