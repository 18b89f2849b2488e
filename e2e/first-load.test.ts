import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { firstLoadFiles, firstLoadGzipBytes, staticImports } from "../bench/bundle-size.ts";

const dist = join(import.meta.dirname, "../packages/web/dist");
const locales = join(import.meta.dirname, "../packages/web/src/locales");
const messages = (lang: string, ns: string) =>
  JSON.parse(readFileSync(join(locales, lang, `${ns}.json`), "utf8")) as Record<string, unknown>;

/** A module's longest message: text found nowhere else. */
function longest(tree: unknown): string {
  if (typeof tree === "string") return tree;
  return Object.values(tree as Record<string, unknown>)
    .map(longest)
    .reduce((a, b) => (b.length > a.length ? b : a), "");
}

/**
 * Issue 18: the first load (app shell + sign-in) carries English's shell messages only; every other
 * language, and every module's messages, come in chunks of their own when chosen.
 *
 * Budget: issue 18 asks for under 120 kB gzip. Messages out of the first load took it from 266 kB to
 * 150 kB (the same count: `npm run bench`); what was left was libraries the shell needs at once:
 * react-dom 62 kB, zod 26 kB (the shared schemas the session and sign-in parse with), i18next and
 * react-i18next 18 kB, react-router 14 kB, and about 20 kB of the app's own shell — 157 kB. The
 * browser build serves React's API from Preact (`preact/compat`, aliased in
 * packages/web/vite.config.ts): react-dom and react become about 11 kB, and the first load 99 kB
 * (packages/web/README.md, "Preact in the browser build"). The budget is the figure.
 */
const budgetBytes = 120_000;

describe("the first load", () => {
  const files = firstLoadFiles(dist);
  const text = files.map((f) => readFileSync(join(dist, f.file), "utf8")).join("\n");

  it(`is at most ${budgetBytes / 1000} kB of gzipped JavaScript`, () => {
    expect(files.some((f) => /sign-in-page/.test(f.file))).toBe(true);
    expect(firstLoadGzipBytes(dist)).toBeLessThan(budgetBytes);
  });

  it("holds no language's messages chunk and no module's messages", () => {
    expect(files.filter((f) => /\/locale-/.test(f.file))).toEqual([]);
    for (const ns of ["cases", "screening", "referral", "training", "map", "admin", "audit"]) {
      expect(text, ns).not.toContain(longest(messages("en", ns)));
    }
  });

  it("holds English's shell messages but no other language's", () => {
    expect(text).toContain(String(messages("en", "app").tagline));
    for (const lang of readdirSync(locales).filter(
      (l) => l !== "en" && existsSync(join(locales, l, "shell.json")),
    )) {
      expect(text, lang).not.toContain(longest(messages(lang, "shell")));
    }
  });

  it("has one messages chunk per language and module outside it", () => {
    const chunks = readdirSync(join(dist, "assets")).filter((f) => /^locale-/.test(f));
    expect(chunks.some((f) => /^locale-fi-cases-/.test(f))).toBe(true);
    expect(chunks.some((f) => /^locale-fi-shell-/.test(f))).toBe(true);
    expect(chunks.some((f) => /^locale-en-cases-/.test(f))).toBe(true);
  });
});

describe("the service worker's app shell", () => {
  it("precaches every file a precached file imports statically, so no page fails to load offline", () => {
    const sw = readFileSync(join(dist, "sw.js"), "utf8");
    const list = /const precache = (\[[^\]]*\]);/.exec(sw)?.[1];
    expect(list).toBeDefined();
    const precached = new Set((JSON.parse(list!) as string[]).map((f) => f.replace(/^\//, "")));
    // One missing file fails the worker's whole install.
    expect([...precached].filter((f) => f !== "" && !existsSync(join(dist, f)))).toEqual([]);
    const missing = [...precached]
      .filter((f) => f.endsWith(".js"))
      .flatMap((f) =>
        staticImports(dist, f)
          .filter((dep) => !precached.has(dep))
          .map((dep) => `${f} -> ${dep}`),
      );
    expect(missing).toEqual([]);
    // Other languages' lazily loaded messages stay out: the device keeps the ones its reader fetched.
    expect([...precached].some((f) => /^assets\/locale-fi-cases-/.test(f))).toBe(false);
  });
});
