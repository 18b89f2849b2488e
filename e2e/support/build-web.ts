import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { build } from "vite";

const web = resolve(import.meta.dirname, "../../packages/web");
// The bundle carries the shared schemas, so a change in domain makes it stale too.
const domain = resolve(import.meta.dirname, "../../packages/domain/src");
const builtIndex = join(web, "dist/index.html");

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds the web app the test server serves, when it is missing or older than its sources. */
export default async function buildWeb() {
  const stale =
    !existsSync(builtIndex) ||
    Math.max(
      newestSource(join(web, "src")),
      newestSource(domain),
      // The service worker's source and the config that writes it (issue 15).
      newestSource(join(web, "offline")),
      statSync(join(web, "vite.config.ts")).mtimeMs,
      statSync(join(web, "index.html")).mtimeMs,
    ) > statSync(builtIndex).mtimeMs;
  // The old chunks stay: a journey running meanwhile from the previous index.html still finds the
  // lazily loaded pages it asks for. `npm run build` starts from an empty folder.
  if (stale) await build({ root: web, logLevel: "warn", build: { emptyOutDir: false } });
}
