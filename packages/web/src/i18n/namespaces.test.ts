import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { firstLoadNamespaces } from "./namespaces.ts";

/**
 * A page's route loads its modules' messages before it renders (`withMessages` in app.tsx). This
 * walks the imports each page can reach and checks that every `t("ns.…")` among them is in the
 * page's list or in the first load, so no page shows a key before its messages are there.
 */
const src = join(import.meta.dirname, "..");
const namespaces = readdirSync(join(src, "locales/en"))
  .filter((f) => !f.startsWith("_"))
  .map((f) => f.replace(/\.json$/, ""));
const keyPattern = new RegExp(`["'\`](${namespaces.join("|")})\\.[a-zA-Z]`, "g");
const app = join(src, "app.tsx");

function imports(file: string): string[] {
  let text = readFileSync(file, "utf8");
  // app.tsx's lazy pages are walked one by one, each from its route.
  if (file === app) text = text.replace(/import\("[^"]+"\)/g, "");
  return [...text.matchAll(/(?:import|export)\s[^;]*?from\s+"(\.[^"]+)"|import\s*\(?\s*"(\.[^"]+)"/g)]
    .map((m) => join(dirname(file), (m[1] ?? m[2])!))
    .filter((f) => /\.tsx?$/.test(f) && existsSync(f));
}

function reachable(entry: string, skip: Set<string> = new Set()): Set<string> {
  const seen = new Set<string>();
  const todo = [entry];
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (seen.has(file) || skip.has(file)) continue;
    seen.add(file);
    todo.push(...imports(file));
  }
  return seen;
}

function used(files: Iterable<string>): Set<string> {
  const found = new Set<string>();
  for (const file of files) {
    if (file.includes(".test.") || file.startsWith(join(src, "i18n"))) continue;
    for (const m of readFileSync(file, "utf8").matchAll(keyPattern)) found.add(m[1]!);
  }
  return found;
}

const firstLoad = reachable(join(src, "main.tsx"));
const routes = [
  ...readFileSync(app, "utf8").matchAll(
    /withMessages\(\s*\[([^\]]*)\],\s*\(\) => import\("(\.[^"]+)"\),?\s*\)/g,
  ),
].map((m) => ({
  page: m[2]!,
  namespaces: [...m[1]!.matchAll(/"(\w+)"/g)].map((n) => n[1]!),
}));

describe("which messages a page loads", () => {
  it("the first load's own pages need only the first load's messages", () => {
    const missing = [...used(firstLoad)].filter(
      (ns) => !(firstLoadNamespaces as readonly string[]).includes(ns),
    );
    expect(missing).toEqual([]);
  });

  it("every lazy page of app.tsx asks for its messages", () => {
    const lazyPages = [...readFileSync(app, "utf8").matchAll(/lazy\(/g)].length;
    expect(routes.length).toBe(lazyPages);
    expect(routes.length).toBeGreaterThan(10);
  });

  it.each(routes.map((r) => [r.page, r] as const))(
    "%s asks for every module whose keys it shows",
    (_, route) => {
      const files = reachable(join(src, route.page), new Set([...firstLoad].filter((f) => f !== app)));
      const needed = [...used(files)].filter(
        (ns) => !(firstLoadNamespaces as readonly string[]).includes(ns),
      );
      expect(
        needed.filter((ns) => !route.namespaces.includes(ns)),
        relative(src, join(src, route.page)),
      ).toEqual([]);
    },
  );
});
