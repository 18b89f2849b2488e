import { describe, expect, it } from "vitest";
import { locales, messages } from "./index.ts";

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string"
      ? [[`${prefix}${key}`, value] as [string, string]]
      : leaves(value, `${prefix}${key}.`),
  );
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe("locales", () => {
  const reference = new Map(leaves(messages.en));

  it.each(locales)("%s has exactly the English keys", (locale) => {
    const keys = leaves(messages[locale]).map(([key]) => key);
    expect(keys.sort()).toEqual([...reference.keys()].sort());
  });

  it.each(locales)("%s has no empty message", (locale) => {
    const empty = leaves(messages[locale]).filter(([, text]) => text.trim() === "");
    expect(empty).toEqual([]);
  });

  it.each(locales)("%s uses the same {{placeholders}} as English", (locale) => {
    const wrong = leaves(messages[locale]).filter(
      ([key, text]) => placeholders(text).join() !== placeholders(reference.get(key) ?? "").join(),
    );
    expect(wrong).toEqual([]);
  });

  it("translates Finnish and Swedish rather than copying English", () => {
    for (const locale of ["fi", "sv"] as const) {
      const same = leaves(messages[locale]).filter(([key, text]) => reference.get(key) === text);
      // Names of languages, the product name and a few international words may match English.
      expect(same.length).toBeLessThan(12);
    }
  });
});
