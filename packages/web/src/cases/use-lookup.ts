import { useEffect, useState } from "react";

/**
 * Something the case page looks up once per case (not after every write, as each read is
 * audited): the team's directory, the possible duplicates. `recheck` looks again.
 */
export function useLookup<T>(
  load: (id: string) => Promise<T>,
  id: string,
  enabled: boolean,
  fallback: T,
): [T | null, () => void] {
  const [value, setValue] = useState<T | null>(null);
  const [round, setRound] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `load` and `fallback` are fixed per call site; `round` asks again
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    load(id).then(
      (v) => live && setValue(v),
      () => live && setValue(fallback),
    );
    return () => {
      live = false;
    };
  }, [id, enabled, round]);
  return [value, () => setRound((r) => r + 1)];
}
