import { type AddressInfo, connect } from "node:net";
import { prevention } from "@ariadne/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bodyLimitBytes } from "../app.ts";
import { type Agent, createTestApp, type TestApp } from "../testing/test-app.ts";

/**
 * Over a real TCP socket, not inject: a client that streams a body far over the limit must read
 * the 413 and its JSON error, not a reset connection.
 */

const tenMegabytes = 10 * 1024 * 1024;

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * Streams `size` bytes to `path` over a raw socket and reads the answer only once the whole body
 * is written, as many clients do (curl, most HTTP libraries). A server that closes the connection
 * while the client still writes makes the kernel reset it, and the reset drops the unread answer.
 */
function streamBody(
  port: number,
  path: string,
  agent: Agent,
  size: number,
  framing: "content-length" | "chunked",
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: "127.0.0.1", port });
    socket.pause();
    const received: Buffer[] = [];
    socket.on("error", reject);
    socket.on("data", (c: Buffer) => received.push(c));
    socket.on("end", () => {
      socket.end();
      const text = Buffer.concat(received).toString("utf8");
      const [head = "", ...rest] = text.split("\r\n\r\n");
      const [statusLine = "", ...headerLines] = head.split("\r\n");
      const headers = Object.fromEntries(
        headerLines.map((l) => [
          l.slice(0, l.indexOf(":")).toLowerCase(),
          l.slice(l.indexOf(":") + 1).trim(),
        ]),
      );
      resolve({ status: Number(statusLine.split(" ")[1]), headers, body: rest.join("\r\n\r\n") });
    });
    socket.write(
      [
        `POST ${path} HTTP/1.1`,
        `host: 127.0.0.1:${port}`,
        "content-type: application/json",
        `cookie: ${agent.cookie}`,
        `x-csrf-token: ${agent.csrfToken}`,
        framing === "content-length" ? `content-length: ${size}` : "transfer-encoding: chunked",
        "",
        "",
      ].join("\r\n"),
    );
    const chunk = Buffer.alloc(64 * 1024, "x");
    chunk.write('{"name":"');
    let written = 0;
    const writeMore = () => {
      while (written < size) {
        const n = Math.min(chunk.length, size - written);
        written += n;
        const data = n === chunk.length ? chunk : chunk.subarray(0, n);
        const more =
          framing === "chunked"
            ? socket.write(Buffer.concat([Buffer.from(`${n.toString(16)}\r\n`), data, Buffer.from("\r\n")]))
            : socket.write(data);
        if (!more) {
          socket.once("drain", writeMore);
          return;
        }
      }
      if (framing === "chunked") socket.write("0\r\n\r\n");
      socket.resume(); // the whole body is out: now read the answer
    };
    writeMore();
  });
}

let t: TestApp;
let agent: Agent;
let port: number;
let caseId: string;

beforeAll(async () => {
  t = await createTestApp();
  agent = await t.signIn("frontline");
  caseId = (await agent.request("POST", "/api/v1/cases", { person: { aliases: ["Mira"] } })).json().case.id;
  await t.app.listen({ port: 0, host: "127.0.0.1" });
  port = (t.app.server.address() as AddressInfo).port;
});
afterAll(async () => {
  await t.close();
});

describe("a body over the size limit, streamed over TCP", () => {
  const routes = () => [
    { name: "a JSON route", path: "/api/v1/cases", limit: bodyLimitBytes },
    { name: "the attachment upload", path: `/api/v1/cases/${caseId}/attachments`, limit: bodyLimitBytes },
    // A campaign's material file has a larger limit of its own; the body is refused before the role.
    {
      name: "a campaign material upload",
      path: "/api/v1/campaigns/00000000-0000-4000-8000-000000000001/materials",
      limit: prevention.materialBodyLimitBytes,
    },
  ];

  for (const framing of ["content-length", "chunked"] as const) {
    it(`answers 413 with the JSON error to 10 MB sent with ${framing}, every time`, async () => {
      for (let round = 0; round < 3; round++) {
        for (const route of routes()) {
          const answer = await streamBody(port, route.path, agent, tenMegabytes, framing);
          const what = `${route.name}, ${framing}, round ${round}`;
          expect(answer.status, what).toBe(413);
          expect(answer.headers.connection, what).toBe("close");
          expect(JSON.parse(answer.body), what).toEqual({
            error: {
              code: "body_too_large",
              message: `request body is too large: at most ${route.limit} bytes`,
            },
          });
        }
      }
    });
  }

  it("still serves the next request after refusing one", async () => {
    await streamBody(port, "/api/v1/cases", agent, tenMegabytes, "content-length");
    const res = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(res.status).toBe(200);
  });
});
