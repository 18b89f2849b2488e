import { randomBytes, randomUUID } from "node:crypto";
import type { Socket } from "node:net";
import { adminDb, migrate, openDatabase, withSystem } from "@ariadne/db";
import { seedDemo } from "../packages/server/src/admin/seed-demo.ts";
import { hashPassword } from "../packages/server/src/auth/passwords.ts";
import { currentTotp, newTotpSecret } from "../packages/server/src/auth/totp.ts";
import { Keyring, masterKeyFrom } from "../packages/server/src/crypto/index.ts";
import { type HttpAnswer, open, percentile, ResponseReader, requestBytes, requestTimeoutMs } from "./load.ts";

/**
 * Mixed traffic from many users (issue 19): each virtual user signs in with password and TOTP as a
 * frontline professional of their own, opens a case, records the person's consent to share with
 * the shelter, then until the time is up keeps doing what that work consists of — the case list, a
 * case, a screening saved, a referral drafted and sent, the inbox, the map, the service directory —
 * each next request sent when the last one answered and the user has thought for a while.
 *
 * Think time is exponential with a mean of `thinkMs` (a fixed sequence per user, so runs compare):
 * with it the load is what many people at work send, and latency is what they wait; with none, each
 * user fires the next request the moment the last one answers, the load is closed, and the figures
 * are the server's capacity — by Little's law the mean latency is then users ÷ throughput whatever
 * the code does.
 */

export interface LoadUser {
  email: string;
  password: string;
  totpSecret: string;
}

export interface LoadDatabase {
  masterKeyHex: string;
  users: LoadUser[];
  shelterId: string;
}

/** The demo municipality and `count` frontline professionals in it, each with TOTP enrolled. */
export async function prepareLoadDatabase(url: string, count: number): Promise<LoadDatabase> {
  const masterKey = randomBytes(32);
  const keyring = new Keyring(masterKeyFrom(masterKey));
  const db = await openDatabase({ kind: "postgres", url });
  try {
    await migrate(db);
    const seed = await seedDemo(db, keyring);
    const password = "bench-load-password-1";
    const passwordHash = await hashPassword(password);
    const users: LoadUser[] = [];
    const shelterId = await withSystem(db, async (tx) => {
      const [demo] = await tx.query<{ organisation_id: string }>(
        "select organisation_id from users where email = $1",
        [seed.credentials.frontline.email],
      );
      const cipher = await keyring.cipherFor(tx, seed.municipalityId);
      for (let i = 0; i < count; i++) {
        const totpSecret = newTotpSecret();
        const email = `load-${i}@bench.ariadne.test`;
        await adminDb.insertUser(tx, {
          id: randomUUID(),
          municipalityId: seed.municipalityId,
          organisationId: demo!.organisation_id,
          email,
          displayName: `Load user ${i}`,
          role: "frontline",
          passwordHash,
          mustChangePassword: false,
          totpSecretEnc: cipher.encrypt("users.totp_secret", totpSecret),
        });
        users.push({ email, password, totpSecret });
      }
      const [shelter] = await tx.query<{ id: string }>(
        "select id from organisations where municipality_id = $1 and name like 'Safe Harbour%'",
        [seed.municipalityId],
      );
      return shelter!.id;
    });
    return { masterKeyHex: masterKey.toString("hex"), users, shelterId };
  } finally {
    await db.close();
  }
}

export interface ActionFigures {
  action: string;
  requests: number;
  errors: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errorKinds: Record<string, number>;
}

export interface MixedLoadResult {
  users: number;
  thinkMs: number;
  seconds: number;
  requestsPerSecond: number;
  requests: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
  /** Sign-ins, case openings and consents at the start: the burst of users arriving at once. */
  actions: ActionFigures[];
}

class Recorder {
  readonly latencies = new Map<string, number[]>();
  readonly errors = new Map<string, Record<string, number>>();
  counting = false;
  fail(action: string, kind: string) {
    const kinds = this.errors.get(action) ?? {};
    kinds[kind] = (kinds[kind] ?? 0) + 1;
    this.errors.set(action, kinds);
  }
  took(action: string, ms: number) {
    const l = this.latencies.get(action) ?? [];
    l.push(ms);
    this.latencies.set(action, l);
  }
}

class RequestFailed extends Error {}

/** One user's keep-alive connection; a request that fails is counted under its action. */
class UserClient {
  private socket: Socket | null = null;
  private reader: ResponseReader | null = null;
  cookie = "";
  csrf = "";
  constructor(
    private readonly target: URL,
    private readonly rec: Recorder,
  ) {}

  async request(action: string, method: string, path: string, body?: unknown): Promise<HttpAnswer> {
    if (!this.socket) {
      try {
        this.socket = await open(this.target);
      } catch (e) {
        this.rec.fail(action, (e as NodeJS.ErrnoException).code ?? String(e));
        throw new RequestFailed(action);
      }
      this.reader = new ResponseReader(this.socket);
    }
    const headers: Record<string, string> = {};
    if (this.cookie) headers.cookie = this.cookie;
    if (method !== "GET") {
      headers["content-type"] = "application/json";
      if (this.csrf) headers["x-csrf-token"] = this.csrf;
      if (method === "POST") headers["idempotency-key"] = randomUUID();
    }
    const url = new URL(path, this.target);
    const started = performance.now();
    try {
      this.socket.write(
        requestBytes(url, method, headers, body === undefined ? undefined : JSON.stringify(body)),
      );
      const answer = await this.reader!.next(requestTimeoutMs);
      this.rec.took(action, performance.now() - started);
      if (answer.status >= 300) {
        this.rec.fail(action, `HTTP ${answer.status}`);
        throw new RequestFailed(action);
      }
      return answer;
    } catch (e) {
      if (e instanceof RequestFailed) throw e;
      this.rec.fail(action, (e as NodeJS.ErrnoException).code ?? String(e));
      this.close();
      throw new RequestFailed(action);
    }
  }

  close() {
    this.socket?.destroy();
    this.socket = null;
    this.reader = null;
  }
}

/** What each user does once, all at the start: a burst, reported apart from the measured window. */
const arrivalActions = ["sign_in", "create_case", "record_consent"];

const json = (a: HttpAnswer) => JSON.parse(a.body.toString("utf8"));

// What a frontline professional's working hour is made of, by weight.
const mix: [string, number][] = [
  ["case_list", 20],
  ["open_case", 20],
  ["inbox", 15],
  ["save_screening", 10],
  ["map", 10],
  ["service_directory", 10],
  ["session", 10],
  ["refer", 5],
];
const totalWeight = mix.reduce((n, [, w]) => n + w, 0);

const screening = {
  catalogueVersion: "catalogue-v2",
  profiles: ["adult_labour"],
  observations: [
    { indicator: "alx.dec.01", status: "present", observedAt: "2026-10-01", source: "interview" },
    { indicator: "alx.exp.01", status: "present", observedAt: "2026-10-01" },
  ],
};

async function actAs(
  client: UserClient,
  user: LoadUser,
  shelterId: string,
  index: number,
  /** Milliseconds left in the measured window (infinite before it starts). */
  msLeft: () => number,
  thinkMs: number,
) {
  const signedIn = await client.request("sign_in", "POST", "/api/v1/auth/sign-in", {
    email: user.email,
    password: user.password,
    totp: currentTotp(user.totpSecret),
  });
  client.cookie = /set-cookie:\s*([^;\r\n]+)/i.exec(signedIn.head)![1]!;
  client.csrf = json(signedIn).session.csrfToken;
  const created = await client.request("create_case", "POST", "/api/v1/cases", {
    person: { aliases: [`Load ${index}`] },
  });
  const caseId: string = json(created).case.id;
  await client.request("record_consent", "POST", `/api/v1/cases/${caseId}/consents`, {
    purpose: "sharing",
    organisationId: shelterId,
    givenOn: "2026-11-01",
    form: "oral",
    language: "en",
    interpreter: false,
  });
  // A fixed sequence per user (a small LCG), so that runs are comparable.
  let seed = index * 7919 + 1;
  const nextAction = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    let pick = seed % totalWeight;
    for (const [action, weight] of mix) {
      if (pick < weight) return action;
      pick -= weight;
    }
    return mix[0]![0];
  };
  // Thinking ends at the window's end at the latest: a user still pausing then is done, not late.
  const think = () => {
    if (thinkMs <= 0) return;
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const ms = Math.min(-Math.log(1 - seed / 2147483648) * thinkMs, msLeft());
    return new Promise((r) => setTimeout(r, ms));
  };
  while (msLeft() > 0) {
    await think();
    if (msLeft() <= 0) break;
    const action = nextAction();
    try {
      switch (action) {
        case "case_list":
          await client.request(action, "GET", "/api/v1/cases");
          break;
        case "open_case":
          await client.request(action, "GET", `/api/v1/cases/${caseId}`);
          break;
        case "inbox":
          await client.request(action, "GET", "/api/v1/notifications");
          break;
        case "save_screening":
          await client.request(action, "POST", `/api/v1/cases/${caseId}/screenings`, screening);
          break;
        case "map":
          await client.request(action, "GET", "/api/v1/mapping/layers.geojson");
          break;
        case "service_directory":
          await client.request(action, "GET", "/api/v1/services");
          break;
        case "session":
          await client.request(action, "GET", "/api/v1/auth/session");
          break;
        case "refer": {
          const draft = json(
            await client.request("refer_draft", "POST", "/api/v1/referrals", {
              caseId,
              receivingOrganisationId: shelterId,
              stage: "accommodation",
              sharedFields: ["caseCode", "ageBand", "needs"],
              needs: ["shelter"],
            }),
          );
          await client.request("refer_send", "POST", `/api/v1/referrals/${draft.id}/send`, {
            version: draft.version,
          });
          break;
        }
      }
    } catch (e) {
      if (!(e instanceof RequestFailed)) throw e;
    }
  }
}

/**
 * `users` virtual users against the server at `url` for `seconds` after they have all signed in
 * and opened their case. Uses (and signs in) `users` accounts from `pool`, never one signed in
 * before: a TOTP code is accepted once.
 */
export async function runMixedLoad(opts: {
  url: string;
  users: LoadUser[];
  shelterId: string;
  seconds: number;
  /** Mean think time between a user's requests, in ms; 0 for a closed load (capacity). */
  thinkMs: number;
}): Promise<MixedLoadResult> {
  const target = new URL(opts.url);
  const rec = new Recorder();
  let deadline = Number.POSITIVE_INFINITY;
  const arrivedUsers = new Set<number>();
  let allArrived!: () => void;
  const arrival = new Promise<void>((r) => {
    allArrived = r;
  });
  const arrived = (i: number) => {
    arrivedUsers.add(i);
    if (arrivedUsers.size === opts.users.length) allArrived();
  };
  const startedUsers = opts.users.map(async (user, i) => {
    const client = new UserClient(target, rec);
    try {
      await actAs(
        client,
        user,
        opts.shelterId,
        i,
        () => {
          arrived(i);
          return deadline - performance.now();
        },
        opts.thinkMs,
      );
    } catch (e) {
      if (!(e instanceof RequestFailed)) throw e;
      arrived(i); // a user whose arrival failed does no work; the failure is counted
    } finally {
      client.close();
    }
  });
  await arrival;
  // The measured window starts when every user is at work; what came before is the arrival burst.
  const setup = new Map(rec.latencies);
  rec.latencies.clear();
  const setupErrors = new Map(rec.errors);
  rec.errors.clear();
  const windowStart = performance.now();
  deadline = windowStart + opts.seconds * 1000;
  await Promise.all(startedUsers);
  const elapsed = (performance.now() - windowStart) / 1000;
  const figures = (action: string, l: number[], kinds: Record<string, number>, seconds: number) => {
    const sorted = [...l].sort((a, b) => a - b);
    const errors = Object.values(kinds).reduce((n, k) => n + k, 0);
    return {
      action,
      requests: sorted.length,
      errors,
      requestsPerSecond: sorted.length / seconds,
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      p99: percentile(sorted, 99),
      errorKinds: kinds,
    };
  };
  const actions: ActionFigures[] = [];
  // Work the first users did while others were still arriving is not counted.
  for (const action of arrivalActions)
    actions.push(figures(action, setup.get(action) ?? [], setupErrors.get(action) ?? {}, elapsed));
  const names = new Set([...rec.latencies.keys(), ...rec.errors.keys()]);
  for (const action of names)
    actions.push(figures(action, rec.latencies.get(action) ?? [], rec.errors.get(action) ?? {}, elapsed));
  const all = [...rec.latencies.values()].flat();
  const total = figures("all", all, Object.assign({}, ...rec.errors.values()), elapsed);
  const errors = [...rec.errors.values()].reduce(
    (n, k) => n + Object.values(k).reduce((m, c) => m + c, 0),
    0,
  );
  return {
    users: opts.users.length,
    thinkMs: opts.thinkMs,
    seconds: elapsed,
    requestsPerSecond: total.requestsPerSecond,
    requests: total.requests,
    errors,
    p50: total.p50,
    p95: total.p95,
    p99: total.p99,
    actions,
  };
}

/** The figures as a table: one line per action, the arrival burst first. */
export function formatMixedLoad(label: string, r: MixedLoadResult): string {
  const n = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : "-");
  const lines = [
    `${label}: ${r.users} users, ${r.thinkMs > 0 ? `think time ${r.thinkMs} ms` : "no think time"}, ${r.seconds.toFixed(1)} s — ${n(r.requestsPerSecond)} req/s, p50 ${n(r.p50)} ms, p95 ${n(r.p95)} ms, p99 ${n(r.p99)} ms, ${r.errors} errors`,
    `  ${"action".padEnd(20)} ${"requests".padStart(8)} ${"req/s".padStart(8)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"p99 ms".padStart(8)} ${"errors".padStart(6)}`,
  ];
  for (const a of r.actions) {
    const burst = arrivalActions.includes(a.action) ? "*" : "";
    lines.push(
      `  ${(a.action + burst).padEnd(20)} ${String(a.requests).padStart(8)} ${n(a.requestsPerSecond).padStart(8)} ${n(a.p50).padStart(8)} ${n(a.p95).padStart(8)} ${n(a.p99).padStart(8)} ${String(a.errors).padStart(6)}${a.errors ? `  ${JSON.stringify(a.errorKinds)}` : ""}`,
    );
  }
  lines.push("  * at arrival: every user at once, before the measured window");
  return lines.join("\n");
}
