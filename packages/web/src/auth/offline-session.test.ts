import type { SessionResponse } from "@ariadne/domain/admin/index.ts";
import { describe, expect, it } from "vitest";
import {
  type KeptSession,
  type KeptSessionStore,
  keepSession,
  keptSessionUsable,
  restoreSession,
  touchKeptSession,
} from "./offline-session.ts";

class MemoryStore implements KeptSessionStore {
  kept: KeptSession | undefined;
  async get() {
    return this.kept;
  }
  async put(k: KeptSession) {
    this.kept = k;
  }
  async clear() {
    this.kept = undefined;
  }
}

const t0 = Date.parse("2026-12-05T08:00:00Z");
const minute = 60_000;
const aSession = (over: Partial<SessionResponse> = {}): SessionResponse => ({
  user: { id: "00000000-0000-4000-8000-00000000000a" } as SessionResponse["user"],
  csrfToken: "csrf-secret",
  expiresAt: new Date(t0 + 8 * 60 * minute).toISOString(),
  idleMinutes: 30,
  draftKey: Buffer.alloc(32, 7).toString("base64url"),
  ...over,
});
const aKey = () =>
  crypto.subtle.importKey("raw", new Uint8Array(32), "AES-GCM", false, ["encrypt", "decrypt"]);

describe("the session kept for a reload without a network", () => {
  it("keeps neither the CSRF token nor the drafts key's bytes, only a key that cannot be exported", async () => {
    const store = new MemoryStore();
    await keepSession(store, aSession(), await aKey(), t0);
    expect(JSON.stringify(store.kept)).not.toContain("csrf-secret");
    expect(JSON.stringify(store.kept)).not.toContain(aSession().draftKey);
    expect(store.kept?.key.extractable).toBe(false);
    const restored = await restoreSession(store, t0 + minute);
    expect(restored?.session.csrfToken).toBe("");
    expect(restored?.session.user.id).toBe(aSession().user.id);
  });

  it("opens only within the idle limit counted from the server's last answer, as the server counts", async () => {
    const store = new MemoryStore();
    await keepSession(store, aSession(), await aKey(), t0);
    expect(keptSessionUsable(store.kept!, t0 + 29 * minute)).toBe(true);
    expect(keptSessionUsable(store.kept!, t0 + 30 * minute)).toBe(false);
    await touchKeptSession(store, t0 + 20 * minute);
    expect(keptSessionUsable(store.kept!, t0 + 45 * minute)).toBe(true);
    // A touch from the past never moves the clock back.
    await touchKeptSession(store, t0);
    expect(store.kept!.lastContact).toBe(t0 + 20 * minute);
  });

  it("never opens after the session's absolute end, and is wiped when asked past a limit", async () => {
    const store = new MemoryStore();
    await keepSession(
      store,
      aSession({ expiresAt: new Date(t0 + 10 * minute).toISOString() }),
      await aKey(),
      t0,
    );
    expect(await restoreSession(store, t0 + 10 * minute)).toBeNull();
    expect(store.kept).toBeUndefined();
    expect(await restoreSession(store, t0)).toBeNull();
  });
});
