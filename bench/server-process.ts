import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

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
    env: { ...process.env, ...env, PORT: String(port), LOG_LEVEL: "warn" },
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
