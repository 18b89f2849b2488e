import helmet from "@fastify/helmet";
import type { FastifyInstance } from "fastify";

/** Strict CSP (no inline script or style), no-sniff, frame-deny; HSTS only when served over TLS. */
export async function installSecurityHeaders(app: FastifyInstance) {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:", "blob:"],
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
