import { IDBFactory } from "fake-indexeddb";
import { describe, expect, it } from "vitest";
import { type DraftStore, indexedDbDraftStore } from "./draft-store.ts";
import { DraftVault } from "./vault.ts";

/** A fresh IndexedDB for each test: the vault's store as the app uses it. */
const aStore = (): DraftStore => indexedDbDraftStore(new IDBFactory());
const stored = async (store: DraftStore) => await store.all();

const keyOf = (seed: number) => Buffer.alloc(32, seed).toString("base64url");
const alice = "00000000-0000-4000-8000-00000000000a";
const bob = "00000000-0000-4000-8000-00000000000b";

/**
 * What a screen showing `read()` renders, as `useSyncExternalStore` does: on each call of the
 * vault's listeners it reads again, and renders only a value that is not `Object.is` the last one.
 */
function rendered<T>(vault: DraftVault, read: () => T): { values: T[]; unsubscribe: () => void } {
  const values: T[] = [];
  let last = read();
  const unsubscribe = vault.subscribe(() => {
    const now = read();
    if (Object.is(now, last)) return;
    last = now;
    values.push(now);
  });
  return { values, unsubscribe };
}

describe("DraftVault", () => {
  it("keeps a draft encrypted on the device and gives it back at the next opening", async () => {
    const storage = aStore();
    const first = await DraftVault.open(alice, keyOf(1), storage);
    first.set("note:case-1", { text: "Met at the car wash; passport held by the employer" });
    await first.flush();
    first.close();
    const sealed = JSON.stringify([...(await stored(storage)).values()]);
    expect(sealed).toContain('"iv"');
    expect(sealed).not.toContain("passport");

    const again = await DraftVault.open(alice, keyOf(1), storage);
    expect(again.restored).toEqual(["note:case-1"]);
    expect(again.get("note:case-1")).toEqual({ text: "Met at the car wash; passport held by the employer" });
  });

  it("removes another user's drafts when someone else opens the vault on this device", async () => {
    const storage = aStore();
    const a = await DraftVault.open(alice, keyOf(1), storage);
    a.set("screening", { answers: { x: 1 } });
    await a.flush();
    const b = await DraftVault.open(bob, keyOf(2), storage);
    expect(b.restored).toEqual([]);
    expect((await stored(storage)).size).toBe(0);
  });

  it("drops a draft sealed under a key that no longer opens it", async () => {
    const storage = aStore();
    const a = await DraftVault.open(alice, keyOf(1), storage);
    a.set("case:new", { givenName: "A" });
    await a.flush();
    const rotated = await DraftVault.open(alice, keyOf(9), storage);
    expect(rotated.get("case:new")).toBeUndefined();
    expect((await stored(storage)).size).toBe(0);
  });

  it("sets fields one by one and removes the draft with its last field", async () => {
    const storage = aStore();
    const v = await DraftVault.open(alice, keyOf(1), storage);
    v.setField("case:new", "givenName", "Ana");
    v.setField("case:new", "phone", "+358 40 000");
    v.setField("case:new", "givenName", undefined);
    expect(v.get("case:new")).toEqual({ phone: "+358 40 000" });
    v.setField("case:new", "phone", undefined);
    await v.flush();
    expect(v.get("case:new")).toBeUndefined();
    expect((await stored(storage)).size).toBe(0);
  });

  it("writes one draft's changes in order, the last one winning", async () => {
    const storage = aStore();
    const v = await DraftVault.open(alice, keyOf(1), storage);
    for (let i = 0; i < 20; i++) v.set("note:c", { text: `version ${i}` });
    await v.flush();
    const again = await DraftVault.open(alice, keyOf(1), storage);
    expect(again.get("note:c")).toEqual({ text: "version 19" });
  });

  it("counts a draft the device refused to keep, tells its listeners, and clears it once a write succeeds", async () => {
    const inner = aStore();
    let full = false;
    // A store that refuses writes while `full`, as IndexedDB does when the quota is exceeded.
    const storage: DraftStore = {
      ...inner,
      put: (name, sealed) =>
        full ? Promise.reject(new DOMException("quota", "QuotaExceededError")) : inner.put(name, sealed),
    };
    const v = await DraftVault.open(alice, keyOf(1), storage);
    const warning = rendered(v, () => v.notKeptCount());

    full = true;
    v.set("note:c", { text: "Lives above the workshop" });
    v.set("screening", { answers: { x: 1 } });
    await v.flush();
    expect(v.notKeptCount()).toBe(2);
    expect(v.get("note:c")).toEqual({ text: "Lives above the workshop" });

    full = false;
    v.set("note:c", { text: "Lives above the workshop, second floor" });
    v.remove("screening"); // sent: nothing of it is left to lose
    await v.flush();
    expect(v.notKeptCount()).toBe(0);
    expect(warning.values).toEqual([1, 2, 1, 0]);
    expect((await DraftVault.open(alice, keyOf(1), inner)).get("note:c")).toEqual({
      text: "Lives above the workshop, second floor",
    });
    warning.unsubscribe();
  });

  it("no longer counts a restored draft as unsent once it is sent or discarded, and says so to its listeners", async () => {
    const storage = aStore();
    const first = await DraftVault.open(alice, keyOf(1), storage);
    first.set("screening", { profiles: ["adult_labour"] });
    first.set("note:case-1", { text: "Lives above the workshop" });
    await first.flush();
    first.close();

    const again = await DraftVault.open(alice, keyOf(1), storage);
    expect(again.restoredUnsent()).toEqual(["note:case-1", "screening"]);
    const notice = rendered(again, () => again.restoredUnsent());
    again.remove("screening");
    expect(again.restoredUnsent()).toEqual(["note:case-1"]);
    expect(notice.values).toEqual([["note:case-1"]]);
    again.setField("note:case-1", "text", undefined);
    expect(again.restoredUnsent()).toEqual([]);
    expect(notice.values).toEqual([["note:case-1"], []]);
    await again.flush();
    expect((await stored(storage)).size).toBe(0);
  });

  it("tells one set of listeners of every change, each seeing a new value only when its own part changed", async () => {
    const inner = aStore();
    let full = false;
    const storage: DraftStore = {
      ...inner,
      put: (name, sealed) =>
        full ? Promise.reject(new DOMException("quota", "QuotaExceededError")) : inner.put(name, sealed),
    };
    const first = await DraftVault.open(alice, keyOf(1), storage);
    first.set("note:case-1", { text: "Lives above the workshop" });
    await first.flush();
    const v = await DraftVault.open(alice, keyOf(1), storage);
    const notice = rendered(v, () => v.restoredUnsent());
    const warning = rendered(v, () => v.notKeptCount());
    let calls = 0;
    v.subscribe(() => calls++);

    // Typing on: neither the notice nor the warning has anything new to show.
    for (let i = 0; i < 5; i++) v.setField("note:case-1", "text", `Lives above the workshop, floor ${i}`);
    v.setField("case:new", "givenName", "Ana");
    await v.flush();
    expect(v.restoredUnsent()).toBe(v.restoredUnsent());
    expect(notice.values).toEqual([]);
    expect(warning.values).toEqual([]);
    expect(calls).toBe(1); // a draft was added

    // The device refuses a write: the warning shows it, the notice has nothing new.
    full = true;
    v.setField("case:new", "givenName", "Anna");
    await v.flush();
    expect(warning.values).toEqual([1]);
    expect(notice.values).toEqual([]);

    // The restored note is sent: the notice shows it, the warning has nothing new.
    v.remove("note:case-1");
    expect(notice.values).toEqual([[]]);
    expect(warning.values).toEqual([1]);
    notice.unsubscribe();
    warning.unsubscribe();
  });
});
