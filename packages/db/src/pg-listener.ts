import pg from "pg";

const firstRetryMs = 250;
const maxRetryMs = 10_000;

/**
 * LISTEN on a client of its own: a pooled one would be handed to transactions and released. A lost
 * connection is reported at once and replaced with back-off; notifications sent meanwhile are lost,
 * which is why the status is reported at all. A heartbeat notices a connection that died silently
 * (a network that drops packets sends no reset); it repeats the LISTEN, a no-op that leaves the
 * connection's query text naming its channel.
 */
export async function listenPostgres(
  url: string,
  channel: string,
  onMessage: (payload: string) => void,
  onStatus: (connected: boolean) => void,
  heartbeatMs: number,
): Promise<() => Promise<void>> {
  let stopped = false;
  let connected = false;
  let current: pg.Client | null = null;
  let retryMs = firstRetryMs;
  let retry: NodeJS.Timeout | undefined;
  let pending: Promise<void> = Promise.resolve();

  const attempt = async () => {
    // Timeouts, so that neither a connection attempt nor a heartbeat waits on a dead network.
    const client = new pg.Client({
      connectionString: url,
      keepAlive: true,
      connectionTimeoutMillis: heartbeatMs,
      query_timeout: heartbeatMs,
    });
    let lost = false;
    let heartbeat: NodeJS.Timeout | undefined;
    const onLost = () => {
      if (lost) return;
      lost = true;
      clearInterval(heartbeat);
      if (current === client) current = null;
      client.end().catch(() => undefined);
      if (stopped) return;
      if (connected) {
        connected = false;
        onStatus(false);
      }
      retry = setTimeout(() => {
        pending = attempt();
      }, retryMs);
      retry.unref(); // never the reason a process stays alive
      retryMs = Math.min(retryMs * 2, maxRetryMs);
    };
    client.on("error", onLost);
    client.on("end", onLost);
    client.on("notification", (n) => {
      if (n.channel === channel) onMessage(n.payload ?? "");
    });
    try {
      await client.connect();
      await client.query(`listen ${channel}`);
    } catch {
      onLost();
      return;
    }
    if (lost) return;
    if (stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    current = client;
    retryMs = firstRetryMs;
    connected = true;
    onStatus(true);
    heartbeat = setInterval(() => {
      client.query(`listen ${channel}`).catch(onLost);
    }, heartbeatMs);
    heartbeat.unref();
  };

  pending = attempt();
  await pending;
  return async () => {
    stopped = true;
    clearTimeout(retry);
    await pending; // an attempt under way ends its own client once it sees `stopped`
    const client = current;
    current = null;
    if (client) await client.end().catch(() => undefined);
  };
}
