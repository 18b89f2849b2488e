import { randomBytes } from "node:crypto";
import type { Database } from "@ariadne/db";
import { openTestDatabase } from "@ariadne/db/testing.ts";
import { admin } from "@ariadne/domain";
import { type DemoCredential, seedDemo } from "../admin/seed-demo.ts";
import { buildApp } from "../app.ts";
import { loadConfig } from "../config.ts";
import { Keyring, masterKeyFrom } from "../crypto/index.ts";

export interface TestServer {
  url: string;
  db: Database;
  keyring: Keyring;
  municipalityId: string;
  credentials: Record<admin.Role, { email: string; password: string; totpSecret: string }>;
  rawCredentials: Record<admin.Role, DemoCredential>;
  close(): Promise<void>;
}

/** A real server on a random loopback port over a fresh database with the demo seed (browser tests). */
export async function startTestServer(): Promise<TestServer> {
  const db = await openTestDatabase();
  const keyring = new Keyring(masterKeyFrom(randomBytes(32)));
  // Without the demo boundary: tests import the boundary they need.
  const seed = await seedDemo(db, keyring, { boundary: false });
  const config = loadConfig({ ...process.env, LOG_LEVEL: "warn" });
  const { app } = await buildApp({ db, keyring, config }, { logLevel: "warn" });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const credentials = {} as TestServer["credentials"];
  for (const role of admin.roles) {
    const c = seed.credentials[role];
    credentials[role] = { email: c.email, password: c.password, totpSecret: c.totpSecret ?? "" };
  }
  return {
    url: `http://127.0.0.1:${port}`,
    db,
    keyring,
    municipalityId: seed.municipalityId,
    credentials,
    rawCredentials: seed.credentials,
    async close() {
      await app.close();
      await db.close();
    },
  };
}
