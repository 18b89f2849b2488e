import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { build } from "vite";
import { firstLoadFiles, localeChunkSizes } from "./bundle-size.ts";

/**
 * Issue 18's figures: the web app's first load (app shell + sign-in) in gzipped JavaScript, and
 * each language's messages chunks, from a fresh production build.
 */
export async function benchWeb(): Promise<{ name: string; value: number; unit: string }[]> {
  const outDir = mkdtempSync(join(tmpdir(), "ariadne-bench-web-"));
  try {
    await build({
      root: resolve(import.meta.dirname, "../packages/web"),
      logLevel: "warn",
      build: { outDir, emptyOutDir: true },
    });
    const first = firstLoadFiles(outDir);
    const figures = [
      {
        name: "web.first_load_js_gzip",
        value: first.reduce((s, f) => s + f.gzipBytes, 0) / 1000,
        unit: "kB",
      },
      { name: "web.first_load_js_files", value: first.length, unit: "count" },
    ];
    for (const [lang, size] of localeChunkSizes(outDir)) {
      figures.push({ name: `web.locale_${lang}.chunks`, value: size.chunks, unit: "count" });
      figures.push({ name: `web.locale_${lang}.all_chunks_gzip`, value: size.gzipBytes / 1000, unit: "kB" });
    }
    return figures;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
