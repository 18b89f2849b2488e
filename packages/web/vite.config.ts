import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";

/**
 * Writes `sw.js` from the hand-written `offline/service-worker.js`, with the list of every file of
 * the build to keep on the device (the app shell) and a version that changes with them. No network
 * at build time, no Workbox: a few lines we can read.
 */
function serviceWorker(): Plugin {
  return {
    name: "ariadne-service-worker",
    apply: "build",
    generateBundle(_options, bundle) {
      // index.html is cached as "/" only: the server may redirect its own name.
      const built = Object.keys(bundle).filter((f) => !f.endsWith(".map") && f !== "index.html");
      const files = ["/", ...built.map((f) => `/${f}`), "/favicon.svg", "/manifest.webmanifest"];
      const version = createHash("sha256").update(files.join("\n")).digest("hex").slice(0, 16);
      const template = readFileSync(new URL("./offline/service-worker.js", import.meta.url), "utf8");
      this.emitFile({
        type: "asset",
        fileName: "sw.js",
        source: template.replace("__VERSION__", version).replace("self.__PRECACHE__", JSON.stringify(files)),
      });
    },
  };
}

export default defineConfig({
  plugins: [react(), serviceWorker()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // The server's CSP allows no inline script: keep Vite from inlining its preload polyfill.
    modulePreload: { polyfill: false },
    // Small assets would otherwise be inlined as data: URLs; keep everything a file.
    assetsInlineLimit: 0,
    sourcemap: false,
  },
  server: {
    port: 5173,
    // changeOrigin stays false: the server refuses cross-site sign-in posts by comparing Origin and Host.
    proxy: { "/api": { target: "http://localhost:3000" } },
  },
});
