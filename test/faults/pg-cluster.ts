import { execFile } from "node:child_process";
import { chownSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const bin = "/usr/lib/postgresql/15/bin";

/** A free loopback port, as the kernel hands one out. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

export interface ThrowawayCluster {
  url: string;
  port: number;
  dataDir: string;
  /** Stops the server (fast: sessions are ended, as in a restart for an upgrade). */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops the server and removes every file of the cluster. */
  destroy(): Promise<void>;
}

/**
 * A PostgreSQL 15 cluster of its own, in a temporary directory on a free loopback port: the fault
 * tests stop and restart it, which they must never do to the server that every other test shares.
 * As root, the cluster's commands run as the postgres user (PostgreSQL refuses to run as root).
 * Given `standbyOf`, the cluster is a streaming replica of that one, cloned by pg_basebackup.
 */
export async function startThrowawayCluster(standbyOf?: ThrowawayCluster): Promise<ThrowawayCluster> {
  const dir = mkdtempSync(join(tmpdir(), "ariadne-pg-"));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const { stdout } = await run("id", ["-u", "postgres"]);
    const { stdout: gid } = await run("id", ["-g", "postgres"]);
    chownSync(dir, Number(stdout.trim()), Number(gid.trim()));
  }
  const pg = (cmd: string, args: string[]) =>
    asRoot ? run("runuser", ["-u", "postgres", "--", join(bin, cmd), ...args]) : run(join(bin, cmd), args);
  const port = await freePort();
  const dataDir = join(dir, "data");
  if (standbyOf) {
    // -R writes standby.signal and the primary's address; -X stream copies the WAL written meanwhile.
    const from = ["-h", "127.0.0.1", "-p", String(standbyOf.port), "-U", "postgres"];
    await pg("pg_basebackup", [...from, "-D", dataDir, "-R", "-X", "stream", "--no-sync", "-c", "fast"]);
  } else {
    await pg("initdb", ["-D", dataDir, "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8"]);
  }
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c shared_buffers=16MB -c max_connections=60`;
  const start = async () => {
    await pg("pg_ctl", ["-D", dataDir, "-o", options, "-l", join(dir, "log"), "-w", "-t", "60", "start"]);
  };
  const stop = async () => {
    await pg("pg_ctl", ["-D", dataDir, "-m", "fast", "-w", "-t", "60", "stop"]);
  };
  await start();
  let running = true;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    dataDir,
    async stop() {
      await stop();
      running = false;
    },
    async start() {
      await start();
      running = true;
    },
    async destroy() {
      if (running) await stop().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
