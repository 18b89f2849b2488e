/**
 * Which modules' messages (top-level keys, one JSON file each per language) a page needs. The first
 * load holds the shell's and sign-in's; a page's route waits for its own list (`withMessages` in
 * app.tsx). `namespaces.test.ts` checks each list covers every `t("ns.…")` its page can reach.
 */
export const firstLoadNamespaces = [
  "account",
  "app",
  "auth",
  "common",
  "errors",
  "language",
  "modules",
  "notFound",
  "notifications",
  "shell",
  "users",
  "validation",
] as const;

export function isFirstLoadNamespace(ns: string): boolean {
  return (firstLoadNamespaces as readonly string[]).includes(ns);
}
