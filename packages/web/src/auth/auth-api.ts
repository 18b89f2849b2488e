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
  signOut: () => request("POST", "/api/v1/auth/sign-out", null),
  /** The user's own language, kept on the server for every device, e-mail and PDF (issue 18). */
  setLocale: (body: OwnLocale) => request("PUT", "/api/v1/auth/locale", LocalePreference, body),
  signOutEverywhere: () => request("POST", "/api/v1/auth/sign-out-everywhere", null),
};
