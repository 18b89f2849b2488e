/** The dotted paths of every string in a bundle (`concepts.debt-bondage.ask`), in file order. */
export function stringPaths(bundle: unknown, prefix: readonly string[] = []): string[][] {
  if (typeof bundle === "string") return [[...prefix]];
  if (typeof bundle !== "object" || bundle === null || Array.isArray(bundle)) return [];
  return Object.entries(bundle).flatMap(([k, v]) => stringPaths(v, [...prefix, k]));
}

/** The `{name}` and `{{name}}` placeholders of a text, sorted. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/\{\{?\s*(\w+)\s*\}?\}/g)].map((m) => m[1] ?? "").sort();
}
