import { existsSync } from "node:fs";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

/** Serves the built web app; any non-API GET falls back to index.html for client-side routes. */
export async function installWebApp(app: FastifyInstance, distDir: string) {
  if (!existsSync(join(distDir, "index.html"))) {
    app.log.warn({ distDir }, "web app not built; run `npm run build`");
    return false;
  }
  await app.register(fastifyStatic, { root: distDir, wildcard: false, index: ["index.html"] });
  return true;
}
