import { describe, expect, it } from "vitest";
import { guardRestoredPage, leaveNow } from "./leave-now.ts";

const never = () => new Promise<never>(() => {});

describe("quick exit", () => {
  it("signs out on the server and wipes the device before it leaves", async () => {
    const seen: string[] = [];
    await leaveNow({
      wipe: async () => seen.push("wipe"),
      signOut: async () => seen.push("sign-out"),
      leave: () => seen.push("leave"),
      waitMs: 60_000,
    });
    expect(seen).toEqual(["wipe", "sign-out", "leave"]);
  });

  it("leaves when the sign-out fails (no network) or does not answer in time, once", async () => {
    const left: string[] = [];
    await leaveNow({
      wipe: async () => {},
      signOut: async () => {
        throw new TypeError("offline");
      },
      leave: () => left.push("failed"),
      waitMs: 60_000,
    });
    await leaveNow({ wipe: never, signOut: never, leave: () => left.push("slow"), waitMs: 10 });
    expect(left).toEqual(["failed", "slow"]);
  });
});

class FakeWindow extends EventTarget {
  pageTransition(type: "pagehide" | "pageshow", persisted: boolean) {
    this.dispatchEvent(Object.assign(new Event(type), { persisted }));
  }
}

function guarded(options: { signedIn: boolean | "fails"; exited?: boolean }) {
  const win = new FakeWindow();
  const seen: string[] = [];
  let answered = () => {};
  const answer = new Promise<void>((resolve) => {
    answered = resolve;
  });
  guardRestoredPage(win as never, {
    hide: () => seen.push("hide"),
    show: () => seen.push("show"),
    reload: () => seen.push("reload"),
    signedIn: async () => {
      answered();
      if (options.signedIn === "fails") throw new TypeError("offline");
      return options.signedIn;
    },
    exited: () => options.exited ?? false,
  });
  return { win, seen, answer };
}

describe("a page back from the back-forward cache", () => {
  it("is hidden as it goes into the cache and shown again only once the server confirms the session", async () => {
    const { win, seen, answer } = guarded({ signedIn: true });
    win.pageTransition("pagehide", true);
    win.pageTransition("pageshow", true);
    await answer;
    await expect.poll(() => seen).toEqual(["hide", "hide", "show"]);
  });

  it("is loaded afresh (the sign-in page) when the session has ended or cannot be confirmed", async () => {
    for (const signedIn of [false, "fails"] as const) {
      const { win, seen, answer } = guarded({ signedIn });
      win.pageTransition("pageshow", true);
      await answer;
      await expect.poll(() => seen).toEqual(["hide", "reload"]);
    }
  });

  it("never shows again after a quick exit, and leaves ordinary loads alone", () => {
    const exited = guarded({ signedIn: true, exited: true });
    exited.win.pageTransition("pageshow", true);
    expect(exited.seen).toEqual(["hide", "reload"]);
    const fresh = guarded({ signedIn: true });
    fresh.win.pageTransition("pagehide", false);
    fresh.win.pageTransition("pageshow", false);
    expect(fresh.seen).toEqual([]);
  });
});
