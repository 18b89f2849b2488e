import Fastify from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { responseSerializerCompiler } from "./response-serializer.ts";

function appWith(answer: unknown) {
  const app = Fastify();
  app.setSerializerCompiler(responseSerializerCompiler);
  app.withTypeProvider<ZodTypeProvider>().get(
    "/thing",
    {
      schema: {
        response: { 200: z.object({ items: z.array(z.object({ id: z.uuid(), name: z.string() })) }) },
      },
    },
    // What a handler returns is not trusted to fit: the row may carry more than the schema names.
    async () => answer as never,
  );
  return app;
}

describe("response serialization", () => {
  it("sends only the fields the schema names", async () => {
    const app = appWith({
      items: [{ id: "8bee3ad9-bfe5-4cc2-80e2-636cdc4d82b6", name: "A", password_hash: "secret" }],
      total_secret: 1,
    });
    const res = await app.inject({ method: "GET", url: "/thing" });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ items: [{ id: "8bee3ad9-bfe5-4cc2-80e2-636cdc4d82b6", name: "A" }] });
    expect(res.body).not.toContain("secret");
  });

  it("refuses to send an answer that does not fit its schema", async () => {
    const app = appWith({ items: [{ id: "not-a-uuid", name: "A" }] });
    const res = await app.inject({ method: "GET", url: "/thing" });
    expect(res.statusCode).toBe(500);
    expect(res.body).not.toContain("not-a-uuid");
  });
});
