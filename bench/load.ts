import { connect, type Socket } from "node:net";

export interface LoadResult {
  requests: number;
  errors: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** What the errors were: HTTP status or socket error code, with counts. */
  errorKinds: Record<string, number>;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const headerEnd = Buffer.from("\r\n\r\n");
// A server that stops answering must not hang the bench: such a request counts as an error.
export const requestTimeoutMs = 10_000;

/**
 * Reads HTTP/1.1 responses off one keep-alive socket. Deliberately small, as autocannon's client
 * is: the load generator shares the machine's two cores with the server and the database, and
 * Node's full HTTP client spent twice the CPU per request.
 */
export interface HttpAnswer {
  status: number;
  /** The status line and headers. */
  head: string;
  body: Buffer;
}

function dechunk(chunked: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const lineEnd = chunked.indexOf("\r\n", at);
    const size = Number.parseInt(chunked.toString("latin1", at, lineEnd), 16);
    if (!size) return Buffer.concat(parts);
    parts.push(chunked.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
}

export class ResponseReader {
  private buffer: Buffer = Buffer.alloc(0);
  private waiting: ((answer: HttpAnswer) => void) | null = null;
  private failed: ((err: Error) => void) | null = null;

  constructor(socket: Socket) {
    socket.on("data", (chunk: Buffer) => {
      this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
      this.take();
    });
    const fail = (err: Error) => {
      const f = this.failed;
      this.waiting = this.failed = null;
      f?.(err);
    };
    socket.on("error", fail);
    socket.on("close", () => fail(Object.assign(new Error("closed"), { code: "ECONNRESET" })));
  }

  /** The next response's status; a response slower than `timeoutMs` fails as "timeout". */
  next(timeoutMs: number): Promise<HttpAnswer> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting = this.failed = null;
        reject(Object.assign(new Error("timeout"), { code: "timeout" }));
      }, timeoutMs);
      this.waiting = (answer) => {
        clearTimeout(timer);
        resolve(answer);
      };
      this.failed = (err) => {
        clearTimeout(timer);
        reject(err);
      };
      this.take();
    });
  }

  private take() {
    if (!this.waiting) return;
    const end = this.buffer.indexOf(headerEnd);
    if (end < 0) return;
    const head = this.buffer.toString("latin1", 0, end);
    const status = Number(head.slice(9, 12));
    const length = /\r\ncontent-length:\s*(\d+)/i.exec(head);
    let total: number;
    let chunked = false;
    if (length) {
      total = end + 4 + Number(length[1]);
    } else {
      chunked = true;
      // Chunked: the body ends with the zero-length chunk.
      const last = this.buffer.indexOf("\r\n0\r\n\r\n", end);
      if (last < 0) return;
      total = last + 7;
    }
    if (this.buffer.length < total) return;
    const raw = this.buffer.subarray(end + 4, total);
    this.buffer = this.buffer.subarray(total);
    const resolve = this.waiting;
    this.waiting = this.failed = null;
    resolve({ status, head, body: chunked ? dechunk(raw) : raw });
  }
}

export function open(url: URL): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: url.hostname, port: Number(url.port), noDelay: true });
    socket.once("connect", () => resolve(socket));
    socket.once("error", reject);
  });
}

export function requestBytes(
  url: URL,
  method: string,
  headers: Record<string, string>,
  body?: string,
): Buffer {
  const lines = [`${method} ${url.pathname}${url.search} HTTP/1.1`, `host: ${url.host}`];
  for (const [k, v] of Object.entries(headers)) lines.push(`${k}: ${v}`);
  if (body !== undefined) lines.push(`content-length: ${Buffer.byteLength(body)}`);
  return Buffer.from(`${lines.join("\r\n")}\r\n\r\n${body ?? ""}`);
}

/**
 * Closed-loop load: `connections` keep-alive clients each send the next request when the last
 * answers, for `seconds`. Every latency is kept, so the percentiles are exact.
 */
export async function runLoad(opts: {
  url: string;
  method?: string;
  headers?: Record<string, string>;
  body?: () => string;
  connections: number;
  seconds: number;
}): Promise<LoadResult> {
  const target = new URL(opts.url);
  const method = opts.method ?? "GET";
  const headers = opts.headers ?? {};
  // A fixed request is built once, as autocannon does; a body that changes is built per request.
  const fixed = opts.body ? null : requestBytes(target, method, headers);
  const latencies: number[] = [];
  let errors = 0;
  const errorKinds: Record<string, number> = {};
  const fail = (kind: string) => {
    errors++;
    errorKinds[kind] = (errorKinds[kind] ?? 0) + 1;
  };
  const deadline = performance.now() + opts.seconds * 1000;
  const client = async () => {
    while (performance.now() < deadline) {
      let socket: Socket;
      try {
        socket = await open(target);
      } catch (e) {
        fail((e as NodeJS.ErrnoException).code ?? String(e));
        continue;
      }
      const reader = new ResponseReader(socket);
      try {
        while (performance.now() < deadline) {
          const started = performance.now();
          socket.write(fixed ?? requestBytes(target, method, headers, opts.body!()));
          const { status } = await reader.next(requestTimeoutMs);
          latencies.push(performance.now() - started);
          if (status >= 300) fail(`HTTP ${status}`);
        }
      } catch (e) {
        fail((e as NodeJS.ErrnoException).code ?? String(e));
      } finally {
        socket.destroy();
      }
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: opts.connections }, client));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    errorKinds,
    requestsPerSecond: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
  };
}
