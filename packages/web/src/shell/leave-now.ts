/** What quick exit does, given as functions so that the order and the time limit can be tested. */
export interface LeaveSteps {
  /** Removes what the device keeps (drafts, the session kept for offline reloads). */
  wipe: () => Promise<unknown>;
  /** Ends the session on the server, in a request that outlives the page (`keepalive`). */
  signOut: () => Promise<unknown>;
  /** Goes to the neutral page. */
  leave: () => void;
  /** How long to wait at most for the wipe and the sign-out before leaving anyway. */
  waitMs: number;
}

/**
 * Wipes and signs out at once, and leaves once both are confirmed or after `waitMs` at most: a page
 * that navigates away may abort unfinished IndexedDB writes, and the sign-out is sent before leaving
 * so that Back (or reopening the app) finds no session. A failure of either still leaves.
 */
export function leaveNow(steps: LeaveSteps): Promise<void> {
  let left = false;
  const leaveOnce = () => {
    if (left) return;
    left = true;
    steps.leave();
  };
  const done = Promise.allSettled([
    Promise.resolve().then(steps.wipe),
    Promise.resolve().then(steps.signOut),
  ]);
  const limit = new Promise((resolve) => setTimeout(resolve, steps.waitMs));
  return Promise.race([done, limit]).then(leaveOnce);
}

/** The window events `guardRestoredPage` needs (the real window, or a stand-in in tests). */
interface PageWindow {
  addEventListener(type: "pagehide" | "pageshow", listener: (event: PageTransitionEvent) => void): void;
  removeEventListener(type: "pagehide" | "pageshow", listener: (event: PageTransitionEvent) => void): void;
}

/**
 * A page restored from the back-forward cache comes back as it was left, signed-in screens and all,
 * without asking the server: after a quick exit (here or in another tab) Back would show the app.
 * So a page put into that cache is hidden as it goes, and shown again on its return only once the
 * server confirms the session; otherwise it is loaded afresh, which shows the sign-in page.
 * Returns the function that removes the guard.
 */
export function guardRestoredPage(
  win: PageWindow,
  page: {
    hide: () => void;
    show: () => void;
    reload: () => void;
    /** True when the server still knows this session; a failure counts as no. */
    signedIn: () => Promise<boolean>;
    /** True once quick exit has started on this page: it never shows again. */
    exited: () => boolean;
  },
): () => void {
  const onHide = (event: PageTransitionEvent) => {
    if (event.persisted) page.hide();
  };
  const onShow = (event: PageTransitionEvent) => {
    if (!event.persisted) return;
    page.hide();
    if (page.exited()) return page.reload();
    void page.signedIn().then(
      (yes) => (yes ? page.show() : page.reload()),
      () => page.reload(),
    );
  };
  win.addEventListener("pagehide", onHide);
  win.addEventListener("pageshow", onShow);
  return () => {
    win.removeEventListener("pagehide", onHide);
    win.removeEventListener("pageshow", onShow);
  };
}
