import { currentTotp } from "../../packages/server/src/auth/totp.ts";

/**
 * Signs in over HTTP; the headers a signed-in browser sends (cookie, CSRF token, JSON). A code is
 * accepted once, so signing the same user in again within its 30 s takes `totpAt`: a time in the
 * next step, which the server's one step of clock drift accepts.
 */
export async function signIn(
  baseUrl: string,
  c: { email: string; password: string; totpSecret: string | null },
  totpAt = Date.now(),
): Promise<Record<string, string>> {
  const res = await fetch(`${baseUrl}/api/v1/auth/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      email: c.email,
      password: c.password,
      ...(c.totpSecret ? { totp: currentTotp(c.totpSecret, totpAt) } : {}),
    }),
  });
  if (res.status !== 200) throw new Error(`sign-in of ${c.email}: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { session: { csrfToken: string } };
  return {
    cookie: res.headers.get("set-cookie")!.split(";")[0]!,
    "x-csrf-token": body.session.csrfToken,
    "content-type": "application/json",
  };
}
