import { mkdirSync } from "node:fs";
import { startTestServer, type TestServer } from "@ariadne/server/testing/start-test-server.ts";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, expect } from "vitest";
import { launchBrowser, seriousA11yViolations, type TestBrowser } from "./browser.ts";

/** One browser journey: the test server, the browser and its first page, set up before the first step. */
export interface Journey {
  readonly server: TestServer;
  readonly browser: TestBrowser;
  readonly page: Page;
  /** Labels of the pages `expectAccessible` checked, in order. */
  readonly visited: readonly string[];
}

const visited: string[] = [];

/**
 * Registers the hooks of a journey named `name`: the server, browser and page start before the
 * first step; once a step fails the later ones are skipped (they would only time out) and what the
 * browser showed is kept in `.tmp/e2e-<name>-failure.png`; all is closed after the last step.
 */
export function useJourney(name: string, options: { viewport?: { width: number; height: number } } = {}) {
  let server: TestServer | undefined;
  let browser: TestBrowser | undefined;
  let page: Page | undefined;
  let broken = false;
  const screenshot = `.tmp/e2e-${name}-failure.png`;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    page = await browser.context.newPage();
    if (options.viewport) await page.setViewportSize(options.viewport);
  });
  beforeEach((ctx) => {
    if (broken) ctx.skip();
  });
  afterEach(async (ctx) => {
    if (ctx.task.result?.state !== "fail") return;
    broken = true;
    mkdirSync(".tmp", { recursive: true });
    await page?.screenshot({ path: screenshot, fullPage: true }).catch(() => {});
    console.error(`e2e failure at ${page?.url()}; screenshot in ${screenshot}`);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error(`journey ${name} has not started`);
    return value;
  };
  const journey: Journey = {
    get server() {
      return started(server);
    },
    get browser() {
      return started(browser);
    },
    get page() {
      return started(page);
    },
    visited,
  };
  return journey;
}

/**
 * Asserts axe finds no serious or critical violation on the page once it has settled (a list that
 * is still reloading after a save is asked again), WCAG 2.2's AA rules included, and notes it
 * visited.
 */
export async function expectAccessible(page: Page, label: string) {
  visited.push(label);
  await expect.poll(() => seriousA11yViolations(page), { message: `axe on ${label}` }).toEqual([]);
}

/** Asserts the page, once settled, scrolls no wider than the viewport (a phone of `width` px). */
export async function expectNoSidewaysScroll(page: Page, width: number, label?: string) {
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth), { message: label })
    .toBeLessThanOrEqual(width);
}

/**
 * Opens the page's current address in a new page at each phone width, and asserts it loads, does
 * not scroll sideways and is axe clean there.
 */
export async function expectFitsPhone(page: Page, label: string, widths: readonly number[] = [360, 390]) {
  for (const width of widths) {
    const phone = await page.context().newPage();
    await phone.setViewportSize({ width, height: 844 });
    await phone.goto(page.url());
    await phone.getByRole("heading", { level: 1 }).waitFor();
    await phone.waitForLoadState("networkidle");
    await expectNoSidewaysScroll(phone, width, label);
    await expectAccessible(phone, `${label} (${width} px)`);
    await phone.close();
  }
}
