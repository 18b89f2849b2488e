import type { SessionResponse } from "@ariadne/domain/admin/index.ts";

/**
 * The session kept on the device so that a reload without a network opens the app of the signed-in
 * user instead of a sign-in page they cannot pass offline (issue 15: outreach in the field). What is
 * kept: the session as the server last described it (who, role, permissions, its absolute end and
 * idle limit) — never its CSRF token — and the drafts key as a non-extractable WebCrypto key, which
 * scripts of this origin can use but not read as bytes. It opens only within the server's own
 * limits: before the session's absolute end and within its idle limit counted from the last answer
 * of the server; it is wiped at sign-out, at quick exit and whenever the server says the session has
 * ended. See docs/security.md, "Offline reload".
 */
export interface KeptSession {
  v: 1;
  session: Omit<SessionResponse, "csrfToken" | "draftKey">;
  key: CryptoKey;
  /** When the server last answered within this session (ms since the epoch). */
  lastContact: number;
}

/** Where the kept session lies: IndexedDB in the app, a variable in tests. */
export interface KeptSessionStore {
  get(): Promise<KeptSession | undefined>;
  put(kept: KeptSession): Promise<void>;
  clear(): Promise<void>;
}

/** Whether the kept session may open the app at `now`: the limits the server would apply. */
export function keptSessionUsable(kept: KeptSession, now: number): boolean {
  const end = Date.parse(kept.session.expiresAt);
  const idleEnd = kept.lastContact + kept.session.idleMinutes * 60_000;
  return kept.v === 1 && !Number.isNaN(end) && now < end && now < idleEnd;
}

/** Keeps the session just confirmed by the server, with its imported drafts key. */
export function keepSession(
  store: KeptSessionStore,
  { csrfToken: _, draftKey: __, ...session }: SessionResponse,
  key: CryptoKey,
  now: number,
): Promise<void> {
  return store.put({ v: 1, session, key, lastContact: now });
}

/**
 * The kept session for a reload that could not reach the server, or null (and wiped) when it is
 * past its limits. The CSRF token is empty: writes wait until the server confirms the session.
 */
export async function restoreSession(
  store: KeptSessionStore,
  now: number,
): Promise<{ session: SessionResponse; key: CryptoKey } | null> {
  const kept = await store.get();
  if (!kept) return null;
  if (!keptSessionUsable(kept, now)) {
    await store.clear();
    return null;
  }
  return { session: { ...kept.session, csrfToken: "", draftKey: "" }, key: kept.key };
}

/** Moves the kept session's last server contact forward (the idle clock, as the server's). */
export async function touchKeptSession(store: KeptSessionStore, now: number): Promise<void> {
  const kept = await store.get();
  if (kept && kept.lastContact < now) await store.put({ ...kept, lastContact: now });
}

const dbName = "ariadne-session";
const storeName = "session";
const recordKey = "current";

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(dbName, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(storeName);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function inStore<T>(mode: IDBTransactionMode, run: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await openDb();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(storeName, mode);
      const req = run(tx.objectStore(storeName));
      tx.oncomplete = () => resolve(req.result);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

/** The kept session in this browser's IndexedDB (a CryptoKey is stored as itself, still non-extractable). */
export const indexedDbSessionStore: KeptSessionStore = {
  get: () => inStore("readonly", (s) => s.get(recordKey) as IDBRequest<KeptSession | undefined>),
  put: async (kept) => {
    await inStore("readwrite", (s) => s.put(kept, recordKey));
  },
  clear: async () => {
    await inStore("readwrite", (s) => s.delete(recordKey));
  },
};

/**
 * Wipes the kept session (sign-out, quick exit); callers need not wait, restoring checks the limits
 * anyway, but quick exit does before it leaves the page.
 */
export function forgetKeptSession(store: KeptSessionStore = indexedDbSessionStore): Promise<void> {
  return store.clear().catch(() => {});
}
