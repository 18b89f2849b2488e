import { useEffect, useState } from "react";
import { type Locale, loadNamespacesIn } from "./index.ts";

/**
 * Whether a language's messages of these modules are there, loading them if not: for a page
 * written in a language other than the reader's, such as a supplier's questionnaire in the language
 * the municipality chose for it (only the reader's language is loaded otherwise).
 */
export function useMessagesIn(lng: Locale, namespaces: readonly string[]): boolean {
  const key = `${lng}:${namespaces.join(",")}`;
  const [readyFor, setReadyFor] = useState<string | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key stands for lng and namespaces
  useEffect(() => {
    let current = true;
    void loadNamespacesIn(lng, namespaces).then(() => {
      if (current) setReadyFor(key);
    });
    return () => {
      current = false;
    };
  }, [key]);
  return readyFor === key;
}
