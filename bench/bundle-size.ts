import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/**
 * What a browser fetches of the built web app (issue 18), gzipped as the server may send it.
 * The first load is the app shell and the sign-in page: the JavaScript `index.html` loads and
 * preloads, the sign-in page's lazy chunk, and every chunk those import statically.
 */
export interface BundleFile {
  file: string;
  gzipBytes: number;
}

const gzipSize = (dist: string, file: string) => gzipSync(readFileSync(join(dist, file))).length;

export function staticImports(dist: string, file: string): string[] {
  const text = readFileSync(join(dist, file), "utf8");
  return [...text.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)].map((m) => `assets/${m[1]}`);
}

/** Every JavaScript file of the first load, with its gzip size. */
export function firstLoadFiles(dist: string): BundleFile[] {
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const roots = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  // The sign-in page's chunk as this build's entry names it (a folder built into again keeps old ones).
  const entry = roots.map((f) => readFileSync(join(dist, f), "utf8")).join("\n");
  const signIn = /assets\/sign-in-page-[\w-]+\.js/.exec(entry)?.[0];
  if (!signIn) throw new Error("the build's entry names no sign-in-page chunk");
  const seen = new Set<string>();
  const todo = [...roots, signIn];
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    todo.push(...staticImports(dist, file));
  }
  return [...seen].sort().map((file) => ({ file, gzipBytes: gzipSize(dist, file) }));
}

export function firstLoadGzipBytes(dist: string): number {
  return firstLoadFiles(dist).reduce((sum, f) => sum + f.gzipBytes, 0);
}

/** The messages chunks (`locale-<lang>-<ns>`), summed per language. */
export function localeChunkSizes(dist: string): Map<string, { chunks: number; gzipBytes: number }> {
  const sizes = new Map<string, { chunks: number; gzipBytes: number }>();
  for (const f of readdirSync(join(dist, "assets")).sort()) {
    const m = /^locale-([a-z]{2,3})-\w+-[\w-]+\.js$/.exec(f);
    if (!m) continue;
    const entry = sizes.get(m[1]!) ?? { chunks: 0, gzipBytes: 0 };
    entry.chunks += 1;
    entry.gzipBytes += gzipSize(dist, `assets/${f}`);
    sizes.set(m[1]!, entry);
  }
  return sizes;
}
