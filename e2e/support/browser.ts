import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium, type Locator, type Page } from "playwright-core";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export interface TestBrowser {
  context: BrowserContext;
  /** Console errors and CSP refusals seen on any page; a journey ends by asserting none. */
  problems: string[];
  close(): Promise<void>;
}

/** Debian's Chromium, headless, with a fresh profile (--user-data-dir) and no calls home. */
export async function launchBrowser(): Promise<TestBrowser> {
  const profile = mkdtempSync(join(tmpdir(), "ariadne-e2e-"));
  // A fresh profile directory per run; Playwright takes it as the persistent context's home.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
    viewport: { width: 1280, height: 900 },
    locale: "en-GB",
  });
  const problems: string[] = [];
  context.on("page", (page) => watch(page, problems));
  // Generous: CI shares two cores with PostgreSQL, the server and often another test run. A
  // locator waits this long for what a step expects (the same budget as `expect.poll`).
  context.setDefaultTimeout(60_000);
  for (const page of context.pages()) watch(page, problems);
  return {
    context,
    problems,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

function watch(page: Page, problems: string[]) {
  page.on("console", (msg) => {
    // The journey provokes 401 (no session yet, TOTP asked for), 400 (an empty form) and 409 (an
    // edit conflict) on purpose, and Chromium logs those; any other error (404 asset, 500, CSP
    // refusal) is a fault.
    const expected = /Failed to load resource: the server responded with a status of 40[019]/;
    if (msg.type() === "error" && !expected.test(msg.text())) problems.push(`console: ${msg.text()}`);
  });
  page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/**
 * Runs axe-core on the page as it is now, with WCAG 2.2's AA rules too (2.5.8 target size, which
 * axe leaves off by default); returns the serious and critical violations.
 */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  const loaded = await page.evaluate(() => "axe" in window);
  // addScriptTag would inject an inline <script>, which the server's CSP rightly refuses; code
  // evaluated through the DevTools protocol is not subject to CSP.
  if (!loaded) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    type Axe = {
      getRules(tags: string[]): { ruleId: string }[];
      run(context: Document, options: object): Promise<{ violations: unknown[] }>;
    };
    const axe = (window as unknown as { axe: Axe }).axe;
    const rules = axe.getRules(["wcag22aa"]).map((r) => [r.ruleId, { enabled: true }]);
    return (await axe.run(document, { rules: Object.fromEntries(rules) })).violations;
  });
  return (violations as AxeViolation[])
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} at ${v.nodes
          // What axe found wrong there (for a target, its size or the element that covers it).
          .map((n) => `${JSON.stringify(n.target)} (${n.failureSummary?.replace(/\s+/g, " ").trim() ?? ""})`)
          .join(", ")}`,
    );
}

/** The text of what an element is described by (its hint, its error), as a screen reader says it after the name. */
export function describedText(locator: Locator): Promise<string> {
  return locator.evaluate((el) =>
    (el.getAttribute("aria-describedby") ?? "")
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => document.getElementById(id)?.textContent ?? "")
      .join(" "),
  );
}
