import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

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
export default function buildWeb() {
  const stale =
    !existsSync(builtIndex) ||
    Math.max(
      newestSource(join(web, "src")),
      newestSource(domain),
      statSync(join(web, "index.html")).mtimeMs,
    ) > statSync(builtIndex).mtimeMs;
  if (stale) execFileSync("npx", ["vite", "build", "--logLevel", "warn"], { cwd: web, stdio: "inherit" });
}
