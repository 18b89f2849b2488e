import { type ComponentPropsWithRef, type ReactNode, useId } from "react";

interface FieldShell {
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
}

function describedBy(hintId: string, errorId: string, hint?: string, error?: string) {
  return [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;
}

function Messages({ hint, error, hintId, errorId }: FieldShell & { hintId: string; errorId: string }) {
  return (
    <>
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
    </>
  );
}

type InputProps = FieldShell & Omit<ComponentPropsWithRef<"input">, "id">;

/** A labelled text input whose hint and error are announced with it. */
export function TextField({ label, error, hint, ...input }: InputProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className={error ? "field field-invalid" : "field"}>
      <label htmlFor={id}>{label}</label>
      <Messages hint={hint} error={error} hintId={hintId} errorId={errorId} label={label} />
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hintId, errorId, hint, error)}
        {...input}
      />
    </div>
  );
}

type SelectProps = FieldShell & Omit<ComponentPropsWithRef<"select">, "id"> & { children: ReactNode };

export function SelectField({ label, error, hint, children, ...select }: SelectProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className={error ? "field field-invalid" : "field"}>
      <label htmlFor={id}>{label}</label>
      <Messages hint={hint} error={error} hintId={hintId} errorId={errorId} label={label} />
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hintId, errorId, hint, error)}
        {...select}
      >
        {children}
      </select>
    </div>
  );
}

type CheckboxProps = FieldShell & Omit<ComponentPropsWithRef<"input">, "id" | "type">;

export function CheckboxField({ label, error, hint, ...input }: CheckboxProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className={error ? "field field-check field-invalid" : "field field-check"}>
      <input
        id={id}
        type="checkbox"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hintId, errorId, hint, error)}
        {...input}
      />
      <label htmlFor={id}>{label}</label>
      <Messages hint={hint} error={error} hintId={hintId} errorId={errorId} label={label} />
    </div>
  );
}
