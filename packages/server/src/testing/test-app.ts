import { randomBytes } from "node:crypto";
import type { Database } from "@ariadne/db";
import { openTestDatabase } from "@ariadne/db/testing.ts";
import type { admin } from "@ariadne/domain";
import type { FastifyInstance } from "fastify";
import { type DemoSeed, seedDemo } from "../admin/seed-demo.ts";
import { buildApp, type RouteInfo } from "../app.ts";
import { currentTotp } from "../auth/totp.ts";
import { loadConfig } from "../config.ts";
import { Keyring, masterKeyFrom } from "../crypto/index.ts";

// biome-ignore lint/suspicious/noExplicitAny: tests inspect response bodies loosely, asserting on fields
type Json = any;

export interface Response {
  status: number;
  json: () => Json;
  headers: Record<string, unknown>;
  body: string;
}

export interface Agent {
  cookie: string;
  csrfToken: string;
  me: admin.Me;
  request(
    method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE",
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Response>;
}

export interface TestApp {
  app: FastifyInstance;
  routes: RouteInfo[];
  db: Database;
  keyring: Keyring;
  seed: DemoSeed;
  /** Signs a demo user in (password + TOTP) and returns an agent carrying cookie and CSRF token. */
  signIn(role: admin.Role, seed?: DemoSeed): Promise<Agent>;
  agentOf(res: { json(): Json; headers: Record<string, unknown> }): Agent;
  close(): Promise<void>;
}

/** A second demo municipality in the test app's database, for cross-municipality refusals. */
export function seedOtherMunicipality(t: Pick<TestApp, "db" | "keyring">): Promise<DemoSeed> {
  return seedDemo(t.db, t.keyring, { name: "Other municipality", emailDomain: "other.ariadne.test" });
}

/** The real app in-process over a fresh database with the demo seed; requests go through inject. `env` adds settings. */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const db = await openTestDatabase();
  const keyring = new Keyring(masterKeyFrom(randomBytes(32)));
  // Without the demo boundary: tests import the boundary they need.
  const seed = await seedDemo(db, keyring, { boundary: false });
  const config = loadConfig({ LOG_LEVEL: "silent", ARIADNE_WEB_DIST: "/nonexistent", ...env });
  const { app, routes } = await buildApp({ db, keyring, config }, { logLevel: "silent" });
  await app.ready();

  const signIn = async (role: admin.Role, from: DemoSeed = seed): Promise<Agent> => {
    const c = from.credentials[role];
    // Tests sign the same user in many times within one TOTP step; forget the replay guard.
    await db.query("update users set totp_last_step = 0 where email = $1", [c.email]);
    const res = await app.inject({
      method: "POST",
      url: "/api/v1/auth/sign-in",
      payload: {
        email: c.email,
        password: c.password,
        ...(c.totpSecret ? { totp: currentTotp(c.totpSecret) } : {}),
      },
    });
    if (res.statusCode !== 200) throw new Error(`sign-in as ${role} failed: ${res.statusCode} ${res.body}`);
    return agentOf(res);
  };

  /** An agent for the session a sign-in answer (password set, TOTP enrolment…) just started. */
  const agentOf = (res: { json(): Json; headers: Record<string, unknown> }): Agent => {
    const body = res.json();
    if (body.status !== "signed_in") throw new Error(`no session in the answer: ${JSON.stringify(body)}`);
    const cookie = String(res.headers["set-cookie"]).split(";")[0]!;
    const agent: Agent = {
      cookie,
      csrfToken: body.session.csrfToken,
      me: body.session.user,
      async request(method, url, payload, headers = {}) {
        const r = await app.inject({
          method,
          url,
          headers: { cookie, "x-csrf-token": agent.csrfToken, ...headers },
          ...(payload !== undefined ? { payload: payload as object } : {}),
        });
        return { status: r.statusCode, json: () => r.json(), headers: r.headers, body: r.body };
      },
    };
    return agent;
  };

  return {
    app,
    routes,
    db,
    keyring,
    seed,
    signIn,
    agentOf,
    async close() {
      await app.close();
      await db.close();
    },
  };
}
