import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { expect } from "vitest";

const locales = join(import.meta.dirname, "../../packages/web/src/locales");

/** A message of the app as the language's file has it, `{{name}}` filled in: what a journey in that language finds. */
export function msg(lang: string, key: string, values: Record<string, string> = {}): string {
  const [ns, ...path] = key.split(".");
  let node: unknown = JSON.parse(readFileSync(join(locales, lang, `${ns}.json`), "utf8"));
  for (const part of path) node = (node as Record<string, unknown>)[part];
  if (typeof node !== "string") throw new Error(`no message ${lang}:${key}`);
  return node.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? "");
}

/** Chooses a language with the switcher labelled in `labelLang`, and waits until the page speaks it. */
export async function chooseLanguage(page: Page, lang: string, labelLang: string) {
  const select = page.getByLabel(msg(labelLang, "language.label"), { exact: true });
  // On a phone the switcher of a signed-in page is in the menu.
  if (!(await select.isVisible()))
    await page.getByRole("button", { name: msg(labelLang, "shell.menu") }).click();
  await select.selectOption(lang);
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
}
