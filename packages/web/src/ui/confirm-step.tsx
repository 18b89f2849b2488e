import "./form-extras.css";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";

/**
 * An action that cannot be undone, in two steps: the first button opens a confirmation that says
 * what will happen; only its own button acts. Cancel returns to the first step.
 */
export function ConfirmStep({
  startLabel,
  confirmLabel,
  children,
  busy,
  onConfirm,
}: {
  startLabel: string;
  confirmLabel: string;
  /** What will happen, shown before the final button. */
  children: ReactNode;
  busy: boolean;
  onConfirm: () => void;
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <div className="button-row">
        <button type="button" className="button" onClick={() => setAsking(true)}>
          {startLabel}
        </button>
      </div>
    );
  }
  return (
    <div className="confirm-step">
      {children}
      <div className="button-row">
        <button type="button" className="button button-primary" disabled={busy} onClick={onConfirm}>
          {busy ? t("common.saving") : confirmLabel}
        </button>
        <button type="button" className="button button-quiet" onClick={() => setAsking(false)}>
          {t("common.cancel")}
        </button>
      </div>
    </div>
  );
}
