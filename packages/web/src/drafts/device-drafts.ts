import {
  type DraftStore,
  indexedDbDraftStore,
  moveWebStorageDrafts,
  webStorageDraftStore,
} from "./draft-store.ts";
import { forgetDraftsOnQuickExit } from "./vault.ts";

let device: Promise<DraftStore> | null = null;

/**
 * This browser's store of sealed drafts: IndexedDB, into which the drafts an earlier version left in
 * localStorage are moved first (once a page load), so nothing queued or typed before is lost. A
 * browser without a working IndexedDB (some private modes) keeps them in localStorage as before.
 */
export function deviceDraftStore(): Promise<DraftStore> {
  device ??= (async () => {
    try {
      const store = indexedDbDraftStore();
      await store.all(); // opens the database: where that fails, localStorage keeps the drafts
      await moveWebStorageDrafts(localStorage, store);
      return store;
    } catch {
      // Nothing was removed from localStorage unless it was in IndexedDB: the drafts are in one place.
      return webStorageDraftStore(localStorage);
    }
  })();
  return device;
}

/** Quick exit's part on this device: removes every draft but queued field work. */
export async function forgetDeviceDraftsOnQuickExit(): Promise<void> {
  await forgetDraftsOnQuickExit(await deviceDraftStore()).catch(() => {});
  // Whatever an older version of the app left in localStorage goes as well, should the move have failed.
  await forgetDraftsOnQuickExit(webStorageDraftStore(localStorage));
}
