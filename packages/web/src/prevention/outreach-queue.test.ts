import {
  type Visit,
  type VisitFields,
  VisitFields as VisitSchema,
} from "@ariadne/domain/prevention/index.ts";
import { IDBFactory } from "fake-indexeddb";
import { describe, expect, it } from "vitest";
import { ApiFailure } from "../api/client.ts";
import { indexedDbDraftStore } from "../drafts/draft-store.ts";
import { DraftVault, forgetDraftsOnQuickExit } from "../drafts/vault.ts";
import type { OutreachApi } from "./outreach-api.ts";
import { queuedVisits, queueVisit, replayQueue, resolveQueued } from "./outreach-queue.ts";

/** A fresh IndexedDB for each test: the vault's store as the app uses it. */
const aStore = () => indexedDbDraftStore(new IDBFactory());

const user = "00000000-0000-4000-8000-00000000000a";
const key = Buffer.alloc(32, 7).toString("base64url");
const id = "6f1c2a4e-8b3d-4c5e-9f7a-1b2c3d4e5f60";
const fields = (o: Partial<VisitFields> = {}) =>
  VisitSchema.parse({ title: "Berry farm", plannedOn: "2026-11-02", ...o });

/** A server as the queue meets it: versions, Idempotency-Keys, 409 with the current visit. */
function fakeServer() {
  const visits = new Map<string, Visit>();
  const keys = new Map<string, Visit>();
  let online = false;
  let loseNextAnswer = false;
  const calls: string[] = [];
  const stamp = (f: VisitFields, version: number): Visit => ({
    ...f,
    id,
    municipalityId: user,
    version,
    createdAt: "2026-11-02T10:00:00Z",
    updatedAt: "2026-11-02T10:00:00Z",
  });
  const answer = (v: Visit) => {
    if (loseNextAnswer) {
      loseNextAnswer = false;
      throw new ApiFailure(0, "network", "network error");
    }
    return v;
  };
  const api: OutreachApi = {
    async create(body, idempotencyKey) {
      calls.push(`POST ${idempotencyKey}`);
      if (!online) throw new ApiFailure(0, "network", "network error");
      const known = keys.get(idempotencyKey);
      if (known) return known;
      const { id: _id, ...f } = body as VisitFields & { id: string };
      const v = stamp(f, 1);
      visits.set(id, v);
      keys.set(idempotencyKey, v);
      return answer(v);
    },
    async update(visitId, body) {
      calls.push("PATCH");
      if (!online) throw new ApiFailure(0, "network", "network error");
      const { version, ...patch } = body as { version: number } & Partial<VisitFields>;
      const current = visits.get(visitId)!;
      if (current.version !== version) throw new ApiFailure(409, "conflict", "changed", [], current);
      const next = stamp({ ...current, ...patch } as VisitFields, version + 1);
      visits.set(visitId, next);
      return answer(next);
    },
  };
  return {
    api,
    visits,
    calls,
    setOnline: (v: boolean) => {
      online = v;
    },
    loseNextAnswer: () => {
      loseNextAnswer = true;
    },
  };
}

describe("the outreach queue", () => {
  it("keeps a visit logged offline encrypted on the device, and sends it once when the network returns", async () => {
    const storage = aStore();
    const server = fakeServer();
    let vault = await DraftVault.open(user, key, storage);
    queueVisit(vault, { id, local: fields({ concerns: "Ionel sleeps in the barn" }), server: null });
    expect(await replayQueue(vault, server.api)).toMatchObject({ offline: 1, sent: 0 });
    await vault.flush();
    const sealed = JSON.stringify([...(await storage.all()).values()]);
    expect(sealed).toContain('"iv"');
    expect(sealed).not.toContain("Ionel");
    expect(sealed).not.toContain("Berry");

    // The page is reloaded (the vault opens again); the network returns; the answer is lost once.
    vault.close();
    vault = await DraftVault.open(user, key, storage);
    server.setOnline(true);
    server.loseNextAnswer();
    expect(await replayQueue(vault, server.api)).toMatchObject({ offline: 1 });
    expect(await replayQueue(vault, server.api)).toMatchObject({ sent: 1 });
    expect(server.visits.size).toBe(1);
    expect(server.visits.get(id)?.concerns).toBe("Ionel sleeps in the barn");
    // Every attempt carried the same key: the server made the visit once.
    expect(new Set(server.calls)).toEqual(new Set([server.calls[0]]));
    expect(queuedVisits(vault)).toEqual([]);
  });

  it("merges a change made offline with the server's meanwhile, and holds a real conflict for the user", async () => {
    const storage = aStore();
    const server = fakeServer();
    server.setOnline(true);
    const vault = await DraftVault.open(user, key, storage);
    queueVisit(vault, { id, local: fields(), server: null });
    await replayQueue(vault, server.api);
    const seen = server.visits.get(id)!;
    // Another device changes the visit while this one is offline.
    await server.api.update(id, { version: 1, conversations: 5, notes: "From the other phone" });
    queueVisit(vault, {
      id,
      local: { ...fields(), materialsHandedOut: 20, notes: "From this phone" },
      server: seen,
    });
    expect(await replayQueue(vault, server.api)).toMatchObject({ conflict: 1 });
    const [waiting] = queuedVisits(vault);
    expect(waiting?.conflict?.conflicts.map((c) => c.path)).toEqual(["notes"]);
    resolveQueued(vault, id, { notes: "mine" });
    expect(await replayQueue(vault, server.api)).toMatchObject({ sent: 1 });
    expect(server.visits.get(id)).toMatchObject({
      version: 3,
      conversations: 5,
      materialsHandedOut: 20,
      notes: "From this phone",
    });
  });

  it("keeps a queued visit through a quick exit, sealed, and sends it once the worker signs in again", async () => {
    const storage = aStore();
    const server = fakeServer();
    const vault = await DraftVault.open(user, key, storage);
    queueVisit(vault, { id, local: fields({ concerns: "Ionel sleeps in the barn" }), server: null });
    vault.set("note:case-1", { text: "Half-typed note about Ionel" });
    expect(await replayQueue(vault, server.api)).toMatchObject({ offline: 1 });
    await vault.flush();

    // Quick exit: the page and its key are gone; what stays is the queue, still only ciphertext.
    await forgetDraftsOnQuickExit(storage);
    vault.close();
    const left = await storage.all();
    expect([...left.keys()]).toEqual([`outreach.visit.${id}`]);
    expect(JSON.stringify([...left.values()])).not.toContain("Ionel");

    // Signed in again (the server hands the same user's drafts key): the visit is there and sent once.
    const again = await DraftVault.open(user, key, storage);
    expect(again.get("note:case-1")).toBeUndefined();
    expect(queuedVisits(again).map((q) => q.id)).toEqual([id]);
    server.setOnline(true);
    expect(await replayQueue(again, server.api)).toMatchObject({ sent: 1 });
    expect(server.visits.get(id)?.concerns).toBe("Ionel sleeps in the barn");
    expect(queuedVisits(again)).toEqual([]);
  });
});
