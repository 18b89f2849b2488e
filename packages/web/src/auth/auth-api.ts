import type {
  PasswordChangeRequest,
  PasswordSetRequest,
  SignInRequest,
  TotpEnrolRequest,
} from "@ariadne/domain/admin/index.ts";
import {
  LocalePreference,
  type OwnLocale,
  PasswordChanged,
  SessionResponse,
  SignInResponse,
} from "@ariadne/domain/admin/index.ts";
import { request } from "../api/client.ts";

export const authApi = {
  signIn: (body: SignInRequest) =>
    request("POST", "/api/v1/auth/sign-in", SignInResponse, body, { public: true }),
  enrolTotp: (body: TotpEnrolRequest) =>
    request("POST", "/api/v1/auth/totp/enrol", SignInResponse, body, { public: true }),
  setPassword: (body: PasswordSetRequest) =>
    request("POST", "/api/v1/auth/password/set", SignInResponse, body, { public: true }),
  changePassword: (body: PasswordChangeRequest) =>
    request("POST", "/api/v1/auth/password", PasswordChanged, body),
  /** The current session, or undefined when nobody is signed in (the server answers 204). */
  session: () =>
    request("GET", "/api/v1/auth/session", SessionResponse.optional(), undefined, { public: true }),
  /**
   * Public: a session that ended already (a quick exit in another tab, the idle limit) answers 401,
   * which here is no session to recover by signing in again, and must not hold the sign-out waiting.
   */
  signOut: () => request("POST", "/api/v1/auth/sign-out", null, undefined, { public: true }),
  /**
   * Sign-out for a page that is leaving (quick exit): `keepalive` lets the browser finish it after
   * the page is gone, and it is sent once (no retries to wait for). Public, so a 401 (the session had
   * ended already) is no "session ended" for a page that is leaving anyway.
   */
  signOutLeaving: () =>
    request("POST", "/api/v1/auth/sign-out", null, undefined, {
      public: true,
      retryDelaysMs: [],
      fetch: ((input, init) => fetch(input, { ...init, keepalive: true })) as typeof fetch,
    }),
  /** The user's own language, kept on the server for every device, e-mail and PDF (issue 18). */
  setLocale: (body: OwnLocale) => request("PUT", "/api/v1/auth/locale", LocalePreference, body),
  signOutEverywhere: () => request("POST", "/api/v1/auth/sign-out-everywhere", null),
};
