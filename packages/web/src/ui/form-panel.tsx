import { type FormEvent, type ReactNode, useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { SubmissionKey } from "../api/client.ts";
import { Alert } from "./alert.tsx";
import { type Checked, standingErrors } from "./validate.ts";

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
  error = null,
}: {
  title: string;
  intro?: ReactNode;
  submitLabel: string;
  busy: boolean;
  onSubmit: (event: FormEvent) => void;
  children: ReactNode;
  important?: boolean;
  /** The form-level error (`useFormSubmit`'s `error`), shown above the fields while it stands. */
  error?: string | null;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className={important ? "panel panel-important" : "panel"} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {typeof intro === "string" ? <p>{intro}</p> : intro}
      {error ? <Alert tone="error">{error}</Alert> : null}
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
 * Field errors and the form-level error of one form, kept honest as the user types: a field's
 * error goes once that field is fixed (`standingErrors`), and the form-level "correct the fields
 * marked below" goes once no field is marked. `check` is the form's own check of its values as they
 * are now; it runs on each render only while errors are shown.
 */
export function useFormErrors<T>(check: () => Checked<T>) {
  const { t } = useTranslation();
  const [state, setState] = useState<{ fields: Record<string, string>; basis: Checked<unknown> | null }>({
    fields: {},
    basis: null,
  });
  const [formError, setFormError] = useState<string | null>(null);
  // After a refused submit focus goes to the first marked field (WCAG 3.3.1, 2.4.3), once the marks
  // are on the page: the form that was being sent if known, else the page's first.
  const [focusAsk, setFocusAsk] = useState<{ form: Element | null } | null>(null);
  useEffect(() => {
    if (!focusAsk) return;
    const root = focusAsk.form?.isConnected ? focusAsk.form : document;
    root.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusAsk]);
  const fields =
    state.basis && Object.keys(state.fields).length > 0
      ? standingErrors(state.fields, state.basis, check())
      : state.fields;
  const marked = Object.keys(fields).length > 0;
  const fixErrors = t("common.fixErrors");
  // The form-level line that points at the marked fields goes with the last of them.
  const error = formError === fixErrors && !marked ? null : formError;
  return {
    fields,
    error,
    /** Shows field errors (from the check or the server) and, when there are any, the form-level line. */
    showFields(next: Record<string, string>, otherwise: string | null = null) {
      setState({ fields: next, basis: check() });
      setFormError(Object.keys(next).length > 0 ? fixErrors : otherwise);
      if (Object.keys(next).length > 0)
        setFocusAsk({ form: document.activeElement?.closest("form") ?? null });
    },
    /** A form-level error that is about no field (the network, a conflict). */
    showError(text: string | null) {
      setFormError(text);
    },
    clear() {
      setState({ fields: {}, basis: null });
      setFormError(null);
    },
  };
}

/**
 * The submit half of a form: check the values (field errors stay on the form and clear as they
 * are fixed), send with the submission's Idempotency-Key, and hand a failure to the page. The key
 * is the same while the same values are sent again (a double click, a retry after an error), so
 * the server makes one note, task or consent of them. `busy` stays on after success, as the page
 * reloads the record anyway.
 */
export function useFormSubmit<T>(
  check: () => Checked<T>,
  send: (data: T, idempotencyKey: string) => Promise<void>,
  onFailed: (error: unknown) => Promise<void> | void,
) {
  const [busy, setBusy] = useState(false);
  const [submission] = useState(() => new SubmissionKey());
  const errors = useFormErrors(check);
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const checked = check();
    if (!checked.ok) {
      errors.showFields(checked.fields);
      return;
    }
    setBusy(true);
    errors.clear();
    try {
      await send(checked.data, submission.keyFor(checked.data));
      submission.reset();
    } catch (e) {
      setBusy(false);
      await onFailed(e);
    }
  }
  return {
    busy,
    fields: errors.fields,
    error: errors.error,
    submit,
    setFields: (fields: Record<string, string>) => errors.showFields(fields),
  };
}
