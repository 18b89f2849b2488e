import cookie from "@fastify/cookie";
import swagger from "@fastify/swagger";
import Fastify, { type FastifyInstance } from "fastify";
import { jsonSchemaTransform, validatorCompiler } from "fastify-type-provider-zod";
import { registerAuditTrailRoutes } from "./admin/audit-trail.ts";
import { registerLocaleRoutes } from "./admin/locales.ts";
import { registerMunicipalityRoutes } from "./admin/municipalities.ts";
import { registerOrganisationRoutes } from "./admin/organisations.ts";
import { registerUserRoutes } from "./admin/users.ts";
import { auditDenied } from "./audit/audit-denied.ts";
import { createReadAuditWriter } from "./audit/read-audit-writer.ts";
import { registerAuthRoutes } from "./auth/routes.ts";
import { installSessionHook } from "./auth/session-hook.ts";
import { registerCaseRoutes } from "./cases/index.ts";
import { type Config, defaultAccessibilityStatement } from "./config.ts";
import { installErrorHandler, retryAfterSeconds } from "./http/error-handler.ts";
import "./http/fastify-types.ts";
import { registerAccessibilityStatement } from "./http/accessibility-statement.ts";
import { installIdempotency } from "./http/idempotency.ts";
import { responseSerializerCompiler } from "./http/response-serializer.ts";
import { installSecurityHeaders } from "./http/security-headers.ts";
import { installWebApp } from "./http/static-web.ts";
import { registerMappingRoutes } from "./mapping/index.ts";
import { registerNotificationRoutes } from "./notifications/index.ts";
import { registerPlanningRoutes } from "./planning/index.ts";
import { registerPreventionRoutes } from "./prevention/index.ts";
import { registerProcurementRoutes } from "./procurement/index.ts";
import { registerReferralRoutes } from "./referral/index.ts";
import { registerScreeningRoutes } from "./screening/routes.ts";
import type { Services } from "./services.ts";
import { registerStatsModule } from "./stats/index.ts";
import { registerTrainingRoutes } from "./training/index.ts";

export const bodyLimitBytes = 1024 * 1024;

export interface RouteInfo {
  method: string;
  url: string;
  public: boolean;
}

/** Builds the HTTP app. Modules register their routes here, one line each. */
export async function buildApp(
  base: Omit<Services, "readAudits">,
  options: { logLevel?: Config["logLevel"] } = {},
) {
  const s: Services = { ...base, readAudits: createReadAuditWriter(base.db) };
  const routes: RouteInfo[] = [];
  const app: FastifyInstance = Fastify({
    bodyLimit: bodyLimitBytes,
    trustProxy: s.config.trustProxy,
    logger: {
      level: options.logLevel ?? "info",
      // Log the route pattern, never the path or query: they could carry personal data.
      serializers: {
        req: (req) => ({ method: req.method, route: req.routeOptions?.url ?? "unmatched" }),
        res: (res) => ({ statusCode: res.statusCode }),
      },
      redact: ["req.headers.cookie", "req.headers['x-csrf-token']"],
    },
    return503OnClosing: true,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(responseSerializerCompiler);
  app.addHook("onRoute", (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method === "HEAD" || !route.url.startsWith("/api/")) continue;
      routes.push({ method, url: route.url, public: Boolean(route.config?.public) });
    }
  });

  installSecurityHeaders(app, { tileUrl: s.config.tileUrl });
  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      openapi: "3.0.3",
      info: {
        title: "Ariadne API",
        version: "1.0.0",
        description: "A municipality's local response to human trafficking.",
      },
      components: { securitySchemes: { session: { type: "apiKey", in: "cookie", name: "ariadne_session" } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  installErrorHandler(app, (req, err) => auditDenied(s, req, err));
  installSessionHook(app, s);
  installIdempotency(app, s);

  app.get("/healthz", { config: { public: true }, schema: { hide: true } }, async () => ({ status: "ok" }));
  app.get("/readyz", { config: { public: true }, schema: { hide: true } }, async (_req, reply) => {
    try {
      await s.db.query("select 1");
      return { status: "ready" };
    } catch {
      return reply.code(503).header("retry-after", String(retryAfterSeconds)).send({ status: "unavailable" });
    }
  });
  app.get("/api/v1/openapi.json", { config: { public: true }, schema: { hide: true } }, async () =>
    app.swagger(),
  );

  registerAuthRoutes(app, s);
  registerMunicipalityRoutes(app, s);
  registerLocaleRoutes(app, s);
  registerOrganisationRoutes(app, s);
  registerUserRoutes(app, s);
  registerAuditTrailRoutes(app, s);
  registerScreeningRoutes(app, s);
  registerCaseRoutes(app, s);
  registerMappingRoutes(app, s);
  registerPlanningRoutes(app, s);
  registerProcurementRoutes(app, s);
  registerReferralRoutes(app, s);
  registerNotificationRoutes(app, s);
  registerPreventionRoutes(app, s);
  registerStatsModule(app, s);
  registerTrainingRoutes(app, s);
  registerAccessibilityStatement(app, s.config.accessibilityStatement ?? defaultAccessibilityStatement);

  const webServed = await installWebApp(app, s.config.webDist);
  app.setNotFoundHandler((req, reply) => {
    if (webServed && req.method === "GET" && !req.url.startsWith("/api/")) {
      return reply.type("text/html").sendFile("index.html");
    }
    return reply
      .code(404)
      .send({ error: { code: "not_found", message: `no route ${req.method} ${req.url.split("?")[0]}` } });
  });
  return { app, routes };
}
