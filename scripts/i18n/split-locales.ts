/**
 * Codemod (issue 18): writes the web app's messages as one JSON file per language per module,
 * `packages/web/src/locales/<lang>/<ns>.json`, from the TypeScript locale objects of a git revision
 * (`en.ts`, `fi.ts`, `sv.ts` and every module's `locales.ts`), evaluated as they are.
 *
 *   node --import tsx scripts/i18n/split-locales.ts [revision]     (default: main)
 *
 * Re-run it after rebasing onto a revision where someone still added keys to the old TS files: it
 * checks that revision's `packages/web/src` out under `packages/web/.tmp/`, imports its `messages`, and rewrites
 * the JSON of en, fi and sv. Files of other languages are left alone.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const root = resolve(import.meta.dirname, "../..");
const revision = process.argv[2] ?? "main";
// Inside the web package, so the checkout resolves its packages (i18next) as the app does.
const checkout = join(root, "packages/web/.tmp/i18n-split");

rmSync(checkout, { recursive: true, force: true });
mkdirSync(checkout, { recursive: true });
execFileSync("sh", ["-c", 'git archive "$0" packages/web/src | tar -x -C "$1"', revision, checkout], {
  cwd: root,
});

const entry = join(checkout, "packages/web/src/i18n/index.ts");
const { messages } = (await import(pathToFileURL(entry).href)) as {
  messages: Record<string, Record<string, unknown>>;
};

const out = join(root, "packages/web/src/locales");
let files = 0;
for (const [lang, tree] of Object.entries(messages)) {
  mkdirSync(join(out, lang), { recursive: true });
  for (const [ns, data] of Object.entries(tree)) {
    writeFileSync(join(out, lang, `${ns}.json`), `${JSON.stringify(data, null, 2)}\n`);
    files += 1;
  }
}
rmSync(checkout, { recursive: true, force: true });
console.log(`wrote ${files} files of ${Object.keys(messages).join(", ")} from ${revision} to ${out}`);
