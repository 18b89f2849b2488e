import type { SignInRequest, TotpEnrolRequest } from "@ariadne/domain/admin/index.ts";
import { SessionResponse, SignInResponse } from "@ariadne/domain/admin/index.ts";
import { request } from "../api/client.ts";

export const authApi = {
  signIn: (body: SignInRequest) =>
    request("POST", "/api/v1/auth/sign-in", SignInResponse, body, { public: true }),
  enrolTotp: (body: TotpEnrolRequest) =>
    request("POST", "/api/v1/auth/totp/enrol", SignInResponse, body, { public: true }),
  session: () => request("GET", "/api/v1/auth/session", SessionResponse, undefined, { public: true }),
  signOut: () => request("POST", "/api/v1/auth/sign-out", null),
  signOutEverywhere: () => request("POST", "/api/v1/auth/sign-out-everywhere", null),
};
