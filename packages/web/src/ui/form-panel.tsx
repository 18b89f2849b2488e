import { type FormEvent, type ReactNode, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Checked } from "./validate.ts";

/**
 * A panel holding one form: its heading names the region, the form checks before sending, and the
 * submit button says when it is busy. Saves every form the same dozen lines.
 */
export function FormPanel({
  title,
  intro,
  submitLabel,
  busy,
  onSubmit,
  children,
  important = false,
}: {
  title: string;
  intro?: ReactNode;
  submitLabel: string;
  busy: boolean;
  onSubmit: (event: FormEvent) => void;
  children: ReactNode;
  important?: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className={important ? "panel panel-important" : "panel"} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {typeof intro === "string" ? <p>{intro}</p> : intro}
      <form onSubmit={onSubmit} noValidate className="form">
        {children}
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t("common.saving") : submitLabel}
          </button>
        </div>
      </form>
    </section>
  );
}

/**
 * The submit half of a form: check the values (field errors stay on the form), send, and hand a
 * failure to the page. `busy` stays on after success, as the page reloads the record anyway.
 */
export function useFormSubmit<T>(
  check: () => Checked<T>,
  send: (data: T) => Promise<void>,
  onFailed: (error: unknown) => Promise<void> | void,
) {
  const [busy, setBusy] = useState(false);
  const [fields, setFields] = useState<Record<string, string>>({});
  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = check();
    if (!checked.ok) {
      setFields(checked.fields);
      return;
    }
    setBusy(true);
    setFields({});
    try {
      await send(checked.data);
    } catch (e) {
      setBusy(false);
      await onFailed(e);
    }
  }
  return { busy, fields, submit, setFields };
}
