import { mkdirSync } from "node:fs";
import { withTenant } from "@ariadne/db";
import { startTestServer, type TestServer } from "@ariadne/server/testing/start-test-server.ts";
import * as OTPAuth from "otpauth";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { launchBrowser, seriousA11yViolations, type TestBrowser } from "./support/browser.ts";

/**
 * A referral between organisations (issue 5): a frontline professional records the person's consent
 * to share with the NGO shelter, refers the case sharing a few chosen fields, the shelter's user finds
 * it in the inbox with only those fields and accepts it, and the professional sees the new status.
 * The pathway diagram renders. Every page is axe clean and fits a phone.
 */

let server: TestServer;
let browser: TestBrowser;
let page: Page;
const run = Date.now().toString(36);
const givenName = `Marija ${run}`;
const familyName = `Petrauskaitė${run}`;
const shelter = "Safe Harbour victim support (NGO)";
let caseId = "";
let referralUrl = "";

async function expectAccessible(p: Page, label: string) {
  const violations = await seriousA11yViolations(p);
  expect(violations, `axe on ${label}: ${violations.join("; ")}`).toEqual([]);
}

async function expectFitsPhone(label: string) {
  const phone = await browser.context.newPage();
  await phone.setViewportSize({ width: 360, height: 780 });
  await phone.goto(page.url());
  await phone.getByRole("heading", { level: 1 }).waitFor();
  await phone.waitForLoadState("networkidle");
  expect(await phone.evaluate(() => document.documentElement.scrollWidth), label).toBeLessThanOrEqual(360);
  await expectAccessible(phone, `${label} (360 px)`);
  await phone.close();
}

const lastStep = new Map<string, number>();

/** A TOTP code of a step the server has not seen from this user (each signs in more than once). */
async function freshTotp(credential: { email: string; totpSecret: string }): Promise<string> {
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

async function signIn(role: "frontline" | "service_provider" | "coordinator") {
  const c = server.credentials[role];
  if (!page.url().endsWith("/sign-in")) await page.goto(`${server.url}/sign-in`);
  await page.getByLabel("Email address").fill(c.email);
  await page.getByLabel("Password").fill(c.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByLabel("Authentication code").fill(await freshTotp(c));
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("heading", { level: 1, name: /^Welcome, / }).waitFor();
}

async function signOut() {
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
}

const panel = (name: string) => page.locator("section", { has: page.getByRole("heading", { name }) });

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  page = await browser.context.newPage();
  page.on("pageerror", (e) => console.error(`page error: ${e.message}`));
});

let journeyBroken = false;
beforeEach((ctx) => {
  if (journeyBroken) ctx.skip();
});
afterEach(async (ctx) => {
  if (ctx.task.result?.state !== "fail") return;
  journeyBroken = true;
  mkdirSync(".tmp", { recursive: true });
  await page?.screenshot({ path: ".tmp/e2e-referrals-failure.png", fullPage: true }).catch(() => {});
  console.error(`e2e failure at ${page?.url()}; screenshot in .tmp/e2e-referrals-failure.png`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("a referral to the NGO shelter", () => {
  it("shows the pathway as a diagram of ordered stages, with a printable PDF", async () => {
    await signIn("frontline");
    await page.goto(`${server.url}/referrals/scheme`);
    await page.getByRole("heading", { level: 1, name: "Scheme of assistance" }).waitFor();
    const flow = page.getByRole("list", { name: "Referral pathway, from first contact to closure" });
    await flow.waitFor();
    const stages = await flow.getByRole("heading", { level: 3 }).allTextContents();
    expect(stages.map((s) => s.replace(/^\d+\s*/, ""))).toEqual([
      "First contact and immediate safety",
      "Needs assessment",
      "Accommodation",
      "Health",
      "Legal status and rights",
      "Long-term support",
      "Closure or return",
    ]);
    expect(await flow.getByText("Safe Harbour shelter duty phone").count()).toBe(1);
    const pdf = await page.getByRole("link", { name: "Print / PDF" }).getAttribute("href");
    const res = await page.request.get(`${server.url}${pdf}`);
    expect(res.headers()["content-type"]).toBe("application/pdf");
    await expectAccessible(page, "scheme of assistance");
    await expectFitsPhone("scheme of assistance");
  });

  it("opens a case and records the person's consent to share with the shelter", async () => {
    await page.goto(`${server.url}/cases`);
    const form = panel("Open a new case");
    await form.getByLabel("Given name").fill(givenName);
    await form.getByLabel("Family name").fill(familyName);
    await form.getByLabel("Age band").selectOption("24-26");
    await form.getByLabel("Languages").fill("lt, ru");
    await form.getByRole("button", { name: "Open case" }).click();
    await page.getByRole("heading", { level: 1, name: /^Case C\d{4}-/ }).waitFor();
    caseId = new URL(page.url()).pathname.split("/").pop() ?? "";
    const consent = panel("Record consent");
    await consent.getByLabel("Purpose").selectOption("sharing");
    await consent.getByLabel("Shared with (organisation)").selectOption({ label: shelter });
    await consent.getByLabel("Oral").check();
    await consent.getByRole("button", { name: "Record consent" }).click();
    await page.getByRole("status").filter({ hasText: "Consent recorded." }).waitFor();
  });

  it("refers the case, choosing the fields to share, and sends it", async () => {
    await page.goto(`${server.url}/referrals/inbox/new?case=${caseId}`);
    await page.getByRole("heading", { level: 1, name: "Refer to another organisation" }).waitFor();
    await page.getByLabel("Receiving organisation").selectOption({ label: shelter });
    await page.getByLabel("Stage of the pathway").selectOption("accommodation");
    await page.getByLabel("Given name").check();
    await page.getByLabel("Emergency accommodation").check();
    await expectAccessible(page, "refer form");
    await expectFitsPhone("refer form");
    await page.getByRole("button", { name: "Save the draft" }).click();
    await page.getByRole("heading", { level: 1, name: /^Referral R-/ }).waitFor();
    expect(await page.getByTestId("referral-status").textContent()).toBe("Draft");
    await page.getByRole("button", { name: "Send", exact: true }).click();
    await page.getByTestId("referral-status").filter({ hasText: "Sent, awaiting an answer" }).waitFor();
    referralUrl = page.url();
    await expectAccessible(page, "referral as sender");
    await signOut();
  });

  it("shows the coordinator the referral once overdue, status only", async () => {
    // The shelter has not answered for 30 hours: past the accommodation stage's response time.
    const id = new URL(referralUrl).pathname.split("/").pop();
    await withTenant(server.db, server.municipalityId, (tx) =>
      tx.query("update referrals set sent_at = now() - interval '30 hours' where id = $1", [id]),
    );
    await signIn("coordinator");
    await page.goto(`${server.url}/referrals/inbox`);
    const overdue = panel("Overdue referrals");
    await overdue.getByRole("link", { name: /^R-/ }).waitFor();
    await overdue.getByText(shelter).waitFor();
    expect(await page.content()).not.toContain(givenName);
    await expectAccessible(page, "overdue referrals");
    await expectFitsPhone("overdue referrals");
    await signOut();
  });

  it("lets the shelter find it in the inbox, with only the shared fields, and accept it", async () => {
    await signIn("service_provider");
    await page.getByRole("link", { name: "Inbox 1 unread" }).click();
    await page.getByRole("heading", { level: 1, name: "Inbox" }).waitFor();
    await expectAccessible(page, "inbox");
    await page.getByRole("link", { name: /^New referral R-\S+ for your organisation$/ }).click();
    await page.getByRole("heading", { level: 1, name: /^Referral R-/ }).waitFor();
    expect(page.url()).toBe(referralUrl);
    const shared = panel("Shared with the receiver");
    await shared.getByText(givenName).waitFor();
    const labels = await shared.locator("dt").allTextContents();
    expect(labels.sort()).toEqual(
      ["Age band", "Case code", "Gender", "Given name", "Languages", "Needs"].sort(),
    );
    expect(await shared.getByText("Emergency accommodation").count()).toBe(1);
    expect(await page.content()).not.toContain(familyName);
    await expectAccessible(page, "referral as receiver");
    await expectFitsPhone("referral as receiver");
    await page.getByRole("button", { name: "Accept" }).click();
    await page.getByTestId("referral-status").filter({ hasText: "Accepted" }).waitFor();
    await signOut();
  });

  it("shows the professional the new status", async () => {
    await signIn("frontline");
    await page.goto(`${server.url}/referrals/inbox`);
    const sent = panel("Sent by your organisation");
    await sent.getByText("Accepted").waitFor();
    await expectAccessible(page, "referral lists");
    await sent.getByRole("link", { name: /^R-/ }).click();
    await page.getByTestId("referral-status").filter({ hasText: "Accepted" }).waitFor();
    await signOut();
  });

  it("lets the coordinator change a stage's response time in the pathway editor", async () => {
    await signIn("coordinator");
    await page.goto(`${server.url}/referrals/scheme`);
    await page.getByRole("button", { name: "Edit the pathway" }).click();
    const editor = panel("Edit the pathway");
    const accommodation = editor.locator("fieldset", {
      has: page.getByText("Accommodation", { exact: true }),
    });
    await accommodation.getByLabel("Response time in hours (1–744)").fill("6");
    await expectAccessible(page, "pathway editor");
    await editor.getByRole("button", { name: "Save the pathway" }).click();
    await page.getByRole("status").filter({ hasText: "The pathway is saved." }).waitFor();
    const flow = page.getByRole("list", { name: "Referral pathway, from first contact to closure" });
    const step = flow
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { name: /Accommodation$/ }) });
    await step.getByText("6 hours").waitFor();
  });
});
