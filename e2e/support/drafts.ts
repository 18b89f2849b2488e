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
