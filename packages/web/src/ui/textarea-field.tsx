import "./form-extras.css";
import { type ComponentPropsWithRef, useId } from "react";

/** A labelled multi-line text input whose error is announced with it. */
export function TextAreaField({
  label,
  error,
  hint,
  ...props
}: { label: string; error?: string | undefined; hint?: string | undefined } & Omit<
  ComponentPropsWithRef<"textarea">,
  "id"
>) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className={error ? "field field-invalid" : "field"}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <textarea
        id={id}
        className="textarea-field"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        {...props}
      />
    </div>
  );
}
