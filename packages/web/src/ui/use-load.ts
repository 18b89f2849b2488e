import { useCallback, useEffect, useRef, useState } from "react";

export type Load<T> =
  | { status: "loading"; data?: T | undefined }
  | { status: "ready"; data: T }
  | { status: "failed"; error: unknown; data?: T | undefined };

/**
 * Loads data for a page, again whenever `key` changes (the municipality, say); `reload` fetches
 * again after a write or a conflict.
 */
export function useLoad<T>(load: () => Promise<T>, key: string): [Load<T>, () => Promise<void>] {
  const [state, setState] = useState<Load<T>>({ status: "loading" });
  const latest = useRef(load);
  latest.current = load;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` names what the load depends on
  const run = useCallback(async () => {
    setState((s) => ({ status: "loading", data: s.data }));
    try {
      setState({ status: "ready", data: await latest.current() });
    } catch (error) {
      setState((s) => ({ status: "failed", error, data: s.data }));
    }
  }, [key]);
  useEffect(() => {
    void run();
  }, [run]);
  return [state, run];
}
