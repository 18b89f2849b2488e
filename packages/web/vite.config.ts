import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";
import { firstLoadNamespaces } from "./src/i18n/namespaces.ts";

/**
 * Writes `sw.js` from the hand-written `offline/service-worker.js`, with the list of every file of
 * the build to keep on the device (the app shell) and a version that changes with them. No network
 * at build time, no Workbox: a few lines we can read.
 */
function serviceWorker(): Plugin {
  return {
    name: "ariadne-service-worker",
    apply: "build",
    // After the bundle is written: by then the build has dropped the empty JavaScript chunks of
    // CSS-only modules, which a list made earlier named (one missing file fails the whole install).
    writeBundle(options, bundle) {
      // index.html is cached as "/" only: the server may redirect its own name.
      // Of the languages' messages only English's (the fallback) are precached, not every module of
      // every language: the worker keeps the ones the reader fetched (issue 18).
      // A chunk another chunk imports statically is always precached, whatever its name (the
      // domain's built-in catalogue texts are such): without it the page importing it fails offline.
      const imported = new Set(
        Object.values(bundle).flatMap((out) => (out.type === "chunk" ? out.imports : [])),
      );
      const built = Object.keys(bundle).filter(
        (f) =>
          !f.endsWith(".map") &&
          f !== "index.html" &&
          (!/^assets\/locale-/.test(f) || /^assets\/locale-en-/.test(f) || imported.has(f)),
      );
      const files = ["/", ...built.map((f) => `/${f}`), "/favicon.svg", "/manifest.webmanifest"];
      const version = createHash("sha256").update(files.join("\n")).digest("hex").slice(0, 16);
      const template = readFileSync(new URL("./offline/service-worker.js", import.meta.url), "utf8");
      const source = template
        .replace("__VERSION__", version)
        .replace("self.__PRECACHE__", JSON.stringify(files));
      writeFileSync(join(options.dir ?? "dist", "sw.js"), source);
    },
  };
}

/**
 * Each language's messages of a module are one chunk named `locale-<lang>-<ns>`, fetched when a page
 * needs them; a language's first-load files (the shell and sign-in) are one chunk,
 * `locale-<lang>-shell`, so a language switch fetches one file for them (issue 18). English's
 * first-load files are in the entry chunk.
 */
const shellNamespaces = new Set(firstLoadNamespaces as readonly string[]);
/** The domain's texts of these languages are imported statically (built in), so never grouped. */
const domainBuiltIn = new Set(["en", "fi", "sv"]);
function localeChunk(id: string): string | null {
  const m = /\/(web|domain)\/src\/locales\/([a-z]{2,3}(?:-[A-Za-z]+)?)\/(\w+)\.json$/.exec(id);
  if (!m || m[3]!.startsWith("_")) return null;
  const [, pkg, lang, ns] = m;
  // Grouping a statically imported file would make its whole language's chunk a static import of
  // every page, fetched and precached for every reader (the domain's Finnish texts once were).
  if (pkg === "domain") return domainBuiltIn.has(lang!) ? null : `locale-${lang}-domain`;
  if (lang === "en" && shellNamespaces.has(ns!)) return null;
  return `locale-${lang}-${shellNamespaces.has(ns!) ? "shell" : ns}`;
}

/**
 * React's API served by Preact (`preact/compat`) in the browser build: react-dom alone was 62 kB of
 * the 157 kB gzip first load; Preact is about 11 kB (issue 18). Unit tests render with React's
 * react-dom/server (this config is not theirs); the browser journeys run the built app.
 * See packages/web/README.md, "Preact in the browser build".
 */
const preactCompat = [
  { find: /^react$/, replacement: "preact/compat" },
  { find: /^react-dom$/, replacement: "preact/compat" },
  { find: /^react-dom\/client$/, replacement: "preact/compat/client" },
  { find: /^react\/jsx-runtime$/, replacement: "preact/jsx-runtime" },
  { find: /^react\/jsx-dev-runtime$/, replacement: "preact/jsx-runtime" },
];

export default defineConfig({
  plugins: [react(), serviceWorker()],
  resolve: { alias: preactCompat },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // The server's CSP allows no inline script: keep Vite from inlining its preload polyfill.
    modulePreload: { polyfill: false },
    // Small assets would otherwise be inlined as data: URLs; keep everything a file.
    assetsInlineLimit: 0,
    sourcemap: false,
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: localeChunk, debugName: "locale messages" }] } },
    },
  },
  server: {
    port: 5173,
    // changeOrigin stays false: the server refuses cross-site sign-in posts by comparing Origin and Host.
    proxy: { "/api": { target: "http://localhost:3000" } },
  },
});
