import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import type { LoadResult } from "./load.ts";

const run = promisify(execFile);
export const wrkPath = "/usr/bin/wrk";

/** Whether Debian's `wrk` is installed (`apt-get install -y wrk`); the bench needs it for nothing else. */
export const hasWrk = () => existsSync(wrkPath);

// wrk's own summary lacks p95 and splits errors by kind; its Lua `done` hook prints them in one line.
const summaryScript = `
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("ariadne-summary %d %d %d %d %d %d %d %d\\n", summary.requests,
    summary.duration, e.connect + e.read + e.write + e.timeout, e.status,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), e.timeout))
end
`;

/**
 * Closed-loop GET load from wrk, a load generator written in C: `connections` keep-alive clients
 * on two threads for `seconds`. The read route's share of pgbench compares two C clients this way;
 * the bench's own Node client spends ~50 µs of the shared cores per request, which pgbench's does not.
 */
export async function runWrk(opts: {
  url: string;
  headers?: Record<string, string>;
  connections: number;
  seconds: number;
}): Promise<LoadResult> {
  const dir = mkdtempSync(join(tmpdir(), "ariadne-wrk-"));
  try {
    const script = join(dir, "summary.lua");
    writeFileSync(script, summaryScript);
    const headers = Object.entries(opts.headers ?? {}).flatMap(([k, v]) => ["-H", `${k}: ${v}`]);
    const { stdout } = await run(
      wrkPath,
      [
        "-t",
        "2",
        "-c",
        String(opts.connections),
        "-d",
        `${opts.seconds}s`,
        "-s",
        script,
        ...headers,
        opts.url,
      ],
      { maxBuffer: 16 * 1024 * 1024 },
    );
    const m = /ariadne-summary (\d+) (\d+) (\d+) (\d+) (\d+) (\d+) (\d+) (\d+)/.exec(stdout);
    if (!m) throw new Error(`wrk printed no summary:\n${stdout}`);
    const [requests, durationUs, socketErrors, statusErrors, p50, p95, p99, timeouts] = m
      .slice(1)
      .map(Number) as [number, number, number, number, number, number, number, number];
    const errorKinds: Record<string, number> = {};
    if (statusErrors) errorKinds["HTTP >= 400"] = statusErrors;
    if (socketErrors - timeouts) errorKinds.socket = socketErrors - timeouts;
    if (timeouts) errorKinds.timeout = timeouts;
    return {
      requests,
      errors: socketErrors + statusErrors,
      errorKinds,
      requestsPerSecond: requests / (durationUs / 1e6),
      p50: p50 / 1000,
      p95: p95 / 1000,
      p99: p99 / 1000,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
