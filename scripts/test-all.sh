#!/usr/bin/env bash
# The whole test suite: lint and types; unit, service and route tests on embedded PostgreSQL
# (PGlite); the database-layer tests again on a PostgreSQL server; browser journeys in Chromium.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p .tmp
rm -f .tmp/vitest-*.json
pg_url="${ARIADNE_TEST_DATABASE_URL:-postgres://postgres:postgres@127.0.0.1:5432/postgres}"
status=0

step() { echo; echo "== $*"; }

step "lint, format and types"
npm run --silent check || status=1

step "tests on the embedded database (PGlite)"
env -u DATABASE_URL npx vitest run --reporter=default --reporter=json --outputFile=.tmp/vitest-pglite.json || status=1

step "database-layer tests on the PostgreSQL server"
if pg_isready -q -d "$pg_url" 2>/dev/null; then
  DATABASE_URL="$pg_url" npx vitest run packages/db packages/server packages/cli \
    --reporter=default --reporter=json --outputFile=.tmp/vitest-postgres.json || status=1
else
  echo "No PostgreSQL server at $pg_url: run 'bash scripts/start-postgres.sh' (or .ci/run) first." >&2
  status=1
fi

step "fault tests: kill -9, PostgreSQL restarts, a full disk, backups under writes, several processes"
if pg_isready -q -d "$pg_url" 2>/dev/null; then
  DATABASE_URL="$pg_url" npx vitest run --config test/faults/vitest.config.ts \
    --reporter=default --reporter=json --outputFile=.tmp/vitest-faults.json || status=1
else
  echo "No PostgreSQL server at $pg_url: the fault tests need it (and /usr/lib/postgresql/15/bin)." >&2
  status=1
fi

step "browser journeys (Chromium)"
if [ -x /usr/bin/chromium ]; then
  # Built without emptying dist/: a journey running meanwhile from this checkout (another
  # engineer's `npm test`) still finds the lazily loaded chunks of the index.html it was served.
  npm run --silent build -w @ariadne/web -- --emptyOutDir false >/dev/null && npx vitest run --config e2e/vitest.config.ts \
    --reporter=default --reporter=json --outputFile=.tmp/vitest-e2e.json || status=1
else
  echo "Chromium is missing: apt-get install -y chromium (or run .ci/run)." >&2
  status=1
fi

node scripts/summarise-tests.mjs .tmp/vitest-*.json || status=1
exit $status
