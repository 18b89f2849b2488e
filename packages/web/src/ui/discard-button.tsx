import { useState } from "react";
import { useTranslation } from "react-i18next";

/** Whether leaving a form would lose something: any value differs from what the form started with. */
export function wouldLoseWork(initial: Record<string, unknown>, current: Record<string, unknown>): boolean {
  // An empty text and no value are the same: clearing a field one had typed into loses nothing.
  const shown = (v: unknown) => JSON.stringify(v === "" || v === undefined ? null : v);
  return Object.keys({ ...initial, ...current }).some((k) => shown(initial[k]) !== shown(current[k]));
}

/**
 * Cancel or discard: at once when nothing would be lost; when something would, it asks first
 * ("Discard your changes?") and only its own button discards.
 */
export function DiscardButton({
  label,
  dirty,
  onDiscard,
}: {
  label: string;
  dirty: boolean;
  onDiscard: () => void;
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  if (!asking || !dirty) {
    return (
      <button type="button" className="button" onClick={() => (dirty ? setAsking(true) : onDiscard())}>
        {label}
      </button>
    );
  }
  return (
    <span className="discard-confirm">
      <span>{t("common.discardQuestion")}</span>{" "}
      <button type="button" className="button" onClick={onDiscard}>
        {t("common.discardConfirm")}
      </button>{" "}
      <button type="button" className="button button-quiet" onClick={() => setAsking(false)}>
        {t("common.keepEditing")}
      </button>
    </span>
  );
}
