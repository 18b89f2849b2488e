import { useTranslation } from "react-i18next";
import { forgetKeptSession } from "../auth/offline-session.ts";
import { forgetAllDrafts } from "../drafts/vault.ts";

/** Where quick exit goes: an ordinary page that looks like everyday browsing. */
const neutralPage = "https://www.google.com/";

/**
 * Leaves at once and replaces this page in the history, for when someone looks over the shoulder
 * (a professional with a person at risk beside them). The session stays; nothing is shown on return:
 * the drafts on this device go too, and the session kept for a reload without a network.
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
        forgetAllDrafts(localStorage);
        forgetKeptSession();
        window.location.replace(neutralPage);
      }}
    >
      {t("shell.quickExit")}
    </button>
  );
}
