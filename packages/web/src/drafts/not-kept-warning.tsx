import { useCallback, useSyncExternalStore } from "react";
import { useTranslation } from "react-i18next";
import { useVault } from "../auth/session.tsx";

/**
 * Says so when the device refuses to keep a draft (storage full or switched off): what was typed
 * then lives in this page only, and a reload or an ended session would lose it unless the user
 * sends or copies it first.
 */
export function DraftsNotKeptWarning() {
  const { t } = useTranslation();
  const vault = useVault();
  const subscribe = useCallback((listener: () => void) => vault?.subscribe(listener) ?? (() => {}), [vault]);
  const notKept = useSyncExternalStore(subscribe, () => vault?.notKeptCount() ?? 0);
  if (notKept === 0) return null;
  return (
    <div className="alert alert-error" role="alert">
      {t("account.drafts.notKept")}
    </div>
  );
}
