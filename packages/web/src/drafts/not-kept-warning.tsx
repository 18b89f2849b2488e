import { useCallback, useSyncExternalStore } from "react";
import { useTranslation } from "react-i18next";
import { useVault } from "../auth/session.tsx";
import { useHeightVariable } from "../ui/use-height-variable.ts";

/**
 * Says so when the device refuses to keep a draft (storage full or switched off): what was typed
 * then lives in this page only, and a reload or an ended session would lose it unless the user
 * sends or copies it first. It stays at the foot of the screen while the user scrolls, so a worker
 * typing low on a long page on a phone sees it where they are, not only at the top of the page.
 */
export function DraftsNotKeptWarning() {
  const vault = useVault();
  const subscribe = useCallback((listener: () => void) => vault?.subscribe(listener) ?? (() => {}), [vault]);
  const notKept = useSyncExternalStore(subscribe, () => vault?.notKeptCount() ?? 0);
  return notKept === 0 ? null : <NotKeptBar />;
}

function NotKeptBar() {
  const { t } = useTranslation();
  const ref = useHeightVariable<HTMLDivElement>("--drafts-not-kept-height");
  return (
    <div ref={ref} className="alert alert-error drafts-not-kept" role="alert">
      {t("account.drafts.notKept")}
    </div>
  );
}
