import type { Actor } from "../auth/actor.ts";

declare module "fastify" {
  interface FastifyRequest {
    actor: Actor | null;
  }
  interface FastifyContextConfig {
    /** Routes reachable without a session (sign-in, health, the OpenAPI document). */
    public?: boolean;
  }
}
