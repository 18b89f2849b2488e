import i18next from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { changeLocale, loadNamespaces, setupI18n } from "../i18n/index.ts";
import { formatList, formatNumber, formatPercent, sortByText } from "./format-number.ts";

// Intl writes a no-break space (or a narrow one) where a Finn or a Pole writes a space in numbers.
const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("numbers, lists and order in the reader's language", () => {
  it("writes numbers as each language does", () => {
    expect(formatNumber(1234.5, "en")).toBe("1,234.5");
    expect(spaces(formatNumber(1234.5, "fi"))).toBe("1 234,5");
    expect(formatNumber(1234.5, "de")).toBe("1.234,5");
    expect(spaces(formatNumber(12345, "pl"))).toBe("12 345");
    expect(spaces(formatPercent(0.425, "fi"))).toBe("42,5 %");
  });

  it("joins lists with the language's own 'and' and 'or'", () => {
    // English as written in Europe: no serial comma.
    expect(formatList(["A", "B", "C"], "en")).toBe("A, B and C");
    expect(formatList(["A", "B", "C"], "fi")).toBe("A, B ja C");
    expect(formatList(["A", "B", "C"], "pl")).toBe("A, B i C");
    expect(formatList(["A", "B"], "et", "disjunction")).toBe("A või B");
  });

  it("sorts names as the language does, not by code point", () => {
    const names = ["Łukasz", "Zofia", "Lena", "Ewa", "Émile"];
    expect(sortByText(names, (n) => n, "pl")).toEqual(["Émile", "Ewa", "Lena", "Łukasz", "Zofia"]);
    expect(sortByText(["Åsa", "Örjan", "Anna", "Zelda"], (n) => n, "sv")).toEqual([
      "Anna",
      "Zelda",
      "Åsa",
      "Örjan",
    ]);
    // Estonian sorts Z right after S (s, š, z, ž, t).
    expect(sortByText(["Toomas", "Zoja", "Sirje"], (n) => n, "et")).toEqual(["Sirje", "Zoja", "Toomas"]);
    expect(sortByText(["item 10", "item 9"], (n) => n, "en")).toEqual(["item 9", "item 10"]);
  });
});

describe("plurals of Polish and Lithuanian (messages with one, few, many and other forms)", () => {
  beforeAll(async () => {
    await setupI18n("en");
    await loadNamespaces(["referral"]);
  });

  it("Polish: 1 usługa, 2–4 usługi, 5–21 usług, 22–24 usługi, fractions usługi", async () => {
    await changeLocale("pl");
    const services = (count: number) => spaces(i18next.t("referral.services.count", { count }));
    expect(services(1)).toBe("1 usługa");
    expect(services(2)).toBe("2 usługi");
    expect(services(4)).toBe("4 usługi");
    expect(services(5)).toBe("5 usług");
    expect(services(12)).toBe("12 usług");
    expect(services(22)).toBe("22 usługi");
    expect(services(0)).toBe("0 usług");
    expect(services(1.5)).toBe("1,5 usługi");
    expect(services(12345)).toBe("12 345 usług");
  });

  it("Lithuanian: 1 and 21 paslauga, 2–9 paslaugos, 10–20 paslaugų, fractions paslaugos", async () => {
    await changeLocale("lt");
    const services = (count: number) => spaces(i18next.t("referral.services.count", { count }));
    expect(services(1)).toBe("1 paslauga");
    expect(services(21)).toBe("21 paslauga");
    expect(services(2)).toBe("2 paslaugos");
    expect(services(9)).toBe("9 paslaugos");
    expect(services(10)).toBe("10 paslaugų");
    expect(services(11)).toBe("11 paslaugų");
    expect(services(0)).toBe("0 paslaugų");
    expect(services(1.5)).toBe("1,5 paslaugos");
  });

  it("English keeps its two forms and its own digits grouping", async () => {
    await changeLocale("en");
    expect(i18next.t("referral.services.count", { count: 1 })).toBe("1 service");
    expect(i18next.t("referral.services.count", { count: 1234 })).toBe("1,234 services");
  });
});
