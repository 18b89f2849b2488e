// Adds up the JSON reports of every vitest run into one closing line: "N passed, N failed", and
// the suites (test files) that failed outside any test — an error on import or in a hook leaves
// no failed test behind, yet must fail the run. vitest's numFailedTestSuites is not added to the
// failed tests: it counts every describe block around a failed test too.
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { stripVTControlCharacters } from "node:util";

let passed = 0;
let failed = 0;
let skipped = 0;
const failedSuites = [];
const unreadable = [];
const otherFailures = [];
for (const file of process.argv.slice(2)) {
  let r;
  try {
    r = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    unreadable.push(file);
    console.log(`${file}: no report (${error.message})`);
    continue;
  }
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += r.numPendingTests + r.numTodoTests;
  const suites = r.testResults ?? [];
  const broken = suites.filter(
    (s) => s.status === "failed" && !(s.assertionResults ?? []).some((t) => t.status === "failed"),
  );
  failedSuites.push(...broken);
  const brokenNote = broken.length ? `, ${broken.length} failed suite${broken.length === 1 ? "" : "s"}` : "";
  console.log(`${file}: ${r.numPassedTests} passed, ${r.numFailedTests} failed${brokenNote}`);
  for (const s of broken) {
    const why = (s.message ?? "").trim().split("\n")[0] || "an error outside any test (in a hook?)";
    console.log(`  failed suite: ${relative(process.cwd(), s.name)}: ${why}`);
  }
  // A run that says it failed must not pass here for want of a failed test or suite to show for it.
  if (r.success === false && r.numFailedTests === 0 && broken.length === 0) {
    otherFailures.push(file);
    console.log("  the run reports a failure outside any test or suite");
  }
  // Named with the start of their error, because CI keeps only the end of the output, and the
  // failure itself scrolled out of it (a flaky fault test was once known only as "1 failed").
  for (const suite of suites)
    for (const t of suite.assertionResults ?? [])
      if (t.status === "failed") {
        const why = stripVTControlCharacters((t.failureMessages ?? []).join("\n")).trim();
        console.log(`  failed: ${relative(process.cwd(), suite.name)}: ${t.fullName}`);
        for (const line of why.split("\n").slice(0, 12)) console.log(`    ${line}`);
      }
  // Named, so that a skip is seen for what it is (PostgreSQL-only tests skip in the PGlite pass).
  for (const suite of suites)
    for (const t of suite.assertionResults ?? [])
      if (t.status === "pending" || t.status === "skipped" || t.status === "todo")
        console.log(`  skipped: ${t.fullName}`);
}
const parts = [`${passed} passed`, `${failed} failed`];
if (failedSuites.length)
  parts.push(`${failedSuites.length} failed suite${failedSuites.length === 1 ? "" : "s"}`);
if (skipped) parts.push(`${skipped} skipped`);
if (unreadable.length)
  parts.push(`${unreadable.length} unreadable report${unreadable.length === 1 ? "" : "s"}`);
if (otherFailures.length)
  parts.push(`${otherFailures.length} run${otherFailures.length === 1 ? "" : "s"} failed otherwise`);
console.log(`Tests: ${parts.join(", ")}`);
const ok = failed === 0 && failedSuites.length === 0 && unreadable.length === 0 && otherFailures.length === 0;
process.exit(ok && passed > 0 ? 0 : 1);
