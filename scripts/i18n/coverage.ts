/**
 * `npm run i18n:coverage`: prints each language's coverage of the web app's English messages, its
 * missing plural forms and wrong placeholders. With `--write`, records each language's figures and
 * known gaps in `locales/<lang>/_coverage.json` (the locale test fails on a gap not recorded there;
 * the admin page shows the figures).
 */

import { join } from "node:path";
import { coveragePercent } from "../../packages/web/src/i18n/coverage.ts";
import {
  localeFolders,
  localesDir,
  readJson,
  reportFor,
  writeCoverage,
} from "../../packages/web/src/i18n/locale-files.ts";

const write = process.argv.includes("--write");
console.log(
  `${"locale".padEnd(8)}${"status".padEnd(10)}${"coverage".padStart(9)}  messages   plural gaps  placeholders  extra`,
);
for (const lang of localeFolders()) {
  const report = reportFor(lang);
  const meta = readJson<{ status?: string }>(join(localesDir, lang, "_meta.json"));
  console.log(
    `${lang.padEnd(8)}${String(meta.status ?? "?").padEnd(10)}${`${coveragePercent(report).toFixed(1)} %`.padStart(9)}  ${`${report.translated}/${report.total}`.padEnd(10)} ${String(report.missingPluralForms.length).padStart(11)} ${String(report.wrongPlaceholders.length).padStart(13)} ${String(report.extra.length).padStart(6)}`,
  );
  if (write) writeCoverage(lang, report);
}
if (write) console.log("\nwrote _coverage.json of every locale");
