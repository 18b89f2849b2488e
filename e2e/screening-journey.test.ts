import { mkdirSync } from "node:fs";
import { startTestServer, type TestServer } from "@ariadne/server/testing/start-test-server.ts";
import * as OTPAuth from "otpauth";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { launchBrowser, seriousA11yViolations, type TestBrowser } from "./support/browser.ts";

let server: TestServer;
let browser: TestBrowser;
let page: Page;

async function expectAccessible(p: Page, label: string) {
  expect(await seriousA11yViolations(p), `axe on ${label}`).toEqual([]);
}

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  page = await browser.context.newPage();
  await page.setViewportSize({ width: 390, height: 844 });
});

let journeyBroken = false;
beforeEach((ctx) => {
  if (journeyBroken) ctx.skip();
});
afterEach(async (ctx) => {
  if (ctx.task.result?.state !== "fail") return;
  journeyBroken = true;
  mkdirSync(".tmp", { recursive: true });
  await page?.screenshot({ path: ".tmp/e2e-screening-failure.png", fullPage: true }).catch(() => {});
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("a frontline worker screens on a phone", () => {
  it("signs in", async () => {
    const frontline = server.credentials.frontline;
    await page.goto(server.url);
    await page.waitForURL(/\/sign-in$/);
    await page.getByLabel("Email address").fill(frontline.email);
    await page.getByLabel("Password").fill(frontline.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    if (frontline.totpSecret) {
      const code = page.getByLabel("Authentication code");
      await code.waitFor();
      await code.fill(
        new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(frontline.totpSecret) }).generate(),
      );
      await page.getByRole("button", { name: "Sign in" }).click();
    }
    await page.getByRole("heading", { level: 1, name: /^Welcome, / }).waitFor();
  });

  it("starts a screening, answers questions and sees the result update", async () => {
    await page.goto(`${server.url}/screening`);
    await page.getByRole("heading", { level: 1, name: "Screening" }).waitFor();
    await expectAccessible(page, "screening start");

    await page.getByRole("group", { name: "Who is being screened?" }).getByRole("checkbox").first().check();
    const question = page.getByRole("heading", { level: 2, name: "Next question" });
    await question.waitFor();
    await page.getByRole("heading", { level: 2, name: "Result" }).waitFor();
    await page.getByText("What to look for:").waitFor();
    await expectAccessible(page, "first question");

    const answered = page.getByRole("heading", { level: 2, name: "Answers so far" });
    for (let i = 0; i < 4; i++) {
      await page.getByRole("radio", { name: "Present", exact: true }).click();
      await page.getByRole("listitem").filter({ hasText: ": Present" }).nth(i).waitFor();
    }
    await answered.waitFor();
    await page
      .getByText(/Decided by/)
      .first()
      .waitFor();
    await expectAccessible(page, "after answers");

    await page.getByRole("radio", { name: "Not known", exact: true }).click();
    await page.getByRole("listitem").filter({ hasText: ": Not known" }).first().waitFor();

    // The draft survives a reload in this tab only (sessionStorage), and can be discarded.
    await page.reload();
    await answered.waitFor();
    expect(await page.evaluate(() => window.localStorage.length)).toBe(0);
    await page.getByRole("button", { name: "Discard draft" }).click();
    await answered.waitFor({ state: "detached" });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible(page, "discarded");
    expect(browser.problems).toEqual([]);
  });
});
