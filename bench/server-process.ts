import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import pg from "pg";

const bin = fileURLToPath(new URL("../packages/cli/bin/ariadne.mjs", import.meta.url));

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  output: string;
  startMs: number;
  rssMb(): number;
  stop(): Promise<void>;
}

/** Starts `ariadne serve` as its own process, as an operator would, and waits until /readyz answers. */
export async function startServerProcess(
  env: Record<string, string>,
  port: number,
  /** Printed when the whole server is up (several processes answer /readyz one by one). */
  readyLine?: string,
): Promise<ServerProcess> {
  const started = performance.now();
  const child = spawn(process.execPath, [bin, "serve"], {
    // The database is the caller's choice alone: a DATABASE_URL in this process's environment (as in
    // the test suite's PostgreSQL pass) must not turn an embedded-database run into a server one.
    env: { ...process.env, DATABASE_URL: "", ...env, PORT: String(port), LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (d) => {
    output += d;
  });
  child.stderr!.on("data", (d) => {
    output += d;
  });
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited: ${output}`);
    try {
      if ((await fetch(`${url}/readyz`)).ok && (!readyLine || output.includes(readyLine))) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  const startMs = performance.now() - started;
  return {
    url,
    child,
    get output() {
      return output;
    },
    startMs,
    rssMb() {
      const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
      return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
    },
    async stop() {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await exited;
    },
  };
}

/** A demo user's sign-in details from the first start's output (`formatDemoCredentials`). */
export function demoCredentials(output: string, role: string) {
  const line = output.split("\n").find((l) => l.trim().startsWith(`${role} `));
  const m = line && /(\S+@\S+)\s+(\S+)(?:\s+TOTP secret (\S+))?/.exec(line);
  if (!m) throw new Error(`no ${role} credentials in server output`);
  return { email: m[1]!, password: m[2]!, totpSecret: m[3] ?? null };
}

/** An empty database of its own on the PostgreSQL server at `serverUrl`, dropped first if a run left it. */
export async function freshServerDatabase(serverUrl: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

/** Drops the database `freshServerDatabase` made, connecting to the server's own database to do so. */
export async function dropServerDatabase(serverUrl: string, databaseUrl: string): Promise<void> {
  const name = new URL(databaseUrl).pathname.slice(1);
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${name} with (force)`);
  } finally {
    await admin.end();
  }
}
