import { type LoadResult, runLoad } from "./load.ts";
import { pgbenchTps } from "./pgbench.ts";
import { hasWrk, runWrk } from "./wrk.ts";

export interface ShareOfPgbench {
  /** The load generator that drove the route. */
  client: "wrk" | "node";
  rounds: number;
  burstSeconds: number;
  /** Median requests/s of the route, by server processes (in the order given). */
  route: { processes: number; requestsPerSecond: number; p95: number; errors: number }[];
  /** Median tps of the route's statement run bare by pgbench. */
  pgbenchTps: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/**
 * The audited read route against its statement run bare by pgbench (issue 19), measured in turn:
 * `rounds` rounds, each a burst of the route on every server given (one, two processes…) and one of
 * pgbench, and the medians compared. This VM's speed drifts by a third within minutes; measured once
 * each, one after the other, the route and pgbench met different machines and the share moved
 * 10–22 % between runs of the same code. In turn, a drift touches every side alike.
 */
export async function shareOfPgbench(opts: {
  servers: { processes: number; url: string }[];
  headers: Record<string, string>;
  databaseUrl: string;
  sql: string;
  params: string[];
  connections: number;
  rounds: number;
  burstSeconds: number;
}): Promise<ShareOfPgbench> {
  const client = hasWrk() ? "wrk" : "node";
  const drive = (url: string, seconds: number): Promise<LoadResult> =>
    (client === "wrk" ? runWrk : runLoad)({
      url,
      headers: opts.headers,
      connections: opts.connections,
      seconds,
    });
  // Not counted: each server warms up (its JIT, its connections) before the first round.
  for (const s of opts.servers) await drive(s.url, 2);
  const route = opts.servers.map(() => [] as LoadResult[]);
  const bare: number[] = [];
  for (let r = 0; r < opts.rounds; r++) {
    for (const [i, s] of opts.servers.entries()) route[i]!.push(await drive(s.url, opts.burstSeconds));
    bare.push(
      await pgbenchTps(opts.databaseUrl, opts.sql, opts.params, {
        connections: opts.connections,
        seconds: opts.burstSeconds,
      }),
    );
  }
  return {
    client,
    rounds: opts.rounds,
    burstSeconds: opts.burstSeconds,
    route: opts.servers.map((s, i) => ({
      processes: s.processes,
      requestsPerSecond: median(route[i]!.map((r) => r.requestsPerSecond)),
      p95: median(route[i]!.map((r) => r.p95)),
      errors: route[i]!.reduce((n, r) => n + r.errors, 0),
    })),
    pgbenchTps: median(bare),
  };
}
