// Adds up the JSON reports of every vitest run into one closing line: "N passed, N failed".
import { readFileSync } from "node:fs";

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of process.argv.slice(2)) {
  const r = JSON.parse(readFileSync(file, "utf8"));
  passed += r.numPassedTests;
  failed += r.numFailedTests + (r.numFailedTestSuites ?? 0);
  skipped += r.numPendingTests + r.numTodoTests;
  console.log(`${file}: ${r.numPassedTests} passed, ${r.numFailedTests} failed`);
  // Named, so that a skip is seen for what it is (PostgreSQL-only tests skip in the PGlite pass).
  for (const suite of r.testResults ?? [])
    for (const t of suite.assertionResults ?? [])
      if (t.status === "pending" || t.status === "skipped" || t.status === "todo")
        console.log(`  skipped: ${t.fullName}`);
}
console.log(`Tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
