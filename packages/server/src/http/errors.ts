/** Typed errors raised by services; mapped to HTTP once, in error-handler.ts. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export const notFound = (what = "record") => new AppError(404, "not_found", `${what} not found`);
export const unauthenticated = () => new AppError(401, "unauthenticated", "sign in first");
export const forbidden = () => new AppError(403, "forbidden", "your role does not allow this");
export const conflict = (current: unknown) =>
  new AppError(409, "conflict", "the record was changed by someone else; reload and try again", { current });
export const invalid = (path: string, message: string) =>
  new AppError(400, "validation", `${path}: ${message}`, { issues: [{ path, message }] });
