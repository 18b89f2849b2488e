import { type ComponentPropsWithRef, createContext, type ReactNode, useContext, useId } from "react";

interface FieldShell {
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
}

function describedBy(hintId: string, errorId: string, hint?: string, error?: string, more?: string | null) {
  return [hint ? hintId : null, error ? errorId : null, more].filter(Boolean).join(" ") || undefined;
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

/** The error of the checkbox group a checkbox is in, by its element's id (none outside a group). */
const GroupError = createContext<string | null>(null);

export function CheckboxField({ label, error, hint, ...input }: CheckboxProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const groupError = useContext(GroupError);
  return (
    <div className={error ? "field field-check field-invalid" : "field field-check"}>
      <input
        id={id}
        type="checkbox"
        aria-invalid={error || groupError ? true : undefined}
        aria-describedby={describedBy(hintId, errorId, hint, error, groupError)}
        {...input}
      />
      <label htmlFor={id}>{label}</label>
      <Messages hint={hint} error={error} hintId={hintId} errorId={errorId} label={label} />
    </div>
  );
}

/**
 * Checkboxes under one legend, with an error about the group as a whole ("Choose at least one
 * target group."): the group and each of its boxes are described by it, so a screen reader says
 * it on entering the group, and the first box is marked invalid so a refused submit focuses it.
 */
export function CheckboxGroup({
  legend,
  error,
  hint,
  className,
  children,
}: {
  legend: string;
  error?: string | undefined;
  hint?: string | undefined;
  className?: string;
  children: ReactNode;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <fieldset
      className={[className, error ? "field-invalid" : null].filter(Boolean).join(" ") || undefined}
      aria-describedby={describedBy(hintId, errorId, hint, error)}
    >
      <legend>{legend}</legend>
      <Messages hint={hint} error={error} hintId={hintId} errorId={errorId} label={legend} />
      <GroupError.Provider value={error ? errorId : null}>{children}</GroupError.Provider>
    </fieldset>
  );
}
