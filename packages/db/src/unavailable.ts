/**
 * The database cannot serve the request now, though the request itself may be fine: the server is
 * restarting or unreachable, no connection came free in time, or the disk is full. The HTTP layer
 * answers it with 503 and Retry-After; the client may try again.
 */
export class DatabaseUnavailableError extends Error {
  /** The SQLSTATE or socket error code of the cause, when it had one. */
  readonly code: string | undefined;
  constructor(reason: string, options: { cause: unknown; code?: string | undefined }) {
    super(reason, { cause: options.cause });
    this.name = "DatabaseUnavailableError";
    this.code = options.code;
  }
}

const socketCodes = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENOTFOUND",
]);
// node-postgres reports a connection it lost, or could not get in time, without any code: its
// message is all there is to tell these from an error in the statement.
const unavailableMessages =
  /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection ended unexpectedly|Client was closed and is not queryable|Query read timeout)/;

/** Why the database is unavailable, or null when `err` is an ordinary failure of the statement. */
function unavailableReason(err: unknown): { reason: string; code: string | undefined } | null {
  if (!(err instanceof Error)) return null;
  const raw = (err as { code?: unknown }).code;
  const code = typeof raw === "string" ? raw : undefined;
  if (code) {
    // SQLSTATE class 08: connection exception; 57P01–57P03: shut down, crashed, starting up.
    if (code.startsWith("08") || /^57P0[1-3]$/.test(code))
      return { reason: "database connection lost", code };
    // Class 53: insufficient resources (disk full, out of memory, too many connections).
    if (code === "53100") return { reason: "database disk is full", code };
    if (code.startsWith("53")) return { reason: "database is out of resources", code };
    if (socketCodes.has(code)) return { reason: "database unreachable", code };
  }
  if (unavailableMessages.test(err.message)) return { reason: "database connection lost", code };
  if (/No space left on device|ENOSPC/.test(err.message))
    return { reason: "database disk is full", code: "53100" };
  return null;
}

/** `err` as a DatabaseUnavailableError when it says the database is unavailable; else unchanged. */
export function classifyDatabaseError(err: unknown): unknown {
  if (err instanceof DatabaseUnavailableError) return err;
  const why = unavailableReason(err);
  return why ? new DatabaseUnavailableError(why.reason, { cause: err, code: why.code }) : err;
}
