import type { Actor } from "../auth/actor.ts";
import type { SessionCache } from "../auth/session-cache.ts";

declare module "fastify" {
  interface FastifyInstance {
    /** Found sessions, forgotten on change notices; see auth/session-cache.ts. */
    sessionCache: SessionCache;
  }
  interface FastifyRequest {
    actor: Actor | null;
  }
  interface FastifyContextConfig {
    /** Routes reachable without a session (sign-in, health, the OpenAPI document). */
    public?: boolean;
  }
}
