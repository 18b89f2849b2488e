import { currentTotp } from "../../packages/server/src/auth/totp.ts";

/** Signs in over HTTP; the headers a signed-in browser sends (cookie, CSRF token, JSON). */
export async function signIn(
  baseUrl: string,
  c: { email: string; password: string; totpSecret: string | null },
): Promise<Record<string, string>> {
  const res = await fetch(`${baseUrl}/api/v1/auth/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      email: c.email,
      password: c.password,
      ...(c.totpSecret ? { totp: currentTotp(c.totpSecret) } : {}),
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
