/**
 * Where the drafts vault keeps its sealed drafts (AES-GCM ciphertext, never plain text): IndexedDB
 * on the device (issue 15: "drafts and queued changes kept on the device encrypted"), or Web Storage
 * where a browser offers no IndexedDB (the place drafts lay before, and still the fallback).
 */

/** One draft as it lies on the device: sealed under the user's drafts key. */
export interface SealedDraft {
  v: 1;
  /** A hash of the user's id, so another user's drafts can be told apart without a key. */
  owner: string;
  iv: string;
  data: string;
}

export interface DraftStore {
  /** Every sealed draft on the device, by name. */
  all(): Promise<Map<string, SealedDraft>>;
  put(name: string, sealed: SealedDraft): Promise<void>;
  /** Puts each draft not on the device yet, in one go (a move from another store). */
  putMissing(drafts: ReadonlyMap<string, SealedDraft>): Promise<void>;
  remove(names: readonly string[]): Promise<void>;
}

const isSealed = (value: unknown): value is SealedDraft =>
  typeof value === "object" &&
  value !== null &&
  (value as SealedDraft).v === 1 &&
  typeof (value as SealedDraft).owner === "string" &&
  typeof (value as SealedDraft).iv === "string" &&
  typeof (value as SealedDraft).data === "string";

const dbName = "ariadne-drafts";
const storeName = "drafts";

/** The sealed drafts in IndexedDB (`ariadne-drafts`), one record per draft, keyed by its name. */
export function indexedDbDraftStore(factory: IDBFactory = indexedDB): DraftStore {
  let connection: Promise<IDBDatabase> | null = null;
  const open = () => {
    connection ??= new Promise<IDBDatabase>((resolve, reject) => {
      const req = factory.open(dbName, 1);
      req.onupgradeneeded = () => req.result.createObjectStore(storeName);
      req.onsuccess = () => {
        const db = req.result;
        // Another tab deleting or upgrading the database: let it, and open again when next needed.
        db.onversionchange = () => {
          db.close();
          connection = null;
        };
        resolve(db);
      };
      req.onerror = () => {
        connection = null;
        reject(req.error);
      };
      req.onblocked = () => {
        connection = null;
        reject(new Error("the drafts database is blocked"));
      };
    });
    return connection;
  };
  const inStore = async (mode: IDBTransactionMode, run: (store: IDBObjectStore) => void) => {
    const db = await open();
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(storeName, mode);
      run(tx.objectStore(storeName));
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error ?? new Error("aborted"));
    });
  };
  return {
    async all() {
      const found = new Map<string, SealedDraft>();
      await inStore("readonly", (store) => {
        const cursor = store.openCursor();
        cursor.onsuccess = () => {
          const at = cursor.result;
          if (!at) return;
          if (typeof at.key === "string" && isSealed(at.value)) found.set(at.key, at.value);
          at.continue();
        };
      });
      return found;
    },
    put: (name, sealed) => inStore("readwrite", (store) => void store.put(sealed, name)),
    putMissing: (drafts) =>
      inStore("readwrite", (store) => {
        for (const [name, sealed] of drafts) {
          const there = store.count(name);
          there.onsuccess = () => {
            if (there.result === 0) store.put(sealed, name);
          };
        }
      }),
    remove: async (names) => {
      if (names.length === 0) return;
      await inStore("readwrite", (store) => {
        for (const name of names) store.delete(name);
      });
    },
  };
}

/** The part of the Web Storage API drafts used (localStorage in the app, a map in tests). */
export interface WebStorage {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const webPrefix = "ariadne.draft.";

function webNames(storage: WebStorage): string[] {
  const names: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(webPrefix)) names.push(key.slice(webPrefix.length));
  }
  return names;
}

/** The sealed drafts in Web Storage under `ariadne.draft.<name>`, as JSON. */
export function webStorageDraftStore(storage: WebStorage): DraftStore {
  const put = (name: string, sealed: SealedDraft) =>
    storage.setItem(webPrefix + name, JSON.stringify(sealed));
  return {
    async all() {
      const found = new Map<string, SealedDraft>();
      for (const name of webNames(storage)) {
        try {
          const value: unknown = JSON.parse(storage.getItem(webPrefix + name) ?? "");
          if (isSealed(value)) found.set(name, value);
        } catch {
          // Not a sealed draft (a broken write): the vault cannot open it either way.
        }
      }
      return found;
    },
    put: async (name, sealed) => put(name, sealed),
    putMissing: async (drafts) => {
      for (const [name, sealed] of drafts) if (storage.getItem(webPrefix + name) === null) put(name, sealed);
    },
    remove: async (names) => {
      for (const name of names) storage.removeItem(webPrefix + name);
    },
  };
}

/**
 * Moves the drafts an earlier version of the app left in Web Storage into `to`, as they are (still
 * sealed: no key is needed), and only then removes them from Web Storage, so that a move cut short
 * loses nothing; a draft already in `to` is the newer one and stays. Returns how many were moved.
 */
export async function moveWebStorageDrafts(from: WebStorage, to: DraftStore): Promise<number> {
  const names = webNames(from);
  if (names.length === 0) return 0;
  const sealed = await webStorageDraftStore(from).all();
  await to.putMissing(sealed);
  for (const name of names) from.removeItem(webPrefix + name);
  return sealed.size;
}
