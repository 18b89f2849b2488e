/**
 * Unsent drafts kept on the device, encrypted (AES-256-GCM, WebCrypto) with the signed-in user's
 * draft key, so that nothing typed is lost when a session ends: the page, a reload or the next
 * sign-in finds them again. The key comes with the session and lives in memory only; what lies in
 * the device's store (IndexedDB, `draft-store.ts`) is unreadable without signing in as the same user. Drafts of another user are removed
 * when someone else signs in on this browser.
 */

import type { DraftStore, SealedDraft } from "./draft-store.ts";

const b64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const unb64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
const unb64url = (text: string) => unb64(text.replace(/-/g, "+").replace(/_/g, "/"));
const encoder = new TextEncoder();

async function ownerOf(userId: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", encoder.encode(`ariadne:${userId}`)));
  return [...digest.slice(0, 16)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

export class DraftVault {
  private readonly writes = new Map<string, Promise<void>>();
  /** Drafts whose last write the device's store refused (full, or storage taken away). */
  private readonly notKept = new Set<string>();
  private readonly listeners = new Set<() => void>();
  /** The last answer of `restoredUnsent()`, given again while it holds (a stable snapshot). */
  private unsent: readonly string[];
  private closed = false;

  private constructor(
    private readonly key: CryptoKey,
    private readonly owner: string,
    private readonly store: DraftStore,
    private readonly values: Map<string, unknown>,
    /** The drafts found on the device when the vault opened: unsent work from an earlier session. */
    readonly restored: readonly string[],
  ) {
    this.unsent = restored;
  }

  /** Opens the vault of `userId`: removes other users' drafts, decrypts this user's. */
  static async open(userId: string, draftKey: string, store: DraftStore): Promise<DraftVault> {
    return DraftVault.openWithKey(userId, await DraftVault.importKey(draftKey), store);
  }

  /** The session's draft key as a WebCrypto key that no script can read back as bytes. */
  static importKey(draftKey: string): Promise<CryptoKey> {
    return crypto.subtle.importKey("raw", unb64url(draftKey), "AES-GCM", false, ["encrypt", "decrypt"]);
  }

  /** Opens the vault with a key already imported (kept for a reload without a network). */
  static async openWithKey(userId: string, key: CryptoKey, store: DraftStore): Promise<DraftVault> {
    const owner = await ownerOf(userId);
    const values = new Map<string, unknown>();
    const unreadable: string[] = [];
    for (const [name, sealed] of await store.all()) {
      try {
        if (sealed.owner !== owner) throw new Error("another user's draft");
        const plain = await crypto.subtle.decrypt(
          { name: "AES-GCM", iv: unb64(sealed.iv), additionalData: encoder.encode(`${owner}:${name}`) },
          key,
          unb64(sealed.data),
        );
        values.set(name, JSON.parse(new TextDecoder().decode(plain)));
      } catch {
        // Another user's, or sealed under a key that no longer opens it (a rotated master key).
        unreadable.push(name);
      }
    }
    await store.remove(unreadable);
    return new DraftVault(key, owner, store, values, [...values.keys()].sort());
  }

  get(name: string): unknown {
    return this.values.get(name);
  }

  /**
   * The drafts found on the device when the vault opened (`restored`) that are still held: one
   * sent or discarded since is no longer unsent work, and no notice should still offer it. The same
   * array comes back until the list changes, so a screen can take it as its snapshot.
   */
  restoredUnsent(): readonly string[] {
    const now = this.restored.filter((name) => this.values.has(name));
    if (now.length !== this.unsent.length || now.some((name, i) => name !== this.unsent[i]))
      this.unsent = now;
    return this.unsent;
  }

  /** The names of the drafts held now that start with `prefix` (e.g. the queued changes of a module). */
  names(prefix: string): string[] {
    return [...this.values.keys()].filter((n) => n.startsWith(prefix)).sort();
  }

  /** Keeps `value` as the draft `name`, encrypted on the device (writes of one draft in order). */
  set(name: string, value: unknown): void {
    if (this.closed) return;
    const added = !this.values.has(name);
    this.values.set(name, value);
    this.persist(name);
    if (added) this.notify();
  }

  /** Sets one field of an object draft; the draft goes once its last field is unset. */
  setField(name: string, field: string, value: unknown): void {
    const current = this.values.get(name);
    const next: Record<string, unknown> =
      current && typeof current === "object" ? { ...(current as Record<string, unknown>) } : {};
    if (value === undefined) delete next[field];
    else next[field] = value;
    if (Object.keys(next).length === 0) this.remove(name);
    else this.set(name, next);
  }

  remove(name: string): void {
    if (!this.values.has(name)) return;
    this.values.delete(name);
    this.persist(name);
    this.notify();
  }

  /**
   * How many drafts live only in this page because the device refused to keep them: the user must
   * hear it, since a reload or a lost session would then lose what they typed.
   */
  notKeptCount(): number {
    return this.notKept.size;
  }

  /**
   * Calls `listener` whenever what the vault answers may have changed: a draft added or removed
   * (`restoredUnsent()`, `names()`), or kept or refused by the device (`notKeptCount()`); returns
   * the unsubscribe. A listener hears changes it does not show, so what it reads must compare equal
   * (`Object.is`) while its part is unchanged, as `useSyncExternalStore` requires of a snapshot.
   */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves once every write so far is in storage. */
  async flush(): Promise<void> {
    await Promise.all(this.writes.values());
  }

  /** Forgets the key and the plain values (the session ended); storage keeps the sealed drafts. */
  close(): void {
    this.closed = true;
    this.values.clear();
  }

  private persist(name: string) {
    const previous = this.writes.get(name) ?? Promise.resolve();
    const next = previous
      .then(() => this.write(name))
      // A removal that failed loses nothing typed: only a value still held counts as not kept.
      .then(
        () => this.markKept(name, true),
        () => this.markKept(name, !this.values.has(name)),
      );
    this.writes.set(name, next);
  }

  private markKept(name: string, kept: boolean) {
    if (kept === !this.notKept.has(name)) return;
    if (kept) this.notKept.delete(name);
    else this.notKept.add(name);
    this.notify();
  }

  private notify() {
    for (const listener of this.listeners) listener();
  }

  private async write(name: string) {
    if (!this.values.has(name)) {
      await this.store.remove([name]);
      return;
    }
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const data = new Uint8Array(
      await crypto.subtle.encrypt(
        { name: "AES-GCM", iv, additionalData: encoder.encode(`${this.owner}:${name}`) },
        this.key,
        encoder.encode(JSON.stringify(this.values.get(name))),
      ),
    );
    // A later change or removal of the same draft may have come while this one was encrypting.
    if (!this.values.has(name)) return;
    const sealed: SealedDraft = { v: 1, owner: this.owner, iv: b64(iv), data: b64(data) };
    await this.store.put(name, sealed);
  }
}

/**
 * Drafts that are queued field work rather than a form being typed (issue 15: the outreach queue,
 * under `outreach.`): the only trace of a visit logged without a network, so a quick exit keeps them.
 */
export const fieldWorkPrefix = "outreach.";

/** Removes every draft on this device (sign-in of another user, tests). */
export async function forgetAllDrafts(store: DraftStore): Promise<void> {
  await store.remove([...(await store.all()).keys()]);
}

/**
 * Quick exit: every draft goes except queued field work, which stays sealed under the user's
 * drafts key: that key is derived on the server and reaches the browser only inside a signed-in
 * session, and quick exit forgets the copy kept for offline reloads, so the queue is readable (and
 * sent) only in a session of the same user.
 */
export async function forgetDraftsOnQuickExit(store: DraftStore): Promise<void> {
  await store.remove([...(await store.all()).keys()].filter((name) => !name.startsWith(fieldWorkPrefix)));
}
