import { describe, expect, it } from "vitest";
import { fill, plural } from "./fill.ts";

describe("filling texts", () => {
  it("fills {{placeholders}} and leaves one without a value as written", () => {
    expect(fill("Answers within {{h}} h, {{ who }}", { h: 24, who: "the NGO" })).toBe(
      "Answers within 24 h, the NGO",
    );
    expect(fill("As of {{date}}", {})).toBe("As of {{date}}");
  });

  it("picks the plural form of the language's CLDR category (Polish, Lithuanian, Latvian)", () => {
    const pl = {
      serves_one: "Służy {{count}} priorytetowi",
      serves_few: "Służy {{count}} priorytetom (few)",
      serves_many: "Służy {{count}} priorytetom (many)",
      serves_other: "Służy {{count}} priorytetu",
    };
    expect([1, 2, 5, 22, 1.5].map((n) => plural(pl, "serves", n, "pl"))).toEqual([
      "Służy 1 priorytetowi",
      "Służy 2 priorytetom (few)",
      "Służy 5 priorytetom (many)",
      "Służy 22 priorytetom (few)",
      "Służy 1.5 priorytetu",
    ]);
    const lt = {
      x_one: "one {{count}}",
      x_few: "few {{count}}",
      x_many: "many {{count}}",
      x_other: "other {{count}}",
    };
    expect([1, 21, 2, 10, 0.5].map((n) => plural(lt, "x", n, "lt"))).toEqual([
      "one 1",
      "one 21",
      "few 2",
      "other 10",
      "many 0.5",
    ]);
    const lv = { x_zero: "zero {{count}}", x_one: "one {{count}}", x_other: "other {{count}}" };
    expect([0, 1, 21, 2].map((n) => plural(lv, "x", n, "lv"))).toEqual([
      "zero 0",
      "one 1",
      "one 21",
      "other 2",
    ]);
    expect(plural({ x_other: "{{count}} items" }, "x", 1, "en")).toBe("1 items");
  });
});
