import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default defineConfig({
  plugins: [react()],
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
