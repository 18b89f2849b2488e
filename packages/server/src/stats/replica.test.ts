import { adminDb, type Database, withSystem, withTenant } from "@ariadne/db";
import { openTestDatabase } from "@ariadne/db/testing.ts";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../app.ts";
import { loadConfig } from "../config.ts";
import { type Agent, createTestApp, type TestApp } from "../testing/test-app.ts";
import { seedDemoStatistics } from "./seed-demo-statistics.ts";

// Two databases: the primary (casework, sessions, audit) and a second one standing in for the
// streaming replica, holding different figures so the test can tell which one answered.
let t: TestApp;
let replica: Database;
let withReplica: FastifyInstance;
let coordinator: Agent;

beforeAll(async () => {
  t = await createTestApp();
  const m = t.seed.municipalityId;
  await seedDemoStatistics(t.db, m, { count: 120, years: [2024] });
  replica = await openTestDatabase();
  await withSystem(replica, (tx) =>
    adminDb.insertMunicipality(tx, { id: m, name: "Demo municipality", country: "FI" }),
  );
  await withTenant(replica, m, (tx) =>
    adminDb.insertOrganisation(tx, {
      id: crypto.randomUUID(),
      municipalityId: m,
      name: "Replica office",
      kind: "ngo",
    }),
  );
  await seedDemoStatistics(replica, m, { count: 37, years: [2024] });
  const config = loadConfig({ LOG_LEVEL: "silent", ARIADNE_WEB_DIST: "/nonexistent" });
  withReplica = (await buildApp({ db: t.db, keyring: t.keyring, config, replica }, { logLevel: "silent" }))
    .app;
  await withReplica.ready();
  coordinator = await t.signIn("coordinator");
});
afterAll(async () => {
  await withReplica.close();
  await replica.close();
  await t.close();
});

describe("statistics on a read replica", () => {
  it("reads the figures from the replica and audits the read on the primary", async () => {
    const url = "/api/v1/stats/cases?from=2024&to=2024";
    const primary = (await coordinator.request("GET", url)).json();
    expect(primary.perYear.total).toBe(120);
    // The same session (kept on the primary) on a server whose statistics read the replica.
    const res = await withReplica.inject({ method: "GET", url, headers: { cookie: coordinator.cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.json().perYear.total).toBe(37);
    const audited = await withSystem(t.db, (tx) =>
      tx.query<{ n: number }>("select count(*)::int as n from audit_log where action = 'stats.cases'"),
    );
    expect(audited[0]?.n).toBe(2);
  });

  it("keeps casework on the primary", async () => {
    const res = await withReplica.inject({
      method: "GET",
      url: "/api/v1/organisations",
      headers: { cookie: coordinator.cookie },
    });
    expect(res.json().items.map((o: { name: string }) => o.name)).not.toContain("Replica office");
  });

  it("checks DATABASE_REPLICA_URL at boot, naming it", () => {
    expect(() => loadConfig({ DATABASE_REPLICA_URL: "mysql://x" })).toThrow(/DATABASE_REPLICA_URL/);
    expect(loadConfig({ DATABASE_REPLICA_URL: "postgres://r@127.0.0.1:5433/a" }).databaseReplicaUrl).toBe(
      "postgres://r@127.0.0.1:5433/a",
    );
  });
});
