import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { adminDb, type DatabaseTarget, openDatabase } from "@ariadne/db";
import pg from "pg";
import { currentTotp } from "../packages/server/src/auth/totp.ts";
import { benchCases } from "./cases.ts";
import { runLoad } from "./load.ts";
import { benchMixedLoad, thinkTimeMs } from "./load-run.ts";
import { benchMatching } from "./matching.ts";
import { benchPublicPage } from "./public-page.ts";
import { benchScreening } from "./screening.ts";
import {
  demoCredentials,
  freshServerDatabase,
  type ServerProcess,
  startServerProcess,
} from "./server-process.ts";
import { shareOfPgbench } from "./share-of-pgbench.ts";
import { benchCtdcImport, benchStats } from "./stats.ts";
import { benchTraining } from "./training.ts";
import { benchWeb } from "./web.ts";

/**
 * `npm run bench`: an audited read route and an audited write route under 50 concurrent
 * connections, with real sessions, on the embedded database and on PostgreSQL; plus cold start
 * and resident memory, after a two-second warm-up per route. Figures are printed and written to
 * bench/results.json.
 */
interface Figure {
  name: string;
  value: number;
  unit: string;
}
const figures: Figure[] = [];
const record = (name: string, value: number, unit: string) => {
  figures.push({ name, value: Math.round(value * 100) / 100, unit });
  console.log(`${name.padEnd(44)} ${String(Math.round(value * 100) / 100).padStart(10)} ${unit}`);
};

const duration = Number(process.env.BENCH_SECONDS ?? 10);
// BENCH_PARTS=postgres,mixed runs only those parts (all by default): screening, training, pglite,
// postgres, mixed, stats, modules, web.
const parts = process.env.BENCH_PARTS?.split(",").map((p) => p.trim());
const wanted = (part: string) => !parts || parts.includes(part);
const connections = 50;

async function signIn(server: ServerProcess) {
  const c = demoCredentials(server.output, "coordinator");
  const res = await fetch(`${server.url}/api/v1/auth/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: c.email, password: c.password, totp: currentTotp(c.totpSecret!) }),
  });
  if (!res.ok) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { session: { csrfToken: string } };
  return { cookie: res.headers.get("set-cookie")!.split(";")[0]!, csrf: body.session.csrfToken };
}

async function load(name: string, opts: Omit<Parameters<typeof runLoad>[0], "connections" | "seconds">) {
  // Two seconds first, not counted: the figures are for a warmed-up server, not its JIT compiling.
  await runLoad({ ...opts, connections, seconds: 2 });
  const r = await runLoad({ ...opts, connections, seconds: duration });
  record(`${name}.requests_per_second`, r.requestsPerSecond, "req/s");
  record(`${name}.latency_p50`, r.p50, "ms");
  record(`${name}.latency_p95`, r.p95, "ms");
  record(`${name}.latency_p99`, r.p99, "ms");
  record(`${name}.errors`, r.errors, "count");
  if (r.errors > 0) console.log(`  errors by kind: ${JSON.stringify(r.errorKinds)}`);
  return r;
}

async function benchBackend(label: string, env: Record<string, string>, port: number) {
  console.log(`\n# ${label}`);
  const first = await startServerProcess(env, port);
  record(`${label}.first_start_with_migrations_and_seed`, first.startMs, "ms");
  await first.stop();
  const server = await startServerProcess(env, port);
  record(`${label}.cold_start`, server.startMs, "ms");
  // A second start must not seed again: sign-in details come from the first start's output.
  Object.defineProperty(server, "output", { value: first.output });
  const session = await signIn(server);
  const headers = {
    cookie: session.cookie,
    "x-csrf-token": session.csrf,
    "content-type": "application/json",
  };
  await load(`${label}.read_users_list`, { url: `${server.url}/api/v1/users`, headers });
  let n = 0;
  await load(`${label}.write_create_organisation`, {
    url: `${server.url}/api/v1/organisations`,
    method: "POST",
    headers,
    body: () => JSON.stringify({ name: `Bench organisation ${n++}`, kind: "ngo" }),
  });
  record(`${label}.resident_memory_after_load`, server.rssMb(), "MiB");
  for (const f of await benchPublicPage(server.url)) record(`${label}.${f.name}`, f.value, f.unit);
  if (env.DATABASE_URL) await compareWithPgbench(label, env, port, server, headers, first.output);
  await server.stop();
}

/**
 * Issue 19: the read route, with one server process and with two on one port (ARIADNE_WORKERS),
 * against its statement run bare by pgbench, same clients, measured in turn in the same run.
 */
async function compareWithPgbench(
  label: string,
  env: Record<string, string>,
  port: number,
  one: ServerProcess,
  headers: Record<string, string>,
  firstOutput: string,
) {
  const databaseUrl = env.DATABASE_URL!;
  // The session lives in the database, so the second server takes it too (a TOTP code is taken once).
  const two = await startServerProcess(
    { ...env, ARIADNE_WORKERS: "2" },
    port + 100,
    "server processes share port",
  );
  try {
    const municipality = await municipalityOf(databaseUrl, demoCredentials(firstOutput, "coordinator").email);
    const share = await shareOfPgbench({
      servers: [
        { processes: 1, url: `${one.url}/api/v1/users` },
        { processes: 2, url: `${two.url}/api/v1/users` },
      ],
      headers,
      databaseUrl,
      sql: adminDb.listUsersSql,
      params: [municipality],
      connections,
      rounds: 5,
      burstSeconds: Math.max(2, Math.round(duration / 2)),
    });
    console.log(
      `  in turn: ${share.rounds} rounds of ${share.burstSeconds} s each for the route on 1 and 2 processes and for pgbench, medians; the route driven by ${share.client === "wrk" ? "wrk" : "the bench's Node client (install wrk to compare two C clients)"}`,
    );
    record(`${label}.read_users_list.pgbench_same_statement`, share.pgbenchTps, "tps");
    for (const r of share.route) {
      const name = `${label}.read_users_list.${r.processes === 1 ? "" : `processes_${r.processes}.`}`;
      record(`${name}in_turn_requests_per_second`, r.requestsPerSecond, "req/s");
      record(`${name}in_turn_latency_p95`, r.p95, "ms");
      record(`${name}in_turn_errors`, r.errors, "count");
      record(`${name}share_of_pgbench`, (100 * r.requestsPerSecond) / share.pgbenchTps, "%");
    }
  } finally {
    await two.stop();
  }
}

async function municipalityOf(url: string, email: string): Promise<string> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const r = await c.query<{ m: string }>("select municipality_id as m from users where email = $1", [
      email,
    ]);
    return r.rows[0]!.m;
  } finally {
    await c.end();
  }
}

async function reachable(url: string): Promise<boolean> {
  const c = new pg.Client({ connectionString: url });
  try {
    await c.connect();
    return true;
  } catch {
    return false;
  } finally {
    await c.end().catch(() => undefined);
  }
}

const dataDir = mkdtempSync(join(tmpdir(), "ariadne-bench-"));
const serverUrl =
  process.env.ARIADNE_TEST_DATABASE_URL ?? "postgres://postgres:postgres@127.0.0.1:5432/postgres";
try {
  if (wanted("screening")) {
    console.log("\n# screening engine (issue 3)");
    for (const f of await benchScreening()) record(f.name, f.value, f.unit);
  }
  if (wanted("web")) {
    console.log("\n# web app: first load and messages chunks (issue 18)");
    for (const f of await benchWeb()) record(f.name, f.value, f.unit);
  }
  if (wanted("training")) {
    console.log("\n# training coverage (issue 14)");
    for (const f of await benchTraining()) record(f.name, f.value, f.unit);
  }
  // The HTTP loads first, while this process (the load generator) holds nothing else in memory.
  if (wanted("pglite")) await benchBackend("pglite", { ARIADNE_DATA_DIR: dataDir }, 3901);
  const onServer = await reachable(serverUrl);
  if (onServer && wanted("postgres")) {
    const url = await freshServerDatabase(serverUrl, "ariadne_bench");
    await benchBackend("postgres", { ARIADNE_DATA_DIR: join(dataDir, "pg"), DATABASE_URL: url }, 3902);
  }
  if (onServer && wanted("mixed")) {
    console.log("\n# mixed load on PostgreSQL, by users and by server processes (issue 19)");
    const mixed = await benchMixedLoad(serverUrl, {
      seconds: duration,
      levels: [50, 200],
      processes: [1, 2],
      port: 3903,
      thinkMs: thinkTimeMs(),
    });
    for (const r of mixed.byUsers) {
      const name = `postgres.mixed_${r.users}_users${r.thinkMs > 0 ? `_think_${r.thinkMs}_ms` : "_no_think_time"}`;
      record(`${name}.requests_per_second`, r.requestsPerSecond, "req/s");
      record(`${name}.latency_p95`, r.p95, "ms");
      record(`${name}.errors`, r.errors, "count");
    }
    for (const p of mixed.byProcesses)
      record(
        `postgres.mixed_200_users.processes_${p.processes}.requests_per_second`,
        p.result.requestsPerSecond,
        "req/s",
      );
  }
  if (!onServer) console.log("\n# postgres: no server reachable; run scripts/start-postgres.sh first");
  const targets: [string, () => Promise<DatabaseTarget>][] = [
    ["pglite", async () => ({ kind: "pglite", dataDir: null })],
    ...(onServer
      ? ([
          [
            "postgres",
            async () => ({
              kind: "postgres",
              url: await freshServerDatabase(serverUrl, "ariadne_bench_modules"),
            }),
          ],
        ] as [string, () => Promise<DatabaseTarget>][])
      : []),
  ];
  if (onServer && wanted("stats")) {
    // Issue 17: statistics over 1,000,000 cases and a 1,000,000-row CTDC import, on PostgreSQL.
    console.log("\n# statistics (issue 17), on postgres");
    const db = await openDatabase({
      kind: "postgres",
      url: await freshServerDatabase(serverUrl, "ariadne_bench_stats"),
    });
    try {
      for (const f of await benchStats(db)) record(`postgres.${f.name}`, f.value, f.unit);
    } finally {
      await db.close();
    }
  }
  if (parts?.includes("ctdc")) {
    // Issue 17: the CTDC import alone (stats above includes it after seeding 1,000,000 cases), on
    // the embedded database (a data directory, as `ariadne stats import-ctdc` uses) and on PostgreSQL.
    const n = Number(process.env.BENCH_CTDC_ROWS ?? process.env.BENCH_STATS_ROWS ?? 1_000_000);
    const ctdcTargets: [string, () => Promise<DatabaseTarget>][] = [
      ["pglite", async () => ({ kind: "pglite", dataDir: join(dataDir, "ctdc") })],
      ...(onServer
        ? ([
            [
              "postgres",
              async () => ({
                kind: "postgres",
                url: await freshServerDatabase(serverUrl, "ariadne_bench_ctdc"),
              }),
            ],
          ] as [string, () => Promise<DatabaseTarget>][])
        : []),
    ];
    for (const [label, target] of ctdcTargets) {
      console.log(`\n# CTDC import (issue 17), on ${label}`);
      const db = await openDatabase(await target());
      try {
        for (const f of await benchCtdcImport(db, n)) record(`${label}.${f.name}`, f.value, f.unit);
      } finally {
        await db.close();
      }
    }
  }
  for (const [label, target] of wanted("modules") ? targets : []) {
    for (const [title, bench] of [
      ["cases (issue 4)", benchCases],
      ["matching (issue 5)", benchMatching],
    ] as const) {
      console.log(`\n# ${title}, on ${label}`);
      const db = await openDatabase(await target());
      try {
        for (const f of await bench(db)) record(`${label}.${f.name}`, f.value, f.unit);
      } finally {
        await db.close();
      }
    }
  }
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
writeFileSync(new URL("./results.json", import.meta.url), `${JSON.stringify(figures, null, 2)}\n`);
console.log("\nFigures written to bench/results.json");
