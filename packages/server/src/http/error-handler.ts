import { DatabaseUnavailableError } from "@ariadne/db";
import type { FastifyError, FastifyInstance, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { AppError } from "./errors.ts";
import { closeAfterDraining } from "./refused-body.ts";

interface Issue {
  path: string;
  message: string;
  /** Why a shared text or date type refused the value (`control_characters`, `date_range`, …), for the web app to translate. */
  reason?: string;
}

function zodIssues(err: FastifyError): Issue[] {
  const validation = (err as { validation?: { instancePath?: string; message?: string; params?: unknown }[] })
    .validation;
  return (validation ?? []).map((v) => {
    // fastify-type-provider-zod passes the zod issue's other fields as `params`; a custom issue's
    // own params (the shared types' `reason`) are under `params.params`.
    const params = v.params as
      | { issue?: { path?: (string | number)[]; keys?: string[] }; params?: { reason?: unknown } }
      | undefined;
    const path =
      params?.issue?.path?.join(".") ?? v.instancePath?.replace(/^\//, "").replaceAll("/", ".") ?? "";
    const keys = params?.issue?.keys;
    const prefix = (err as { validationContext?: string }).validationContext ?? "body";
    const where = keys?.length ? [path, ...keys].filter(Boolean).join(".") : path;
    const reason = params?.params?.reason;
    return {
      path: where ? `${prefix}.${where}` : prefix,
      message: v.message ?? "invalid",
      ...(typeof reason === "string" ? { reason } : {}),
    };
  });
}

/** What a 503 asks clients to wait: a PostgreSQL restart or a fail-over takes seconds. */
export const retryAfterSeconds = 2;

/** The one place where errors become HTTP responses. Nothing leaks a stack or personal data. */
export function installErrorHandler(
  app: FastifyInstance,
  onDenied: (req: FastifyRequest, err: AppError) => Promise<void>,
) {
  app.setErrorHandler(async (err: FastifyError, req, reply) => {
    if (err instanceof AppError) {
      if (err.status === 403 || err.status === 404) await onDenied(req, err);
      return reply.code(err.status).send({ error: { code: err.code, message: err.message, ...err.extra } });
    }
    if (err instanceof DatabaseUnavailableError) {
      // Nothing was done, or the transaction rolled back: the client may send the request again.
      req.log.warn({ err: { type: err.name, code: err.code } }, err.message);
      return reply
        .code(503)
        .header("retry-after", String(retryAfterSeconds))
        .send({
          error: { code: "unavailable", message: "the service is briefly unavailable; try again shortly" },
        });
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const issues = zodIssues(err);
      const message = issues.map((i) => `${i.path}: ${i.message}`).join("; ");
      return reply.code(400).send({ error: { code: "validation", message, issues } });
    }
    if (err.code === "FST_ERR_CTP_BODY_TOO_LARGE") {
      // Answer before reading past the limit, then close without resetting a client still sending.
      closeAfterDraining(req.raw.socket);
      return reply
        .code(413)
        .header("connection", "close")
        .send({
          error: {
            code: "body_too_large",
            // The route's own limit (a file upload's is larger than the API's), so the sender knows it.
            message: req.routeOptions.bodyLimit
              ? `request body is too large: at most ${req.routeOptions.bodyLimit} bytes`
              : "request body is too large",
          },
        });
    }
    if (err.code === "FST_ERR_CTP_INVALID_MEDIA_TYPE") {
      return reply.code(415).send({
        error: { code: "unsupported_media_type", message: "send JSON with content-type application/json" },
      });
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      // Fastify's own client errors: malformed JSON, empty body, bad content length.
      const path = err.code?.startsWith("FST_ERR_CTP") ? "body" : "request";
      return reply.code(err.statusCode).send({
        error: { code: "bad_request", message: err.message, issues: [{ path, message: err.message }] },
      });
    }
    req.log.error({ err: { type: err.name, code: err.code, stack: err.stack } }, "unhandled error");
    return reply.code(500).send({ error: { code: "internal", message: "internal error" } });
  });
}
