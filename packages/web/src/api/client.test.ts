import { Organisation } from "@ariadne/domain/admin/index.ts";
import { afterEach, describe, expect, it } from "vitest";
import { ApiFailure, onSessionEnded, request, SubmissionKey, setCsrfToken, withQuery } from "./client.ts";

interface Seen {
  url: string;
  init: RequestInit;
}

function fakeFetch(status: number, body: unknown, seen: Seen[] = []): typeof fetch {
  return (async (url: string, init: RequestInit) => {
    seen.push({ url, init });
    return new Response(body === undefined ? null : JSON.stringify(body), { status });
  }) as typeof fetch;
}

const org = {
  id: "7c1f3a52-6a8e-4a43-9d0e-8e4a3c2b1f00",
  municipalityId: "1c1f3a52-6a8e-4a43-9d0e-8e4a3c2b1f00",
  name: "Shelter",
  kind: "ngo",
  active: true,
  version: 1,
  createdAt: "2026-11-29T00:00:00.000Z",
};

afterEach(() => setCsrfToken(null));

describe("api client", () => {
  it("sends the CSRF token and JSON content type on writes", async () => {
    setCsrfToken("token-1");
    const seen: Seen[] = [];
    await request(
      "POST",
      "/api/v1/organisations",
      Organisation,
      { name: "Shelter", kind: "ngo" },
      {
        fetch: fakeFetch(201, org, seen),
      },
    );
    const headers = seen[0]?.init.headers as Record<string, string>;
    expect(headers["x-csrf-token"]).toBe("token-1");
    expect(headers["content-type"]).toBe("application/json");
    expect(seen[0]?.init.body).toBe(JSON.stringify({ name: "Shelter", kind: "ngo" }));
  });

  it("sends no CSRF header and no body on reads", async () => {
    setCsrfToken("token-1");
    const seen: Seen[] = [];
    await request("GET", "/api/v1/organisations/x", Organisation, undefined, {
      fetch: fakeFetch(200, org, seen),
    });
    const headers = seen[0]?.init.headers as Record<string, string>;
    expect(headers["x-csrf-token"]).toBeUndefined();
    expect(seen[0]?.init.body).toBeUndefined();
  });

  it("sends an empty JSON object on a body-less write", async () => {
    const seen: Seen[] = [];
    await request("POST", "/api/v1/auth/sign-out", null, undefined, {
      fetch: fakeFetch(204, undefined, seen),
    });
    expect(seen[0]?.init.body).toBe("{}");
  });

  it("maps an API error with field issues", async () => {
    const body = {
      error: { code: "validation", message: "bad", issues: [{ path: "body.name", message: "too short" }] },
    };
    const failure = await request("POST", "/x", Organisation, {}, { fetch: fakeFetch(400, body) }).catch(
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(ApiFailure);
    expect((failure as ApiFailure).code).toBe("validation");
    expect((failure as ApiFailure).fieldErrors()).toEqual({ name: "too short" });
  });

  it("rejects a response that does not match the schema", async () => {
    const failure = await request("GET", "/x", Organisation, undefined, {
      fetch: fakeFetch(200, { ...org, kind: "pirates" }),
    }).catch((e: unknown) => e);
    expect((failure as ApiFailure).code).toBe("bad_response");
  });

  it("reports a network failure as such", async () => {
    const failing = (async () => {
      throw new TypeError("offline");
    }) as typeof fetch;
    const failure = await request("GET", "/x", null, undefined, { fetch: failing }).catch((e: unknown) => e);
    expect((failure as ApiFailure).code).toBe("network");
  });

  it("announces a session ending on 401 from a private route, but not from sign-in", async () => {
    let ended = 0;
    const stop = onSessionEnded(() => ended++);
    const body = { error: { code: "unauthenticated", message: "sign in first" } };
    await request("GET", "/x", null, undefined, { fetch: fakeFetch(401, body) }).catch(() => {});
    await request("POST", "/sign-in", null, {}, { fetch: fakeFetch(401, body), public: true }).catch(
      () => {},
    );
    stop();
    expect(ended).toBe(1);
  });

  it("builds query strings without empty values", () => {
    expect(withQuery("/a", { limit: 50, before: undefined, action: "" })).toBe("/a?limit=50");
  });
});

describe("idempotency keys", () => {
  const keyOf = (seen: Seen) => (seen.init.headers as Record<string, string>)["idempotency-key"];

  it("sends a fresh key with every POST, and none with a read", async () => {
    const seen: Seen[] = [];
    await request("POST", "/x", null, { a: 1 }, { fetch: fakeFetch(204, undefined, seen) });
    await request("POST", "/x", null, { a: 1 }, { fetch: fakeFetch(204, undefined, seen) });
    await request("GET", "/x", null, undefined, { fetch: fakeFetch(204, undefined, seen) });
    expect(keyOf(seen[0]!)).toMatch(
      /^"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"$/,
    );
    expect(keyOf(seen[1]!)).not.toBe(keyOf(seen[0]!));
    expect(keyOf(seen[2]!)).toBeUndefined();
  });

  it("retries a POST with the same key after a network failure and while the first is still running", async () => {
    const seen: Seen[] = [];
    const answers = [
      () => {
        throw new TypeError("offline");
      },
      () =>
        new Response(JSON.stringify({ error: { code: "idempotency_key_in_use", message: "wait" } }), {
          status: 409,
        }),
      () => new Response(JSON.stringify(org), { status: 201 }),
    ];
    const flaky = (async (url: string, init: RequestInit) => {
      seen.push({ url, init });
      return answers[seen.length - 1]!();
    }) as typeof fetch;
    const created = await request(
      "POST",
      "/api/v1/organisations",
      Organisation,
      { name: "Shelter" },
      {
        fetch: flaky,
        idempotencyKey: "k-1",
        retryDelaysMs: [0, 0, 0],
      },
    );
    expect(created.id).toBe(org.id);
    expect(seen.map(keyOf)).toEqual(['"k-1"', '"k-1"', '"k-1"']);
  });

  it("does not retry a POST the server refused", async () => {
    const seen: Seen[] = [];
    const body = { error: { code: "conflict", message: "changed" } };
    await request("POST", "/x", null, {}, { fetch: fakeFetch(409, body, seen), retryDelaysMs: [0] }).catch(
      () => {},
    );
    expect(seen).toHaveLength(1);
  });

  it("keeps one key for one submission of the same values, and a new one after a change or a reset", () => {
    const submission = new SubmissionKey();
    const first = submission.keyFor({ a: 1 });
    expect(submission.keyFor({ a: 1 })).toBe(first);
    const changed = submission.keyFor({ a: 2 });
    expect(changed).not.toBe(first);
    submission.reset();
    expect(submission.keyFor({ a: 2 })).not.toBe(changed);
  });
});
