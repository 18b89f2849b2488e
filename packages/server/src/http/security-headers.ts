import { mapping } from "@ariadne/domain";
import helmet from "@fastify/helmet";
import type { FastifyInstance } from "fastify";

/** Strict CSP (no inline script or style), no-sniff, frame-deny; HSTS only when served over TLS. */
export async function installSecurityHeaders(
  app: FastifyInstance,
  options: { tileUrl?: string | null } = {},
) {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        // A configured map tile server's images, and nothing else from outside.
        imgSrc: [
          "'self'",
          "data:",
          "blob:",
          ...(options.tileUrl ? [mapping.tileUrlCspSource(options.tileUrl)] : []),
        ],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        workerSrc: ["'self'", "blob:"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    frameguard: { action: "deny" },
    hsts: false,
    referrerPolicy: { policy: "no-referrer" },
    crossOriginEmbedderPolicy: false,
  });
  app.addHook("onSend", async (req, reply) => {
    if (req.protocol === "https")
      reply.header("strict-transport-security", "max-age=31536000; includeSubDomains");
    if (req.url.startsWith("/api/")) reply.header("cache-control", "no-store");
  });
}
