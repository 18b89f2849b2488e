import { VisitFields } from "@ariadne/domain/prevention/index.ts";
import { IDBFactory } from "fake-indexeddb";
import { afterEach, describe, expect, it, vi } from "vitest";
import { queuedVisits, queueVisit } from "../prevention/outreach-queue.ts";
import {
  type DraftStore,
  indexedDbDraftStore,
  moveWebStorageDrafts,
  type WebStorage,
  webStorageDraftStore,
} from "./draft-store.ts";
import { DraftVault, forgetDraftsOnQuickExit } from "./vault.ts";

/** localStorage as the earlier version of the app left it. */
class MemoryStorage implements WebStorage {
  readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.items.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.items.set(k, v);
  }
  removeItem(k: string) {
    this.items.delete(k);
  }
}

const user = "00000000-0000-4000-8000-00000000000a";
const key = Buffer.alloc(32, 7).toString("base64url");
const visitId = "6f1c2a4e-8b3d-4c5e-9f7a-1b2c3d4e5f60";
const visit = VisitFields.parse({
  title: "Berry farm",
  plannedOn: "2026-11-02",
  concerns: "Ionel sleeps in the barn",
});
const plainTexts = /Ionel|Berry farm|passport/;
const sealedText = async (store: DraftStore) => JSON.stringify([...(await store.all()).values()]);

/** What an earlier version left in localStorage: a queued visit and a half-typed note, sealed. */
async function leftInLocalStorage(): Promise<MemoryStorage> {
  const local = new MemoryStorage();
  const old = await DraftVault.open(user, key, webStorageDraftStore(local));
  queueVisit(old, { id: visitId, local: visit, server: null });
  old.set("note:case-1", { text: "Passport held by the employer" });
  await old.flush();
  old.close();
  local.setItem("ariadne.locale", "fi");
  return local;
}

describe("the drafts in IndexedDB", () => {
  it("moves a queued visit and a draft from localStorage on first load, sealed, and removes them there", async () => {
    const local = await leftInLocalStorage();
    expect([...local.items.keys()].filter((k) => k.startsWith("ariadne.draft."))).toHaveLength(2);
    const store = indexedDbDraftStore(new IDBFactory());

    expect(await moveWebStorageDrafts(local, store)).toBe(2);
    // Gone from localStorage (other settings stay); in IndexedDB only as ciphertext.
    expect([...local.items.keys()]).toEqual(["ariadne.locale"]);
    expect(await sealedText(store)).toContain('"iv"');
    expect(await sealedText(store)).not.toMatch(plainTexts);

    const vault = await DraftVault.open(user, key, store);
    expect(queuedVisits(vault)).toMatchObject([{ id: visitId, local: visit, baseVersion: null }]);
    expect(vault.get("note:case-1")).toEqual({ text: "Passport held by the employer" });
    // A second load finds nothing more to move and loses nothing.
    expect(await moveWebStorageDrafts(local, store)).toBe(0);
    expect([...(await store.all()).keys()].sort()).toEqual(["note:case-1", `outreach.visit.${visitId}`]);
  });

  it("keeps the IndexedDB copy when a move cut short left an older one in localStorage", async () => {
    const local = await leftInLocalStorage();
    const store = indexedDbDraftStore(new IDBFactory());
    await moveWebStorageDrafts(local, store);
    const vault = await DraftVault.open(user, key, store);
    vault.set("note:case-1", { text: "Typed after the move" });
    await vault.flush();
    // The earlier version's copy again in localStorage (say, the move stopped before removing it).
    const again = await leftInLocalStorage();
    await moveWebStorageDrafts(again, store);
    const reopened = await DraftVault.open(user, key, store);
    expect(reopened.get("note:case-1")).toEqual({ text: "Typed after the move" });
    expect(queuedVisits(reopened)).toHaveLength(1);
  });

  it("writes every change as ciphertext and removes a draft once it is discarded", async () => {
    const store = indexedDbDraftStore(new IDBFactory());
    const vault = await DraftVault.open(user, key, store);
    vault.set("note:case-2", { text: "Passport held by the employer" });
    await vault.flush();
    expect([...(await store.all()).keys()]).toEqual(["note:case-2"]);
    expect(await sealedText(store)).not.toMatch(plainTexts);
    vault.remove("note:case-2");
    await vault.flush();
    expect((await store.all()).size).toBe(0);
  });

  it("keeps only the queued field work at a quick exit, in either store", async () => {
    for (const store of [
      indexedDbDraftStore(new IDBFactory()),
      webStorageDraftStore(await leftInLocalStorage()),
    ]) {
      const vault = await DraftVault.open(user, key, store);
      queueVisit(vault, { id: visitId, local: visit, server: null });
      vault.set("note:case-1", { text: "Passport held by the employer" });
      await vault.flush();
      await forgetDraftsOnQuickExit(store);
      expect([...(await store.all()).keys()]).toEqual([`outreach.visit.${visitId}`]);
    }
  });
});

describe("this browser's store (deviceDraftStore)", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });
  /** The module afresh, as on a page load, with this browser's IndexedDB and localStorage. */
  async function pageLoad(indexedDb: unknown, local: MemoryStorage) {
    vi.resetModules();
    vi.stubGlobal("indexedDB", indexedDb);
    vi.stubGlobal("localStorage", local);
    return (await import("./device-drafts.ts")).deviceDraftStore();
  }

  it("is IndexedDB, into which the drafts an earlier version left in localStorage are moved", async () => {
    const local = await leftInLocalStorage();
    const idb = new IDBFactory();
    const store = await pageLoad(idb, local);
    expect([...local.items.keys()]).toEqual(["ariadne.locale"]);
    expect([...(await indexedDbDraftStore(idb).all()).keys()].sort()).toEqual([
      "note:case-1",
      `outreach.visit.${visitId}`,
    ]);
    const vault = await DraftVault.open(user, key, store);
    expect(vault.get("note:case-1")).toEqual({ text: "Passport held by the employer" });
  });

  it("stays localStorage, with every draft kept there, where IndexedDB cannot be opened", async () => {
    const local = await leftInLocalStorage();
    const refusing = {
      open() {
        throw new DOMException("IndexedDB is switched off", "InvalidStateError");
      },
    };
    const store = await pageLoad(refusing, local);
    expect([...local.items.keys()].filter((k) => k.startsWith("ariadne.draft."))).toHaveLength(2);
    const vault = await DraftVault.open(user, key, store);
    expect(queuedVisits(vault)).toMatchObject([{ id: visitId, local: visit }]);
    vault.set("note:case-2", { text: "Typed in a private window" });
    await vault.flush();
    expect(local.getItem("ariadne.draft.note:case-2")).toContain('"iv"');
  });
});
