import pg from "pg";
import { coalescedWrites } from "./coalesced-writes.ts";

/**
 * Shared pipelined connections ("lanes") for single-statement reads. A read here is a
 * PreludedQuery: its settings and its statement end with their own Sync, so PostgreSQL runs each as
 * an implicit transaction of its own and nothing of one read's tenant or role reaches the next.
 * That lets reads of many requests share a connection: the reads written in one turn of the event
 * loop leave in one write, and the answers come back together, where a connection per read costs
 * each its own checkout, write and wake-up on both sides of the socket.
 *
 * A read joins the lane with the fewest reads out, and only a lane whose oldest read has been out
 * for less than `busyMs`: a slow statement (an export, a dashboard) holds up only the reads already
 * queued behind it. While every lane is busy, `pick` says so and the caller reads on a connection
 * of its own. A lane that lost its connection connects again with its next read; while the database
 * is down, that read fails as any other would.
 */
export interface ReadLanes {
  /** A lane to read on now, or null when each is busy. */
  pick(): ReadLane | null;
  close(): Promise<void>;
}

export interface ReadLane {
  /** Submits the read that `make` builds; its answer must call `settled` first. */
  run(make: (settled: () => void) => pg.QueryConfig): Promise<void>;
}

interface Lane extends ReadLane {
  /** The reads out on the lane, oldest first (a lane answers in order). */
  out: Set<{ since: number }>;
}

export function readLanes(opts: {
  url: string;
  count: number;
  connectTimeoutMs: number;
  busyMs: number;
}): ReadLanes {
  const open = new Set<pg.Client>();
  let closed = false;

  const makeLane = (): Lane => {
    type Connected = { client: pg.Client; writes: ReturnType<typeof coalescedWrites> };
    let current: { ready: Promise<Connected> } | null = null;
    const connect = () => {
      if (current) return current.ready;
      const client = new pg.Client({
        connectionString: opts.url,
        pipeline: true,
        connectionTimeoutMillis: opts.connectTimeoutMs,
      } as pg.ClientConfig);
      const mine = {
        ready: client.connect().then(() => {
          // Closed meanwhile: this read still gets its answer, and the connection ends after it.
          if (closed) void client.end().catch(() => undefined);
          // The reads submitted in one turn of the event loop leave in one write.
          return { client, writes: coalescedWrites(client) };
        }),
      };
      // The reads out on a lost connection fail through their callbacks; the next read connects
      // afresh (and, while the database is down, fails as any read would).
      const lost = () => {
        open.delete(client);
        if (current === mine) current = null;
      };
      client.on("error", lost);
      client.on("end", lost);
      mine.ready.catch(lost);
      open.add(client);
      current = mine;
      return mine.ready;
    };
    const lane: Lane = {
      out: new Set(),
      async run(make) {
        const mark = { since: performance.now() };
        lane.out.add(mark);
        let connected: Connected;
        try {
          connected = await connect();
        } catch (err) {
          lane.out.delete(mark);
          throw err;
        }
        connected.writes.hold();
        connected.client.query(make(() => lane.out.delete(mark)));
      },
    };
    return lane;
  };

  const lanes = Array.from({ length: opts.count }, makeLane);

  return {
    pick() {
      if (closed) return null;
      const now = performance.now();
      let best: Lane | null = null;
      for (const lane of lanes) {
        const oldest = lane.out.values().next().value;
        if (oldest && now - oldest.since >= opts.busyMs) continue;
        if (!best || lane.out.size < best.out.size) best = lane;
      }
      return best;
    },
    async close() {
      closed = true;
      await Promise.all([...open].map((c) => c.end().catch(() => undefined)));
    },
  };
}
