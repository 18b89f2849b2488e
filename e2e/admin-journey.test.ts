import { startTestServer, type TestServer } from "@ariadne/server/testing/start-test-server.ts";
import * as OTPAuth from "otpauth";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, seriousA11yViolations, type TestBrowser } from "./support/browser.ts";

let server: TestServer;
let browser: TestBrowser;
let page: Page;
const visited: string[] = [];
const run = Date.now().toString(36);
const orgName = `Harbour Shelter ${run}`;
const newUser = { email: `e2e-${run}@demo.ariadne.test`, name: `Eino Esimerkki ${run}` };

async function expectAccessible(p: Page, label: string) {
  visited.push(label);
  expect(await seriousA11yViolations(p), `axe on ${label}`).toEqual([]);
}

const totpNow = (credential: { totpSecret: string }) =>
  new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(credential.totpSecret) }).generate();

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  page = await browser.context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("a coordinator administers the municipality", () => {
  it("signs in with password and TOTP", async () => {
    const coordinator = server.credentials.coordinator;
    expect(coordinator.totpSecret, "the demo coordinator has TOTP").not.toBe("");
    await page.goto(server.url);
    await page.waitForURL(/\/sign-in$/);
    await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
    await expectAccessible(page, "sign-in");

    await page.getByLabel("Email address").fill(coordinator.email);
    await page.getByLabel("Password").fill(coordinator.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    // The server asks for the second factor; the form grows a code field and says why.
    const code = page.getByLabel("Authentication code");
    await code.waitFor();
    await page
      .getByRole("alert")
      .filter({ hasText: "Enter the code from your authenticator app." })
      .waitFor();
    await expectAccessible(page, "sign-in with TOTP field");
    await code.fill(totpNow(coordinator));
    await page.getByRole("button", { name: "Sign in" }).click();

    await page.getByRole("heading", { level: 1, name: /^Welcome, / }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/");
    await expectAccessible(page, "overview");
  });

  it("switches the interface to Finnish and back, and remembers the choice", async () => {
    await page.getByLabel("Language").selectOption("fi");
    await page.getByRole("heading", { level: 1, name: /^Tervetuloa, / }).waitFor();
    expect(await page.getAttribute("html", "lang")).toBe("fi");
    await page
      .getByRole("navigation", { name: "Moduulit" })
      .getByRole("link", { name: "Ylläpito" })
      .waitFor();
    await expectAccessible(page, "overview (fi)");

    await page.reload();
    await page.getByRole("heading", { level: 1, name: /^Tervetuloa, / }).waitFor();

    await page.getByLabel("Kieli").selectOption("en");
    await page.getByRole("heading", { level: 1, name: /^Welcome, / }).waitFor();
    expect(await page.getAttribute("html", "lang")).toBe("en");
  });

  it("shows only the modules the role allows, and says honestly which are not built", async () => {
    const nav = page.getByRole("navigation", { name: "Modules" });
    for (const name of ["Local map", "Screening", "Cases", "Statistics", "Administration"]) {
      await nav.getByRole("link", { name }).waitFor();
    }
    await nav.getByRole("link", { name: "Screening" }).click();
    await page.getByRole("heading", { level: 1, name: "Screening: not available yet" }).waitFor();
    await expectAccessible(page, "module not available");
  });

  it("creates an organisation", async () => {
    await page
      .getByRole("navigation", { name: "Modules" })
      .getByRole("link", { name: "Administration" })
      .click();
    await page.getByRole("heading", { level: 1, name: "Organisations" }).waitFor();
    await page.waitForSelector("table");
    await expectAccessible(page, "organisations");

    const form = page.locator("section", { has: page.getByRole("heading", { name: "Add an organisation" }) });
    // Sent empty first: the server's field error lands beside the field.
    await form.getByRole("button", { name: "Add organisation" }).click();
    await form.locator(".field-error").first().waitFor();
    await expectAccessible(page, "organisation form with errors");

    await form.getByLabel("Name").fill(orgName);
    await form.getByLabel("Kind").selectOption("ngo");
    await form.getByRole("button", { name: "Add organisation" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: `Organisation “${orgName}” added.` })
      .waitFor();
    const row = page.getByRole("row", { name: new RegExp(orgName) });
    await row.waitFor();
    expect(await row.textContent()).toContain("Non-governmental organisation");
  });

  it("creates a user and is shown the initial password once", async () => {
    await page
      .getByRole("navigation", { name: "Administration sections" })
      .getByRole("link", { name: "Users" })
      .click();
    await page.getByRole("heading", { level: 1, name: "Users" }).waitFor();
    await page.waitForSelector("table");
    await expectAccessible(page, "users");

    const form = page.locator("section", { has: page.getByRole("heading", { name: "Add a user" }) });
    await form.getByLabel("Email address").fill(newUser.email);
    await form.getByLabel("Name").fill(newUser.name);
    await form.getByLabel("Organisation").selectOption({ label: orgName });
    await form.getByLabel("Role").selectOption("frontline");
    await form.getByRole("button", { name: "Add user" }).click();

    const password = page.getByTestId("initial-password");
    await password.waitFor();
    expect((await password.textContent())?.length).toBeGreaterThanOrEqual(12);
    await expectAccessible(page, "user created");
    await page.getByRole("button", { name: "I have noted the password" }).click();
    await password.waitFor({ state: "detached" });
    const row = page.getByRole("row", { name: new RegExp(newUser.name) });
    expect(await row.textContent()).toContain("Frontline professional");
    expect(await row.textContent()).toContain(orgName);
  });

  it("sees both actions in the audit trail, and filters by action", async () => {
    await page
      .getByRole("navigation", { name: "Administration sections" })
      .getByRole("link", { name: "Audit trail" })
      .click();
    await page.getByRole("heading", { level: 1, name: "Audit trail" }).waitFor();
    await page.waitForSelector("table");
    const table = page.locator("table");
    const created = table.getByRole("row").filter({ hasText: "organisations.create" });
    await created.first().waitFor();
    expect(await created.first().textContent()).toContain("Success");
    await table.getByRole("row").filter({ hasText: "users.create" }).first().waitFor();
    await table.getByRole("row").filter({ hasText: "auth.sign_in" }).first().waitFor();
    await expectAccessible(page, "audit trail");

    await page.getByLabel("Filter by action").selectOption("users.create");
    await page.getByRole("button", { name: "Show", exact: true }).click();
    await table.getByRole("row").filter({ hasText: "organisations.create" }).waitFor({ state: "detached" });
    const actions = await table.locator("tbody .action-code").allTextContents();
    expect(actions.length).toBeGreaterThan(0);
    expect(new Set(actions)).toEqual(new Set(["users.create"]));
  });

  it("works on a 360 px phone: the menu opens, leads somewhere and the page does not scroll sideways", async () => {
    const phone = await browser.context.newPage();
    await phone.setViewportSize({ width: 360, height: 740 });
    await phone.goto(`${server.url}/admin/organisations`);
    await phone.getByRole("heading", { level: 1, name: "Organisations" }).waitFor();
    await phone.waitForSelector("table");
    const nav = phone.getByRole("navigation", { name: "Modules" });
    const menu = phone.getByRole("button", { name: "Menu" });
    expect(await nav.isVisible()).toBe(false);
    expect(await menu.getAttribute("aria-expanded")).toBe("false");
    await expectAccessible(phone, "organisations (phone)");
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    await menu.click();
    expect(await menu.getAttribute("aria-expanded")).toBe("true");
    await nav.waitFor({ state: "visible" });
    await expectAccessible(phone, "menu open (phone)");
    await nav.getByRole("link", { name: "Statistics" }).click();
    await phone.getByRole("heading", { level: 1, name: "Statistics: not available yet" }).waitFor();
    expect(await nav.isVisible()).toBe(false);

    await menu.click();
    await nav.getByRole("link", { name: "Administration" }).click();
    await phone
      .getByRole("navigation", { name: "Administration sections" })
      .getByRole("link", { name: "Audit trail" })
      .click();
    await phone.waitForSelector("table");
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectAccessible(phone, "audit trail (phone)");
    await phone.close();
  });

  it("signs out and lands on the sign-in page", async () => {
    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
    await page.getByRole("status").filter({ hasText: "You have signed out." }).waitFor();
    await page.goto(`${server.url}/admin/users`);
    await page.waitForURL(/\/sign-in$/);
  });

  it("met no console error, CSP refusal or script error on any page", () => {
    expect(visited.length).toBeGreaterThan(10);
    expect(browser.problems).toEqual([]);
  });
});
