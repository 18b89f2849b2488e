import type { Page } from "playwright-core";

/**
 * The drafts the app keeps on the device (IndexedDB `ariadne-drafts`), by name, each as the JSON
 * text of what lies there (sealed: `v`, `owner`, `iv`, `data`). Empty when nothing is kept yet.
 */
export function draftsOnDevice(page: Page): Promise<Record<string, string>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, string>>((resolve, reject) => {
        const open = indexedDB.open("ariadne-drafts");
        open.onupgradeneeded = () => open.result.createObjectStore("drafts");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const found: Record<string, string> = {};
          const cursor = db.transaction("drafts").objectStore("drafts").openCursor();
          cursor.onsuccess = () => {
            const at = cursor.result;
            if (!at) {
              db.close();
              resolve(found);
              return;
            }
            found[String(at.key)] = JSON.stringify(at.value);
            at.continue();
          };
          cursor.onerror = () => reject(cursor.error);
        };
      }),
  );
}

/**
 * The draft `name` as the signed-in user's app would read it back (decrypted with the session's
 * drafts key, as `packages/web/src/drafts/vault.ts` seals it), or `undefined` while it is not on
 * the device. A journey waits for this before leaving a page, since a draft is written a moment
 * after the keystroke.
 */
export function draftKeptOnDevice(page: Page, name: string): Promise<unknown> {
  return page.evaluate(async (draftName) => {
    const sealed = await new Promise<{ owner: string; iv: string; data: string } | undefined>(
      (resolve, reject) => {
        const open = indexedDB.open("ariadne-drafts");
        open.onupgradeneeded = () => open.result.createObjectStore("drafts");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction("drafts").objectStore("drafts").get(draftName);
          get.onsuccess = () => {
            db.close();
            resolve(get.result);
          };
          get.onerror = () => reject(get.error);
        };
      },
    );
    if (!sealed) return undefined;
    const session = await (await fetch("/api/v1/auth/session")).json();
    const unb64 = (t: string) => Uint8Array.from(atob(t), (c) => c.charCodeAt(0));
    const rawKey = unb64(session.draftKey.replace(/-/g, "+").replace(/_/g, "/"));
    const key = await crypto.subtle.importKey("raw", rawKey, "AES-GCM", false, ["decrypt"]);
    const plain = await crypto.subtle.decrypt(
      {
        name: "AES-GCM",
        iv: unb64(sealed.iv),
        additionalData: new TextEncoder().encode(`${sealed.owner}:${draftName}`),
      },
      key,
      unb64(sealed.data),
    );
    return JSON.parse(new TextDecoder().decode(plain));
  }, name);
}
