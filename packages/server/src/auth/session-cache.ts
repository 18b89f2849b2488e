import { adminDb, type Database } from "@ariadne/db";

type SessionRow = adminDb.SessionRow;

/** Migration 0011 notifies this channel with a user's id when their sessions or their row change. */
export const sessionChannel = "ariadne_sessions";

export interface SessionCacheOptions {
  /** How long a found session is trusted without asking the database again. */
  ttlMs?: number;
  maxEntries?: number;
  /** A monotonic clock for the entries' age (wall-clock time is for the sessions' own expiry). */
  clock?: () => number;
}

interface Entry {
  row: SessionRow;
  storedAt: number;
}

// app_find_session moves last_seen_at only when it is older than this (migration 0001).
const lastSeenStepMs = 60_000;

/**
 * Found sessions by token hash, kept only while the database's change notices can reach this
 * process: without them another process's sign-out would go unseen, so while the listener is
 * disconnected every request asks the database.
 */
export class SessionCache {
  readonly #db: Database;
  readonly #ttlMs: number;
  readonly #maxEntries: number;
  readonly #clock: () => number;
  readonly #entries = new Map<string, Entry>();
  #listening = false;
  #generation = 0;
  #stop: Promise<() => Promise<void>> | null = null;

  constructor(db: Database, options: SessionCacheOptions = {}) {
    this.#db = db;
    this.#ttlMs = options.ttlMs ?? 30_000;
    this.#maxEntries = options.maxEntries ?? 10_000;
    this.#clock = options.clock ?? (() => performance.now());
  }

  /** Starts listening for change notices; caching begins once the listener is connected. */
  start(): Promise<void> {
    this.#stop ??= this.#db.listen(
      sessionChannel,
      (userId) => this.forgetUser(userId),
      (connected) => this.#setListening(connected),
    );
    return this.#stop.then(() => undefined);
  }

  async stop(): Promise<void> {
    const stop = this.#stop;
    this.#stop = null;
    this.#setListening(false);
    if (stop) await (await stop)();
  }

  get listening(): boolean {
    return this.#listening;
  }

  get size(): number {
    return this.#entries.size;
  }

  /** Counts every forgetting; a lookup that overlapped one is not kept, as it may predate it. */
  get generation(): number {
    return this.#generation;
  }

  has(tokenHash: string): boolean {
    return this.#fresh(tokenHash) !== null;
  }

  /** The session with its user, as `adminDb.findSession` answers; expiry is the caller's to check. */
  async find(tokenHash: string): Promise<SessionRow | null> {
    const cached = this.#fresh(tokenHash);
    if (cached) return cached.row;
    const generation = this.#generation;
    const row = await adminDb.findSession(this.#db, tokenHash);
    if (row && this.#listening && generation === this.#generation) this.#store(tokenHash, row);
    return row;
  }

  forgetToken(tokenHash: string): void {
    this.#generation++;
    this.#entries.delete(tokenHash);
  }

  forgetUser(userId: string): void {
    this.#generation++;
    for (const [hash, entry] of this.#entries) {
      if (entry.row.user_id === userId) this.#entries.delete(hash);
    }
  }

  #setListening(connected: boolean) {
    // Cleared on both edges: notices sent while disconnected are lost for good.
    this.#generation++;
    this.#entries.clear();
    this.#listening = connected;
  }

  #fresh(tokenHash: string): Entry | null {
    const entry = this.#entries.get(tokenHash);
    if (!entry || !this.#listening) return null;
    if (this.#clock() - entry.storedAt > this.#ttlMs) {
      this.#entries.delete(tokenHash);
      return null;
    }
    return entry;
  }

  #store(tokenHash: string, found: SessionRow) {
    // The lookup that found it moved the idle deadline in the database when it was a minute old;
    // the copy must say so too, or its next use would end a session the database keeps alive.
    const now = Date.now();
    const row =
      found.last_seen_at.getTime() < now - lastSeenStepMs ? { ...found, last_seen_at: new Date(now) } : found;
    this.#entries.delete(tokenHash);
    this.#entries.set(tokenHash, { row, storedAt: this.#clock() });
    if (this.#entries.size > this.#maxEntries) {
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
  }
}
