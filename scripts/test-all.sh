#!/usr/bin/env bash
# The whole test suite: lint and types; unit, service and route tests on embedded PostgreSQL
# (PGlite); the database-layer tests again on a PostgreSQL server; browser journeys in Chromium.
# Every step runs, whatever an earlier one did; the last lines name each step that failed and why,
# because a CI log is often read from its tail only.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p .tmp
rm -f .tmp/vitest-*.json .tmp/step-*.log
pg_url="${ARIADNE_TEST_DATABASE_URL:-postgres://postgres:postgres@127.0.0.1:5432/postgres}"
failed_steps=()

step() { echo; echo "== $*"; }
# Runs a step, its output kept in .tmp/step-<name>.log as well, and notes a non-zero exit.
run() {
  local name=$1
  shift
  "$@" 2>&1 | tee ".tmp/step-$name.log"
  local code=${PIPESTATUS[0]}
  [ "$code" -eq 0 ] || failed_steps+=("$name:$code")
  return "$code"
}
vitest_json() { echo --reporter=default --reporter=json --outputFile=".tmp/vitest-$1.json"; }

step "lint, format and types"
run check npm run --silent check

step "tests on the embedded database (PGlite)"
run pglite env -u DATABASE_URL npx vitest run $(vitest_json pglite)

step "database-layer tests on the PostgreSQL server"
if pg_isready -q -d "$pg_url" 2>/dev/null; then
  run postgres env DATABASE_URL="$pg_url" npx vitest run packages/db packages/server packages/cli $(vitest_json postgres)
else
  echo "No PostgreSQL server at $pg_url: run 'bash scripts/start-postgres.sh' (or .ci/run) first." >&2
  failed_steps+=("postgres:no-server")
fi

step "fault tests: kill -9, PostgreSQL restarts, a full disk, backups under writes, several processes"
if pg_isready -q -d "$pg_url" 2>/dev/null; then
  run faults env DATABASE_URL="$pg_url" npx vitest run --config test/faults/vitest.config.ts $(vitest_json faults)
else
  echo "No PostgreSQL server at $pg_url: the fault tests need it (and /usr/lib/postgresql/15/bin)." >&2
  failed_steps+=("faults:no-server")
fi

step "browser journeys (Chromium)"
if [ -x /usr/bin/chromium ]; then
  # Built without emptying dist/: a journey running meanwhile from this checkout (another
  # engineer's `npm test`) still finds the lazily loaded chunks of the index.html it was served.
  run build npm run --silent build -w @ariadne/web -- --emptyOutDir false >/dev/null &&
    run e2e npx vitest run --config e2e/vitest.config.ts $(vitest_json e2e)
else
  echo "Chromium is missing: apt-get install -y chromium (or run .ci/run)." >&2
  failed_steps+=("e2e:no-chromium")
fi

echo
node scripts/summarise-tests.mjs .tmp/vitest-*.json || failed_steps+=("summary:1")

# A vitest run can fail with every test passed: an error thrown outside any test (an unhandled
# rejection, a worker that would not stop) is in no JSON report, only in the run's own output.
if [ ${#failed_steps[@]} -gt 0 ]; then
  echo
  echo "Failed steps (name:exit): ${failed_steps[*]}"
  for entry in "${failed_steps[@]}"; do
    log=".tmp/step-${entry%%:*}.log"
    [ -f "$log" ] || continue
    case ${entry%%:*} in
    check | build)
      # No test report of their own: their last lines are the error.
      echo "-- ${entry%%:*}: the end of $log"
      sed 's/\x1b\[[0-9;]*m//g' "$log" | tail -n 30
      ;;
    *)
      echo "-- ${entry%%:*}: errors outside the tests, from $log"
      sed 's/\x1b\[[0-9;]*m//g' "$log" |
        grep -n -i -E -A24 'unhandled (error|rejection)|vitest-pool|close timed out|error during close|^error|ERR!' |
        head -80
      ;;
    esac
  done
  exit 1
fi
