import type { Writable } from "node:stream";
import type pg from "pg";

/**
 * Holds a client's socket writes so that sent statements go out with the next one in a single
 * write: BEGIN with the transaction's first statement, the audit entry with COMMIT, and on a read
 * lane the reads of one turn of the event loop. Every write wakes PostgreSQL and costs both sides a
 * system call; on this 2-core VM they were the largest share of the server's CPU per request.
 * Released at the latest on the next turn of the event loop. Made once connected: the socket is
 * the connection's (TLS replaces the first one).
 */
export function coalescedWrites(client: pg.Client) {
  const socket = (client as unknown as { connection: { stream: Writable } }).connection.stream;
  let held = false;
  const release = () => {
    if (!held) return;
    held = false;
    socket.uncork();
  };
  return {
    hold() {
      if (held) return;
      held = true;
      socket.cork();
      setImmediate(release);
    },
    release,
  };
}
