import { useTranslation } from "react-i18next";
import { forgetKeptSession } from "../auth/offline-session.ts";
import { forgetDeviceDraftsOnQuickExit } from "../drafts/device-drafts.ts";

/** Where quick exit goes: an ordinary page that looks like everyday browsing. */
const neutralPage = "https://www.google.com/";
/** How long quick exit waits at most for the device to confirm the wipe before it leaves. */
const wipeWait = 1_500;

/**
 * Leaves at once and replaces this page in the history, for when someone looks over the shoulder
 * (a professional with a person at risk beside them). The session stays; the drafts on this device
 * go, and so does the session kept for a reload without a network. Visits queued in the field stay,
 * sealed under the user's key, and are sent when the worker is back in the app or signs in again
 * (docs/security.md, "Quick exit and queued field work").
 */
export function QuickExit() {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="button quick-exit"
      title={t("shell.quickExitHint")}
      onClick={() => {
        document.body.classList.add("exiting");
        globalThis.sessionStorage?.clear();
        // Hidden at once; gone once IndexedDB confirms the wipe (a page that navigates away may abort
        // unfinished writes), or after a moment at most.
        void Promise.race([
          Promise.all([forgetKeptSession(), forgetDeviceDraftsOnQuickExit()]),
          new Promise((resolve) => setTimeout(resolve, wipeWait)),
        ]).finally(() => window.location.replace(neutralPage));
      }}
    >
      {t("shell.quickExit")}
    </button>
  );
}
