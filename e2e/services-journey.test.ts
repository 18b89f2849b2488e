import { mkdirSync } from "node:fs";
import { startTestServer, type TestServer } from "@ariadne/server/testing/start-test-server.ts";
import * as OTPAuth from "otpauth";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { launchBrowser, seriousA11yViolations, type TestBrowser } from "./support/browser.ts";

let server: TestServer;
let browser: TestBrowser;
let page: Page;
const run = Date.now().toString(36);
const added = `Night shelter for men ${run}`;
const imported = `Imported legal clinic ${run}`;

async function expectAccessible(p: Page, label: string) {
  expect(await seriousA11yViolations(p), `axe on ${label}`).toEqual([]);
}

const totpNow = (credential: { totpSecret: string }) =>
  new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(credential.totpSecret) }).generate();

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  page = await browser.context.newPage();
});

let journeyBroken = false;
beforeEach((ctx) => {
  if (journeyBroken) ctx.skip();
});
afterEach(async (ctx) => {
  if (ctx.task.result?.state !== "fail") return;
  journeyBroken = true;
  mkdirSync(".tmp", { recursive: true });
  await page?.screenshot({ path: ".tmp/e2e-services-failure.png", fullPage: true }).catch(() => {});
  console.error(`e2e failure at ${page?.url()}; screenshot in .tmp/e2e-services-failure.png`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const directoryRows = () => page.locator("section[aria-labelledby=services-list-title] tbody tr");

describe("the coordinator keeps the service directory and finds services for a person", () => {
  it("signs in and opens the directory with its map", async () => {
    const coordinator = server.credentials.coordinator;
    await page.goto(server.url);
    await page.waitForURL(/\/sign-in$/);
    await page.getByLabel("Email address").fill(coordinator.email);
    await page.getByLabel("Password").fill(coordinator.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    const code = page.getByLabel("Authentication code");
    await code.waitFor();
    await code.fill(totpNow(coordinator as { totpSecret: string }));
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { level: 1, name: /^Welcome, / }).waitFor();

    await page
      .getByRole("navigation", { name: "Modules" })
      .getByRole("link", { name: /referrals/i })
      .click();
    await page.getByRole("heading", { level: 1, name: "Service directory" }).waitFor();
    await page.waitForURL(/\/referrals\/services$/);
    await page.getByRole("row", { name: /Safe Harbour emergency shelter/ }).waitFor();
    // The demo services with coordinates are drawn on the map.
    await page.locator(".services-map path.leaflet-interactive").first().waitFor();
    expect(await page.locator(".services-map path.leaflet-interactive").count()).toBeGreaterThanOrEqual(12);
    // No tile server is configured: the offline basemap shipped with the app lies beneath.
    await page.locator(".services-map .leaflet-basemap-pane path").first().waitFor({ state: "attached" });
    await expectAccessible(page, "service directory");
  });

  it("filters the list: unconditional services only", async () => {
    const all = await directoryRows().count();
    await page.getByLabel(/Unconditional only/).check();
    await page.waitForFunction(
      (n) => document.querySelectorAll("section[aria-labelledby=services-list-title] tbody tr").length < n,
      all,
    );
    expect(await page.getByRole("row", { name: /Health centre walk-in clinic/ }).count()).toBe(0);
    await page.getByLabel(/Unconditional only/).uncheck();
  });

  it("adds a service, refusing impossible coordinates first", async () => {
    await page.getByRole("link", { name: "Add a service" }).click();
    await page.getByRole("heading", { level: 1, name: "Add a service" }).waitFor();
    await expectAccessible(page, "service form");
    await page.getByLabel("Name").fill(added);
    await page
      .getByLabel("Provider organisation")
      .selectOption({ label: "Safe Harbour victim support (NGO)" });
    await page.getByLabel("Type", { exact: true }).selectOption("shelter");
    await page.getByLabel("Men", { exact: true }).check();
    await page.getByLabel("Languages", { exact: true }).fill("fi, ro");
    await page.getByLabel("Latitude").fill("160.2");
    await page.getByLabel("Longitude").fill("24.95");
    await page.getByRole("button", { name: "Add service" }).click();
    await page.getByRole("alert").filter({ hasText: /./ }).first().waitFor();
    expect(await page.getByLabel("Latitude").getAttribute("aria-invalid")).toBe("true");
    await page.getByLabel("Latitude").fill("60.19");
    await page.getByRole("button", { name: "Add service" }).click();
    await page.getByRole("heading", { level: 1, name: "Service directory" }).waitFor();
    await page
      .getByRole("status")
      .filter({ hasText: `Service “${added}” added.` })
      .waitFor();
    await page.getByRole("row", { name: new RegExp(added) }).waitFor();
  });

  it("imports a CSV with a broken row: sees the row error and nothing is imported; fixed, it imports", async () => {
    const before = await directoryRows().count();
    const header = "name,organisation,type,languages,latitude,longitude,requires_documents";
    const good = `${imported},Safe Harbour victim support (NGO),legal_counselling,fi;en;ro,60.171,24.941,no`;
    const broken = `Broken ${run},Safe Harbour victim support (NGO),spa_treatment,fi,60.17,24.94,no`;
    const csv = page.getByLabel("Or paste the CSV text");
    await csv.fill([header, good, broken].join("\n"));
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await page
      .getByRole("alert")
      .filter({ hasText: "Nothing was imported: the file has 1 errors." })
      .waitFor();
    const errorRow = page
      .getByRole("table", { name: "Errors in the file" })
      .getByRole("row", { name: /^3 / });
    await errorRow.waitFor();
    expect(await errorRow.textContent()).toContain('unknown service type "spa_treatment"');
    await expectAccessible(page, "import refused");
    expect(await page.getByRole("row", { name: new RegExp(imported) }).count()).toBe(0);
    expect(await directoryRows().count()).toBe(before);

    await csv.fill([header, good, broken.replace("spa_treatment", "health_care")].join("\n"));
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await page.getByRole("status").filter({ hasText: "Imported: 2 new and 0 updated services." }).waitFor();
    await page.getByRole("row", { name: new RegExp(imported) }).waitFor();
    expect(await directoryRows().count()).toBe(before + 2);
    expect(await page.locator(".services-map path.leaflet-interactive").count()).toBeGreaterThanOrEqual(15);
  });

  it("finds services for a person without documents who speaks Romanian", async () => {
    await page.getByRole("link", { name: "Find services for a person" }).click();
    await page.getByRole("heading", { level: 1, name: "Find services" }).waitFor();
    await page.getByLabel("Legal counselling").check();
    await page.getByLabel("Health care", { exact: true }).check();
    await page.getByLabel("Languages the person speaks").fill("ro");
    await page.getByLabel("Has no identification, documents or residence permit").check();
    await page.getByRole("button", { name: "Find services" }).click();
    const ranked = page.locator("section", {
      has: page.getByRole("heading", { name: "Services that fit, best first" }),
    });
    await ranked.getByRole("heading", { name: imported }).waitFor();
    expect(await ranked.textContent()).toContain("Speaks Romanian");
    expect(await ranked.textContent()).toContain("No documents needed");
    const left = page.locator("section", { has: page.getByRole("heading", { name: "Left out" }) });
    await left.getByRole("heading", { name: "Health centre walk-in clinic" }).waitFor();
    expect(await left.textContent()).toContain("Demands identification");
    await expectAccessible(page, "matching");
  });

  it("shows the gaps", async () => {
    await page
      .getByRole("navigation", { name: "Referral sections" })
      .getByRole("link", { name: "Gaps" })
      .click();
    await page.getByRole("heading", { level: 1, name: "Gaps in services" }).waitFor();
    await page.getByLabel("Languages to check").fill("fi, so");
    await page.getByRole("button", { name: "Show gaps" }).click();
    await page
      .getByRole("row", { name: /Somali/ })
      .first()
      .waitFor();
    await expectAccessible(page, "gaps");
  });

  it("a frontline professional starts matching from a case: gender, age band and languages filled in", async () => {
    const c = server.credentials.frontline;
    // The case is created over the API; the replay guard is reset so the browser may sign in next.
    const signedIn = await fetch(`${server.url}/api/v1/auth/sign-in`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: c.email, password: c.password, totp: totpNow(c) }),
    });
    const session = (await signedIn.json()) as { session: { csrfToken: string } };
    const created = await fetch(`${server.url}/api/v1/cases`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        cookie: String(signedIn.headers.get("set-cookie")).split(";")[0]!,
        "x-csrf-token": session.session.csrfToken,
      },
      body: JSON.stringify({ person: { gender: "female", ageBand: "24-26", languages: ["ro"] } }),
    });
    const caseCode = ((await created.json()) as { case: { caseCode: string } }).case.caseCode;
    await server.db.query("update users set totp_last_step = 0 where email = $1", [c.email]);

    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
    await page.getByLabel("Email address").fill(c.email);
    await page.getByLabel("Password").fill(c.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByLabel("Authentication code").fill(totpNow(c));
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { level: 1, name: /^Welcome, / }).waitFor();
    await page.goto(`${server.url}/referrals/services/match`);
    await page.getByRole("heading", { level: 1, name: "Find services" }).waitFor();
    await page.getByLabel("Case", { exact: true }).selectOption({ label: caseCode });
    await page.getByRole("button", { name: "Fill in from the case" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: `Filled in from case ${caseCode}.` })
      .waitFor();
    expect(await page.getByLabel("Gender").inputValue()).toBe("female");
    expect(await page.getByLabel("Age", { exact: true }).inputValue()).toBe("24");
    expect(await page.getByLabel("Languages the person speaks").inputValue()).toBe("ro");
    await page.getByLabel("Legal counselling").check();
    await page.getByRole("button", { name: "Find services" }).click();
    await page.getByRole("heading", { name: "Services that fit, best first" }).waitFor();
    await expectAccessible(page, "matching from a case");
  });

  it("works on a 390 px and a 360 px phone without sideways scrolling, in Finnish too", async () => {
    const phone = await browser.context.newPage();
    const pages = [
      ["/referrals/services", "Service directory", "Palveluhakemisto"],
      ["/referrals/services/match", "Find services", "Etsi palveluita"],
      ["/referrals/gaps", "Gaps in services", "Puutteet palveluissa"],
    ] as const;
    for (const width of [390, 360]) {
      await phone.setViewportSize({ width, height: 844 });
      for (const [path, heading] of pages) {
        await phone.goto(`${server.url}${path}`);
        await phone.getByRole("heading", { level: 1, name: heading }).waitFor();
        if (path === "/referrals/services") await phone.waitForSelector(".data-table");
        expect(
          await phone.evaluate(() => document.documentElement.scrollWidth),
          `${path} ${width}`,
        ).toBeLessThanOrEqual(width);
        await expectAccessible(phone, `${path} (${width} px)`);
      }
    }
    // Finnish words are long: the directory must still fit the narrowest phone.
    // Switched on the gaps page: the directory's language filter is also labelled "Language".
    await phone.goto(`${server.url}/referrals/gaps`);
    await phone.getByRole("heading", { level: 1, name: "Gaps in services" }).waitFor();
    await phone.getByRole("button", { name: "Menu" }).click();
    await phone.getByLabel("Language", { exact: true }).selectOption("fi");
    for (const [path, , heading] of pages) {
      await phone.goto(`${server.url}${path}`);
      await phone.getByRole("heading", { level: 1, name: heading }).waitFor();
      expect(
        await phone.evaluate(() => document.documentElement.scrollWidth),
        `${path} fi`,
      ).toBeLessThanOrEqual(360);
      await expectAccessible(phone, `${path} (360 px, fi)`);
    }
    await phone.getByRole("button", { name: "Valikko" }).click();
    await phone.getByLabel("Kieli", { exact: true }).selectOption("en");
    await phone.close();
  });
});
