import type { TFunction } from "i18next";
import { ApiFailure } from "../api/client.ts";
import { reasonText } from "./validate.ts";

const knownCodes = new Set([
  "network",
  "validation",
  "forbidden",
  "not_found",
  "conflict",
  "csrf",
  "unauthenticated",
  "rate_limited",
  "bad_response",
  "email_taken",
  "body_too_large",
]);

/** A translated sentence for any failure; the server's English message is never shown as is. */
export function errorText(t: TFunction, error: unknown): string {
  if (error instanceof ApiFailure && knownCodes.has(error.code)) return t(`errors.${error.code}`);
  if (error instanceof ApiFailure && error.status === 403) return t("errors.forbidden");
  if (error instanceof ApiFailure && error.status === 404) return t("errors.not_found");
  return t("errors.unknown");
}

/** Field-level errors from a 400's `issues`, keyed by field name. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  return error instanceof ApiFailure ? error.fieldErrors() : {};
}

/**
 * Field-level errors from a 400's `issues` in the user's language: why the shared text or date
 * type refused the value where the API says, otherwise "check this value" (never the API's English).
 * `fieldOf` places a nested issue under its input, as `checkForm`'s does (a body's or a query's
 * path, without the part of the request it is in: `body.`, `querystring.`, `params.`); by default
 * the path's first name.
 */
export function translatedFieldErrors(
  t: TFunction,
  error: unknown,
  fieldOf?: (path: readonly PropertyKey[]) => string,
): Record<string, string> {
  if (!(error instanceof ApiFailure)) return {};
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path
      .replace(/^(body|querystring|params)(\.|$)/, "")
      .split(".")
      .filter(Boolean)
      .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
    const field = fieldOf?.(path) ?? String(path[0] ?? "_form");
    out[field] ??= reasonText(t, issue.reason) ?? t("validation.invalid");
  }
  return out;
}
