import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAccessible, expectNoSidewaysScroll, useJourney } from "./support/journey.ts";
import { chooseLanguage, msg } from "./support/messages.ts";
import { freshTotp } from "./support/sign-in.ts";

/**
 * Issue 18: a social worker in Tartu and one in Gdańsk sign in, screen and open a case in their own
 * language on a phone, the indicator catalogue too; a language is fetched when chosen (one chunk for
 * the shell), with no reload.
 */
const phone = { width: 390, height: 844 };
const journey = useJourney("locales", { viewport: phone });
const domainLocales = join(import.meta.dirname, "../packages/domain/src/locales");

/** Every indicator's "look for" text of the catalogue as a language's file has it. */
function lookForTexts(lang: string): string[] {
  const file = JSON.parse(readFileSync(join(domainLocales, lang, "catalogue.json"), "utf8")) as Record<
    "concepts" | "indicators",
    Record<string, { lookFor?: string }>
  >;
  return [...Object.values(file.concepts), ...Object.values(file.indicators)].flatMap((t) =>
    t.lookFor ? [t.lookFor] : [],
  );
}

/** Locale chunks the page fetched (`/assets/locale-<lang>-<ns>-<hash>.js`), in order. */
const fetched: string[] = [];
let navigations = 0;

async function screenAndOpenCase(page: Page, lang: string, pseudonym: string) {
  const modules = page.getByRole("navigation", { name: msg(lang, "shell.mainNav") });
  const openMenu = async () => {
    if (!(await modules.isVisible()))
      await page.getByRole("button", { name: msg(lang, "shell.menu") }).click();
  };
  await openMenu();
  await modules.getByRole("link", { name: msg(lang, "modules.screening") }).click();
  await page.getByRole("heading", { level: 1, name: msg(lang, "screening.title") }).waitFor();
  const who = page.getByRole("group", { name: msg(lang, "screening.profiles") });
  const card = page.locator(".screening-question").first();
  // A new screening starts with who is screened; one left in progress (the Estonian one, when the
  // worker screens again in Polish) comes back on its questions, in the language chosen since.
  await expect.poll(async () => (await who.isVisible()) || (await card.isVisible())).toBe(true);
  if (await who.isVisible()) {
    await who.getByRole("checkbox").first().check();
    await page.getByRole("button", { name: msg(lang, "screening.setupDone") }).click();
    await page.getByRole("button", { name: msg(lang, "screening.setupDone") }).waitFor({ state: "detached" });
  }
  // The question card shows the catalogue in the chosen language (its own words, not English's),
  // fetched with the language's domain texts when the screening page first needs them.
  const english = new Set(lookForTexts("en"));
  const own = lookForTexts(lang).filter((text) => !english.has(text));
  await expect
    .poll(async () => {
      const shown = (await card.textContent()) ?? "";
      return own.some((text) => shown.includes(text));
    })
    .toBe(true);
  await expectNoSidewaysScroll(page, phone.width, `screening (${lang})`);
  await expectAccessible(page, `screening (${lang}, 390 px)`);

  await openMenu();
  await modules.getByRole("link", { name: msg(lang, "modules.cases") }).click();
  await page.getByRole("heading", { level: 1, name: msg(lang, "cases.title") }).waitFor();
  const form = page.locator("section", {
    has: page.getByRole("heading", { name: msg(lang, "cases.createTitle") }),
  });
  await form.getByLabel(msg(lang, "cases.pseudonym"), { exact: true }).fill(pseudonym);
  await form.getByRole("button", { name: msg(lang, "cases.createSubmit") }).click();
  const title = msg(lang, "cases.caseTitle", { code: "" }).trim();
  await page.getByRole("heading", { level: 1, name: new RegExp(`^${title} C\\d{4}-`) }).waitFor();
  await expectNoSidewaysScroll(page, phone.width, `case (${lang})`);
  await expectAccessible(page, `case page (${lang}, 390 px)`);
}

describe("every language of the region, loaded when chosen", () => {
  it("opens sign-in in English with no other language's messages fetched", async () => {
    const page = journey.page;
    page.on("request", (r) => {
      const m = /\/assets\/(locale-[a-z]+-\w+)-[\w-]+\.js$/.exec(r.url());
      if (m) fetched.push(m[1]!);
    });
    page.on("framenavigated", (frame) => {
      if (frame === page.mainFrame()) navigations += 1;
    });
    await page.goto(`${journey.server.url}/sign-in`);
    await page.getByRole("heading", { level: 1, name: msg("en", "auth.title") }).waitFor();
    expect(fetched.filter((f) => !f.startsWith("locale-en-"))).toEqual([]);
  });

  it("switches sign-in to Estonian with one more chunk and no reload", async () => {
    const page = journey.page;
    const before = { fetched: fetched.length, navigations };
    await chooseLanguage(page, "et", "en");
    await page.getByRole("heading", { level: 1, name: msg("et", "auth.title") }).waitFor();
    expect(fetched.slice(before.fetched)).toEqual(["locale-et-shell"]);
    expect(navigations).toBe(before.navigations);
    await expectNoSidewaysScroll(page, phone.width, "sign-in (et)");
    await expectAccessible(page, "sign-in (et, 390 px)");
  });

  it("signs in in Estonian", async () => {
    const page = journey.page;
    const c = journey.server.credentials.frontline;
    await page.getByLabel(msg("et", "auth.email")).fill(c.email);
    await page.getByLabel(msg("et", "auth.password")).fill(c.password);
    await page.getByRole("button", { name: msg("et", "auth.submit") }).click();
    await page.getByLabel(msg("et", "auth.totp")).fill(await freshTotp(c));
    await page.getByRole("button", { name: msg("et", "auth.submit") }).click();
    const welcome = msg("et", "shell.homeWelcome", { name: "" }).trim();
    await page.getByRole("heading", { level: 1, name: new RegExp(`^${welcome}`) }).waitFor();
  });

  it("screens and opens a case in Estonian on a phone, fetching only Estonian and English messages", async () => {
    await screenAndOpenCase(journey.page, "et", "Tartu 1");
    expect(fetched.filter((f) => !/^locale-(et|en)-/.test(f))).toEqual([]);
    expect(fetched).toContain("locale-et-cases");
    expect(fetched).toContain("locale-et-screening");
    expect(fetched).toContain("locale-et-domain");
  });

  it("switches to Polish on the case page without a reload: the modules shown so far, in Polish only", async () => {
    const page = journey.page;
    const before = { fetched: fetched.length, navigations };
    const url = page.url();
    await chooseLanguage(page, "pl", "et");
    const title = msg("pl", "cases.caseTitle", { code: "" }).trim();
    await page.getByRole("heading", { level: 1, name: new RegExp(`^${title} C\\d{4}-`) }).waitFor();
    const added = fetched.slice(before.fetched);
    expect(
      added.every((f) => f.startsWith("locale-pl-")),
      added.join(),
    ).toBe(true);
    expect(added).toContain("locale-pl-shell");
    expect(added).toContain("locale-pl-cases");
    expect(new Set(added).size).toBe(added.length);
    expect(navigations).toBe(before.navigations);
    expect(page.url()).toBe(url);
  });

  it("screens and opens a case in Polish on a phone", async () => {
    await screenAndOpenCase(journey.page, "pl", "Gdańsk 1");
    expect(journey.browser.problems).toEqual([]);
  });

  it("keeps Polish as the user's language on the server: a new session opens in Polish", async () => {
    const page = journey.page;
    await expect
      .poll(async () => (await page.request.get(`${journey.server.url}/api/v1/auth/session`)).json())
      .toMatchObject({ user: { locale: "pl", ownLocale: "pl" } });
  });
});
