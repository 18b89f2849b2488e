import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { authApi } from "../auth/auth-api.ts";
import { forgetKeptSession } from "../auth/offline-session.ts";
import { forgetDeviceDraftsOnQuickExit } from "../drafts/device-drafts.ts";
import { guardRestoredPage, leaveNow } from "./leave-now.ts";

/** Where quick exit goes: an ordinary page that looks like everyday browsing. */
const neutralPage = "https://www.google.com/";
/** How long quick exit waits at most for the wipe and the sign-out to be confirmed before it leaves. */
const wipeWait = 1_500;
/** Set while this page is hidden for leaving. */
const exiting = "exiting";
/** Once quick exit has started, this page never shows the app again, even from the back-forward cache. */
let exitStarted = false;

/**
 * Leaves at once and replaces this page in the history, for when someone looks over the shoulder
 * (a professional with a person at risk beside them). The session ends on the server as it leaves,
 * so Back, or reopening the app, shows the sign-in page and nothing of the app (a session that
 * stayed would show the home page one Back away, and the drafts it guarded are wiped anyway). The
 * drafts on this device go, and so does the session kept for a reload without a network. Visits
 * queued in the field stay, sealed under the user's key, and are sent once the worker signs in
 * again (docs/security.md, "Quick exit and queued field work").
 */
export function QuickExit() {
  const { t } = useTranslation();
  // Rendered on every signed-in page: none of them may come back from the back-forward cache unasked.
  useEffect(
    () =>
      guardRestoredPage(window, {
        hide: () => document.body.classList.add(exiting),
        show: () => document.body.classList.remove(exiting),
        reload: () => window.location.reload(),
        signedIn: async () => (await authApi.session()) !== undefined,
        exited: () => exitStarted,
      }),
    [],
  );
  return (
    <button
      type="button"
      className="button quick-exit"
      title={t("shell.quickExitHint")}
      onClick={() => {
        exitStarted = true;
        // Hidden at once; gone once the device confirms the wipe and the server the sign-out, or
        // after a moment at most (the sign-out is a keepalive request: it finishes after leaving).
        document.body.classList.add(exiting);
        globalThis.sessionStorage?.clear();
        void leaveNow({
          wipe: () => Promise.all([forgetKeptSession(), forgetDeviceDraftsOnQuickExit()]),
          signOut: authApi.signOutLeaving,
          leave: () => window.location.replace(neutralPage),
          waitMs: wipeWait,
        });
      }}
    >
      {t("shell.quickExit")}
    </button>
  );
}
