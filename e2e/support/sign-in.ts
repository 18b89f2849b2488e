import type { TestServer } from "@ariadne/server/testing/start-test-server.ts";
import * as OTPAuth from "otpauth";
import type { Page } from "playwright-core";

type Credential = { email: string; totpSecret: string };

/** The TOTP code of the current 30-second step. */
export const totpNow = (credential: { totpSecret: string }) =>
  new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(credential.totpSecret) }).generate();

const lastStep = new Map<string, number>();

/**
 * A TOTP code the server has not seen from this user: the same user may sign in more than once in
 * one journey and replays are refused, so use the next 30-second step (inside the server's ±1
 * window), and wait for the clock when that step was used already.
 */
export async function freshTotp(credential: Credential): Promise<string> {
  const step = () => Math.floor(Date.now() / 30_000);
  while (step() + 1 <= (lastStep.get(credential.email) ?? -1)) {
    await new Promise((resolve) => setTimeout(resolve, 30_000 - (Date.now() % 30_000) + 50));
  }
  const next = step() + 1;
  lastStep.set(credential.email, next);
  return new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(credential.totpSecret) }).generate({
    timestamp: next * 30_000,
  });
}

/** Signs in as the demo user of `role` with password and TOTP, and waits for the welcome page. */
export async function signIn(page: Page, server: TestServer, role: keyof TestServer["credentials"]) {
  const c = server.credentials[role];
  if (!page.url().endsWith("/sign-in")) await page.goto(`${server.url}/sign-in`);
  await page.getByLabel("Email address").fill(c.email);
  await page.getByLabel("Password").fill(c.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  // Roles without a second factor (analysts, trainers) are asked for no code.
  if (c.totpSecret) {
    await page.getByLabel("Authentication code").fill(await freshTotp(c));
    await page.getByRole("button", { name: "Sign in" }).click();
  }
  await page.getByRole("heading", { level: 1, name: /^Welcome, / }).waitFor();
}

/** Signs out with the header's button and waits for the sign-in page. */
export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
}
