import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { startTestServer, type TestServer } from "@ariadne/server/testing/start-test-server.ts";
import * as OTPAuth from "otpauth";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { launchBrowser, seriousA11yViolations, type TestBrowser } from "./support/browser.ts";

let server: TestServer;
let browser: TestBrowser;
let page: Page;
const run = Date.now().toString(36);
const groupTitle = `Berry pickers ${run}`;
const locationTitle = `Car wash ${run}`;
const pointTitle = `Train car-wash inspectors ${run}`;
const dist = join(import.meta.dirname, "../packages/web/dist");

// A small square around central Helsinki: [longitude, latitude], as RFC 7946 wants.
const boundary = {
  type: "Polygon",
  coordinates: [
    [
      [24.85, 60.14],
      [25.05, 60.14],
      [25.05, 60.24],
      [24.85, 60.24],
      [24.85, 60.14],
    ],
  ],
};

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
  await page?.screenshot({ path: ".tmp/e2e-map-plan-failure.png", fullPage: true }).catch(() => {});
  console.error(`e2e failure at ${page?.url()}; screenshot in .tmp/e2e-map-plan-failure.png`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("the coordinator maps the local situation and plans from it", () => {
  it("keeps the map library out of the first load", () => {
    const html = readFileSync(join(dist, "index.html"), "utf8");
    const firstLoad = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map(
      (m) => m[1] ?? "",
    );
    expect(firstLoad.length).toBeGreaterThan(0);
    for (const file of firstLoad) {
      expect(readFileSync(join(dist, file), "utf8").toLowerCase(), file).not.toContain("leaflet");
    }
  });

  it("signs in", async () => {
    const coordinator = server.credentials.coordinator;
    await page.goto(server.url);
    await page.waitForURL(/\/sign-in$/);
    await page.getByLabel("Email address").fill(coordinator.email);
    await page.getByLabel("Password").fill(coordinator.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    const code = page.getByLabel("Authentication code");
    await code.waitFor();
    await code.fill(totpNow(coordinator));
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { level: 1, name: /^Welcome, / }).waitFor();
  });

  it("imports the municipality boundary, refusing bad GeoJSON with a clear error", async () => {
    await page.getByRole("navigation", { name: "Modules" }).getByRole("link", { name: "Local map" }).click();
    await page.getByRole("heading", { level: 1, name: "Local map" }).waitFor();
    await page.getByRole("region", { name: "Map of the municipality" }).waitFor();
    await expectAccessible(page, "local map");

    const input = page.getByLabel("Boundary as GeoJSON (Polygon or MultiPolygon)");
    await input.fill("{ not json");
    await page.getByRole("button", { name: "Import boundary" }).click();
    await page.locator(".field-error").filter({ hasText: "This is not valid JSON." }).waitFor();

    await input.fill(JSON.stringify({ type: "Point", coordinates: [25, 60.2] }));
    await page.getByRole("button", { name: "Import boundary" }).click();
    await page.locator(".field-error").filter({ hasText: "body.boundary.type" }).waitFor();
    expect(await input.getAttribute("aria-invalid")).toBe("true");

    await input.fill(JSON.stringify(boundary));
    await page.getByRole("button", { name: "Import boundary" }).click();
    await page.getByRole("status").filter({ hasText: "Boundary imported." }).waitFor();
    await page.locator(".map-canvas path.leaflet-interactive").first().waitFor();
  });

  it("adds a vulnerable group", async () => {
    const form = page.locator("section", { has: page.getByRole("heading", { name: "Add a mapping entry" }) });
    await form.getByRole("button", { name: "Add entry" }).click();
    await form.locator(".field-error").filter({ hasText: "Fill in this field." }).waitFor();

    await form.getByLabel("Question").selectOption("vulnerable_group");
    await form.getByLabel("Title").fill(groupTitle);
    await form.getByLabel("Group").selectOption("seasonal_and_posted_workers");
    await form.getByLabel("Form of exploitation").selectOption("forced_labour");
    await form.getByRole("button", { name: "Add entry" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: `Entry “${groupTitle}” added.` })
      .waitFor();
    const row = page.getByRole("row", { name: new RegExp(groupTitle) });
    await row.waitFor();
    expect(await row.textContent()).toContain("Current");

    // A source older than a year is flagged as stale.
    await form.getByLabel("Title").fill(`Old survey ${run}`);
    await form.getByLabel("Source date").fill("2020-05-01");
    await form.getByRole("button", { name: "Add entry" }).click();
    const old = page.getByRole("row", { name: new RegExp(`Old survey ${run}`) });
    await old.waitFor();
    expect(await old.textContent()).toContain("Stale: source older than a year");
  });

  it("adds a location: outside the municipality is refused, a click on the map fills in the place", async () => {
    const form = page.locator("section", { has: page.getByRole("heading", { name: "Add a mapping entry" }) });
    await form.getByLabel("Question").selectOption("location");
    await form.getByLabel("Source date").fill(new Date().toISOString().slice(0, 10));
    await form.getByLabel("Title").fill(locationTitle);
    await form.getByLabel("Sector").selectOption("car_washes");
    await form.getByLabel("Latitude").fill("61.5");
    await form.getByLabel("Longitude").fill("23.7");
    await form.getByRole("button", { name: "Add entry" }).click();
    await form
      .locator(".field-error")
      .filter({ hasText: "This place lies outside the municipality boundary." })
      .first()
      .waitFor();
    await expectAccessible(page, "location form with errors");

    // The middle of the map lies inside the boundary the map was fitted to.
    await page.locator(".map-canvas").click();
    await page.waitForFunction(
      () => (document.querySelector<HTMLInputElement>('input[name="lat"]')?.value ?? "61.5") !== "61.5",
    );
    const lat = Number(await form.getByLabel("Latitude").inputValue());
    const lon = Number(await form.getByLabel("Longitude").inputValue());
    expect(lat).toBeGreaterThan(60.14);
    expect(lat).toBeLessThan(60.24);
    expect(lon).toBeGreaterThan(24.85);
    expect(lon).toBeLessThan(25.05);
    await form.getByRole("button", { name: "Add entry" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: `Entry “${locationTitle}” added.` })
      .waitFor();
    await page.getByRole("row", { name: new RegExp(locationTitle) }).waitFor();
    // The boundary and the new place are drawn: a path for each.
    await page.waitForFunction(
      () => document.querySelectorAll(".map-canvas path.leaflet-interactive").length >= 2,
    );

    mkdirSync(".tmp", { recursive: true });
    await page
      .getByRole("region", { name: "Map of the municipality" })
      .screenshot({ path: ".tmp/map-page-map.png" });
    await page.screenshot({ path: ".tmp/map-page.png", fullPage: true });
  });

  it("adds priorities and sees the ranking change, also when the weights change", async () => {
    const form = page
      .locator("section", { has: page.getByRole("heading", { name: "Add a priority" }) })
      .last();
    // First a priority rated 3 on every factor (score 60).
    await form.getByLabel("Form of exploitation").selectOption("benefit_fraud");
    await form.getByRole("button", { name: "Add priority" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: /^Priority added at rank \d+\.$/ })
      .waitFor();
    const ranking = page.getByTestId("ranking");
    const fraudRow = ranking.getByRole("row", { name: /Benefit fraud/ });
    await fraudRow.waitFor();
    expect(await fraudRow.textContent()).toContain("60.0");

    // Then the car wash: prevalent and severe, it goes above (score 76).
    await form.getByLabel("Vulnerable group").selectOption({ label: groupTitle });
    await form.getByLabel("Location").selectOption({ label: locationTitle });
    await form.getByLabel("Form of exploitation").selectOption("forced_labour");
    await form.getByLabel("Prevalence").selectOption("5");
    await form.getByLabel("Severity").selectOption("5");
    await form.getByRole("button", { name: "Add priority" }).click();
    const carWashRow = ranking.getByRole("row", { name: new RegExp(locationTitle) });
    await carWashRow.waitFor();
    expect(await carWashRow.textContent()).toContain("76.0");
    expect(await carWashRow.textContent()).toContain("Severity: rating 5 × weight 1 = 20.0 points");
    const rankOf = async (row: typeof carWashRow) => Number(await row.locator("td").first().textContent());
    expect(await rankOf(carWashRow)).toBeLessThan(await rankOf(fraudRow));

    // Weighting prevalence and severity away takes the car wash down to the fraud priority: they share a rank.
    const weights = page.getByRole("region", { name: "Weights of the factors" });
    await weights.getByLabel("Prevalence").fill("0");
    await weights.getByLabel("Severity").fill("0");
    await weights.getByRole("button", { name: "Save weights" }).click();
    await page.waitForFunction(
      (title) =>
        [...document.querySelectorAll("[data-testid=ranking] tbody tr")].some(
          (tr) => tr.textContent?.includes(title) && tr.textContent.includes("60.0"),
        ),
      locationTitle,
    );
    expect(await rankOf(fraudRow)).toBe(await rankOf(carWashRow));
    await expectAccessible(page, "priorities");

    // The coordinator's decision and rationale are recorded on the priority.
    await carWashRow.getByLabel("Decision").selectOption("accepted");
    await carWashRow.getByLabel("Rationale").fill("Signals from two inspections");
    await carWashRow.getByRole("button", { name: "Save decision" }).click();
    await carWashRow.getByText(/^Recorded \d{4}-\d{2}-\d{2}$/).waitFor();
    expect(await carWashRow.getByLabel("Rationale").inputValue()).toBe("Signals from two inspections");

    // Usable on a phone: the same page at 390 px.
    await page.setViewportSize({ width: 390, height: 844 });
    await expectAccessible(page, "local map at 390 px");
    await page.screenshot({ path: ".tmp/map-page-390.png", fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it("creates an action point from the priority, seeds the template, exports the PDF", async () => {
    await page
      .getByRole("navigation", { name: "Modules" })
      .getByRole("link", { name: "Action plan" })
      .click();
    await page.getByRole("heading", { level: 1, name: "Action plan" }).waitFor();
    await expectAccessible(page, "action plan");

    const form = page.locator("section", {
      has: page.getByRole("heading", { name: "Create an action point from a priority" }),
    });
    const option = form.getByLabel("Priority").locator("option", { hasText: "Forced labour" });
    await form.getByLabel("Priority").selectOption((await option.first().getAttribute("value")) ?? "");
    await form.getByLabel("Chapter").selectOption("identification");
    await form.getByLabel("Title").fill(pointTitle);
    await form.getByLabel("Deadline").fill("2027-03-31");
    await form.getByRole("button", { name: "Create action point" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: `Action point “${pointTitle}” created.` })
      .waitFor();
    const identification = page.locator("section", {
      has: page.getByRole("heading", { level: 2, name: "Identification of victims" }),
    });
    const point = identification.getByRole("listitem").filter({ hasText: pointTitle });
    await point.waitFor();
    expect(await point.textContent()).toContain("Serves 1 priorities");
    const timeline = page.getByRole("region", { name: "Timeline" });
    expect(await timeline.getByRole("listitem").filter({ hasText: pointTitle }).textContent()).toContain(
      "2027-03-31",
    );

    await page.getByRole("button", { name: "Add recommended actions" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: /recommended actions added\.$/ })
      .waitFor();
    await expectAccessible(page, "action plan seeded");
    await page.setViewportSize({ width: 390, height: 844 });
    await expectAccessible(page, "action plan at 390 px");
    await page.setViewportSize({ width: 1280, height: 900 });

    const href = await page.getByRole("link", { name: "Export the plan as PDF" }).getAttribute("href");
    const pdf = await page.evaluate(async (url) => {
      const res = await fetch(url ?? "", { credentials: "same-origin" });
      const bytes = new Uint8Array(await res.arrayBuffer());
      return {
        status: res.status,
        type: res.headers.get("content-type"),
        head: String.fromCharCode(...bytes.slice(0, 5)),
        base64: btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join("")),
      };
    }, href);
    expect(pdf.status).toBe(200);
    expect(pdf.type).toMatch(/^application\/pdf/);
    expect(pdf.head).toBe("%PDF-");
    // The PDF renders: poppler draws its first page.
    mkdirSync(".tmp", { recursive: true });
    writeFileSync(".tmp/action-plan.pdf", Buffer.from(pdf.base64, "base64"));
    execFileSync("pdftoppm", [
      "-png",
      "-r",
      "40",
      "-f",
      "1",
      "-l",
      "1",
      ".tmp/action-plan.pdf",
      ".tmp/action-plan",
    ]);
    expect(readdirSync(".tmp").some((f) => /^action-plan-0*1\.png$/.test(f))).toBe(true);
  });

  it("printed no console errors or CSP refusals", () => {
    expect(browser.problems).toEqual([]);
  });
});
