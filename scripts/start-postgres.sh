#!/usr/bin/env bash
# Starts Debian's PostgreSQL 15 on loopback for the server-database test run (idempotent).
set -euo pipefail
if ! pg_lsclusters -h | grep -q '^15 \+main'; then pg_createcluster 15 main >/dev/null; fi
pg_ctlcluster 15 main start 2>/dev/null || true
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p 5432 && break
  sleep 1
done
pg_isready -h 127.0.0.1 -p 5432
su postgres -c "psql -qc \"alter user postgres password 'postgres'\""
# The application role is cluster-wide, but each test file migrates its own database in parallel:
# made here once, the first migrations cannot race to create it ("role already exists").
su postgres -c "psql -qc \"set client_min_messages = warning; do \\\$\\\$ begin if not exists (select from pg_roles where rolname = 'ariadne_app') then create role ariadne_app nologin; end if; end \\\$\\\$; grant ariadne_app to postgres;\""
