import { ApiError } from "@ariadne/domain/admin/index.ts";
import type { z } from "zod";

export interface FieldIssue {
  path: string;
  message: string;
  /** Why a shared text or date type refused the value; see `reasonText` in ui/validate.ts. */
  reason?: string;
}

/** A failed API call: the server's error code (or `network` / `bad_response`), never thrown as a string. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: FieldIssue[] = [],
    /** On 409: the record as it is now. */
    readonly current?: unknown,
  ) {
    super(message);
    this.name = "ApiFailure";
  }

  /** Field errors keyed by the form field's name (`body.email` → `email`). */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const issue of this.issues) {
      const field = issue.path.replace(/^body\.?/, "").split(".")[0] || "_form";
      out[field] ??= issue.message;
    }
    return out;
  }
}

type Method = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
const unsafe = new Set<Method>(["POST", "PATCH", "PUT", "DELETE"]);

let csrfToken: string | null = null;
const sessionEndedListeners = new Set<() => void>();

/** The session's CSRF token, sent as `x-csrf-token` on every state-changing request. */
export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

/** Called when an authenticated call answers 401: the session has ended elsewhere or expired. */
export function onSessionEnded(listener: () => void): () => void {
  sessionEndedListeners.add(listener);
  return () => sessionEndedListeners.delete(listener);
}

const activityListeners = new Set<() => void>();
/** Called after every answer of the server to a signed-in call: the session's idle clock restarted. */
export function onServerContact(listener: () => void): () => void {
  activityListeners.add(listener);
  return () => activityListeners.delete(listener);
}

let recoverSession: (() => Promise<boolean>) | null = null;
/**
 * How a call refused for an ended session waits for the user to sign in again (the session layer
 * sets it): true once signed in as the same user, and the call is sent again; false, and it fails.
 * So a write is retried after sign-in, not dropped.
 */
export function setSessionRecovery(recover: (() => Promise<boolean>) | null) {
  recoverSession = recover;
}

async function readJson(res: Response): Promise<unknown> {
  const text = await res.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export interface RequestOptions {
  /** Public routes (sign-in) answer 401 for wrong credentials: that is not a session ending. */
  public?: boolean;
  fetch?: typeof fetch;
  /**
   * The `Idempotency-Key` of a POST: a form passes the key of its submission (`SubmissionKey`), so a
   * repeated submission of the same values is the same request; absent, every POST gets a fresh one.
   */
  idempotencyKey?: string;
  /** Set on the one repeat of a call after the user signed in again; it is not repeated twice. */
  afterRecovery?: boolean;
  /** Waits before each retry of a POST (network failure, or its first attempt still running). */
  retryDelaysMs?: readonly number[];
}

/**
 * A fresh `Idempotency-Key` (IETF draft "The Idempotency-Key HTTP Header Field"): a random UUID v4,
 * from `getRandomValues` because `randomUUID` exists only on secure origins.
 */
export function newIdempotencyKey(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The key of one form's submission: the same while the user sends the same values again (a double
 * click, a retry after an error), a new one once the values change or the form was sent and reset.
 */
export class SubmissionKey {
  private current: { key: string; body: string } | null = null;

  /** The key for sending `body` now. */
  keyFor(body: unknown): string {
    const text = JSON.stringify(body ?? null);
    if (this.current?.body !== text) this.current = { key: newIdempotencyKey(), body: text };
    return this.current.key;
  }

  /** After a successful send: the next submission is a new request. */
  reset(): void {
    this.current = null;
  }
}

const defaultRetryDelaysMs = [300, 800, 1500, 3000];
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The one way the web app talks to the API: JSON both ways, the CSRF header on writes,
 * responses parsed with the shared zod schema, errors mapped to `ApiFailure`.
 */
export async function request<S extends z.ZodType>(
  method: Method,
  path: string,
  schema: S | null,
  body?: unknown,
  options: RequestOptions = {},
): Promise<z.infer<S>> {
  const headers: Record<string, string> = { accept: "application/json" };
  let payload: string | undefined;
  if (unsafe.has(method)) {
    headers["content-type"] = "application/json";
    if (csrfToken) headers["x-csrf-token"] = csrfToken;
    // Fastify refuses an empty body declared as JSON, so a body-less write sends `{}`.
    payload = JSON.stringify(body ?? {});
  }
  // A POST carries an Idempotency-Key (as an sf-string), so that it can be retried safely: the
  // server answers a retry with the first answer instead of creating again.
  const idempotent = method === "POST";
  const idempotencyKey = idempotent ? (options.idempotencyKey ?? newIdempotencyKey()) : undefined;
  if (idempotencyKey) headers["idempotency-key"] = `"${idempotencyKey}"`;
  const delays = idempotent ? (options.retryDelaysMs ?? defaultRetryDelaysMs) : [];
  let res: Response | null = null;
  let json: unknown;
  for (let attempt = 0; ; attempt++) {
    try {
      res = await (options.fetch ?? fetch)(path, {
        method,
        headers,
        body: payload,
        credentials: "same-origin",
      });
    } catch {
      res = null;
    }
    json = res ? await readJson(res) : undefined;
    const inUse =
      res?.status === 409 && ApiError.safeParse(json).data?.error.code === "idempotency_key_in_use";
    if ((res && !inUse) || attempt >= delays.length) break;
    await pause(delays[attempt]!);
  }
  if (!res) throw new ApiFailure(0, "network", "network error");
  if (!res.ok) {
    const parsed = ApiError.safeParse(json);
    const failure = parsed.success
      ? new ApiFailure(
          res.status,
          parsed.data.error.code,
          parsed.data.error.message,
          parsed.data.error.issues ?? [],
          parsed.data.error.current,
        )
      : new ApiFailure(res.status, res.status >= 500 ? "unknown" : "bad_response", `HTTP ${res.status}`);
    if (res.status === 401 && !options.public) {
      for (const listener of sessionEndedListeners) listener();
      // Sent again, with the same key, once the same user has signed in again.
      if (!options.afterRecovery && recoverSession && (await recoverSession()))
        return request(method, path, schema, body, {
          ...options,
          afterRecovery: true,
          ...(idempotencyKey ? { idempotencyKey } : {}),
        });
    }
    throw failure;
  }
  if (!options.public) for (const listener of activityListeners) listener();
  if (schema === null) return undefined as z.infer<S>;
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new ApiFailure(res.status, "bad_response", parsed.error.message);
  return parsed.data;
}

/** Appends query parameters, leaving out empty ones. */
export function withQuery(path: string, query: Record<string, string | number | null | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== "") params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}
