import cluster, { type Worker } from "node:cluster";
import type { Config } from "./config.ts";
import { openConfiguredDatabase, prepareDatabase, startServer } from "./start.ts";

/** A running server: one process, or a primary with its workers. */
export interface RunningServer {
  stop(): Promise<void>;
}

// A worker that dies is replaced; one that dies this soon after starting is not, so that a broken
// configuration or an unreachable database does not fork processes in a loop.
const minimumLifeMs = 5000;

/**
 * `ARIADNE_WORKERS=N`: N server processes on one port (node:cluster; the primary accepts the
 * connections and hands them out in turn). The primary migrates and seeds once and serves nothing
 * itself; every worker is a whole, stateless server — sessions, lock-outs, audit chains and the mail
 * outbox live in PostgreSQL, and each worker runs the background jobs, which are safe side by side.
 */
export async function runServer(config: Config, out: (line: string) => void): Promise<RunningServer> {
  if (config.workers <= 1) return startServer(config, out);
  if (cluster.isWorker) {
    const id = cluster.worker?.id;
    return startServer({ ...config, seedDemo: "off" }, (line) =>
      out(line.startsWith("Ariadne is running") ? `${line} (worker ${id})` : line),
    );
  }
  const db = await openConfiguredDatabase(config);
  try {
    await prepareDatabase(db, config, out);
  } finally {
    await db.close();
  }
  let stopping = false;
  const bornAt = new Map<Worker, number>();
  const fork = () => bornAt.set(cluster.fork(), Date.now());
  const ready = new Promise<void>((resolve, reject) => {
    let listening = 0;
    cluster.on("listening", () => {
      if (++listening === config.workers) resolve();
    });
    cluster.on("exit", (worker, code, signal) => {
      const lived = Date.now() - (bornAt.get(worker) ?? 0);
      bornAt.delete(worker);
      if (stopping) return;
      out(`Worker ${worker.id} ended (${signal ?? `exit code ${code}`}).`);
      if (lived < minimumLifeMs) {
        reject(new Error(`worker ${worker.id} ended ${lived} ms after it started`));
        void stopAll();
        return;
      }
      fork();
    });
  });
  const stopAll = async () => {
    stopping = true;
    const exits = [...bornAt.keys()].map(
      (w) =>
        new Promise<void>((resolve) => {
          if (w.isDead()) return resolve();
          w.once("exit", () => resolve());
          w.process.kill("SIGTERM"); // each worker finishes its requests in flight, then exits
        }),
    );
    await Promise.all(exits);
  };
  for (let i = 0; i < config.workers; i++) fork();
  await ready;
  out(`${config.workers} server processes share port ${config.port}.`);
  return { stop: stopAll };
}
