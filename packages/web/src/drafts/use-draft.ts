import { type Dispatch, type SetStateAction, useCallback, useEffect, useRef, useState } from "react";
import { useVault } from "../auth/session.tsx";

const sameKind = (a: unknown, b: unknown) =>
  Array.isArray(a) ? Array.isArray(b) : typeof a === typeof b && (a === null) === (b === null);

/**
 * A form field's state, kept as part of the draft `draft` on the device (encrypted) until the form
 * is sent: it survives a reload, a lost session and the next sign-in. A field back at its initial
 * value leaves the draft; call `useDiscardDraft(draft)` once the form was sent.
 */
export function useDraftField<T>(draft: string, field: string, initial: T): [T, Dispatch<SetStateAction<T>>] {
  const vault = useVault();
  const [value, setValue] = useState<T>(() => {
    const saved = (vault?.get(draft) as Record<string, unknown> | undefined)?.[field];
    return saved !== undefined && sameKind(saved, initial) ? (saved as T) : initial;
  });
  const initialJson = useRef(JSON.stringify(initial));
  useEffect(() => {
    vault?.setField(draft, field, JSON.stringify(value) === initialJson.current ? undefined : value);
  }, [vault, draft, field, value]);
  return [value, setValue];
}

/** Forgets the draft `draft` (the form was sent, or the user discarded it). */
export function useDiscardDraft(draft: string): () => void {
  const vault = useVault();
  return useCallback(() => vault?.remove(draft), [vault, draft]);
}
