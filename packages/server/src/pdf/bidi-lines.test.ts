import { describe, expect, it } from "vitest";
import { breakAtSpaces, shaperText, type VisualRun, visualRuns } from "./bidi-lines.ts";

/** The line as it stands on the page, left to right: each right-to-left run read backwards. */
const onPage = (runs: VisualRun[]) =>
  runs.map((r) => (r.rtl ? [...r.text].reverse().join("") : r.text)).join("");

describe("visualRuns: a line laid out by the Unicode Bidirectional Algorithm", () => {
  it("sets an Arabic list item's bullet at the right end and its full stop at the left", () => {
    const runs = visualRuns("•  المساعدة مجانية.", "rtl");
    expect(runs).toEqual([{ text: "•  المساعدة مجانية.", rtl: true }]);
    expect(onPage(runs)).toBe(".ةيناجم ةدعاسملا  •");
  });

  it("keeps an emergency number's digits in order inside an Arabic sentence", () => {
    const runs = visualRuns("اتصل بالرقم 112.", "rtl");
    expect(runs).toEqual([
      { text: ".", rtl: true },
      { text: "112", rtl: false },
      { text: "اتصل بالرقم ", rtl: true },
    ]);
    expect(onPage(runs)).toBe(".112 مقرلاب لصتا");
    expect(onPage(visualRuns("مفتوح 24/7", "rtl"))).toBe("24/7 حوتفم");
  });

  it("keeps a Latin name and an address left to right, the Arabic around them right to left", () => {
    expect(visualRuns("اتصل بـ Anna Berg الآن.", "rtl")).toEqual([
      { text: " الآن.", rtl: true },
      { text: "Anna Berg", rtl: false },
      { text: "اتصل بـ ", rtl: true },
    ]);
    expect(onPage(visualRuns("زر https://apu.example.fi/help.", "rtl"))).toBe(
      ".https://apu.example.fi/help رز",
    );
  });

  it("mirrors brackets in right-to-left text, not in left-to-right", () => {
    const runs = visualRuns("متى؟ (يمكنك تركه فارغًا)", "rtl");
    expect(runs).toEqual([{ text: "متى؟ )يمكنك تركه فارغًا(", rtl: true }]);
    // On the page the opening bracket, to the right of the words, faces left: "(…)" enclosing them.
    expect(onPage(runs)).toBe("(اًغراف هكرت كنكمي) ؟ىتم");
    // A Latin name in brackets inside Arabic: the brackets belong to the Arabic (rule N0), mirrored.
    const name = visualRuns("اتصل (Turku) الآن", "rtl");
    expect(name.map((r) => r.rtl)).toEqual([true, false, true]);
    expect(onPage(name)).toBe("نآلا (Turku) لصتا");
  });

  it("sets an Arabic word in a left-to-right line as one right-to-left run", () => {
    expect(visualRuns("Call مساعدة now.", "ltr")).toEqual([
      { text: "Call ", rtl: false },
      { text: "مساعدة", rtl: true },
      { text: " now.", rtl: false },
    ]);
    expect(visualRuns("", "rtl")).toEqual([]);
  });
});

describe("shaperText: what fontkit is handed so that the glyphs come out in page order", () => {
  it("hands Arabic in reading order, for fontkit joins its letters and reverses the run itself", () => {
    expect(shaperText({ text: "اتصل بالرقم ", rtl: true })).toBe("اتصل بالرقم ");
    expect(shaperText({ text: "•  المساعدة.", rtl: true })).toBe("•  المساعدة.");
    expect(shaperText({ text: "112", rtl: false })).toBe("112");
  });

  it("reverses what fontkit would not (a right-to-left run of marks) or would wrongly (Arabic-Indic digits)", () => {
    expect(shaperText({ text: ". •", rtl: true })).toBe("• .");
    expect(shaperText({ text: "١١٢", rtl: false })).toBe("٢١١");
    // Arabic-Indic digits are a left-to-right run inside Arabic: "١١٢" reads left to right.
    expect(visualRuns("اتصل بالرقم ١١٢", "rtl")[0]).toEqual({ text: "١١٢", rtl: false });
  });
});

describe("breakAtSpaces", () => {
  const fits = (max: number) => (line: string) => line.length <= max;

  it("fills each line as far as it fits, breaking only at spaces, in reading order", () => {
    const text = "تحصل على المساعدة حتى لو لم تذهب إلى الشرطة.";
    const lines = breakAtSpaces(text, fits(16));
    expect(lines).toEqual(["تحصل على", "المساعدة حتى لو", "لم تذهب إلى", "الشرطة."]);
    expect(lines.join(" ")).toBe(text);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(16);
  });

  it("keeps a word wider than the line whole on a line of its own, and starts a line at a newline", () => {
    expect(breakAtSpaces("زر https://apu.example.fi/help/demo الآن", fits(10))).toEqual([
      "زر",
      "https://apu.example.fi/help/demo",
      "الآن",
    ]);
    expect(breakAtSpaces("أ  ب\nج", fits(80))).toEqual(["أ ب", "ج"]);
    expect(breakAtSpaces("", fits(10))).toEqual([""]);
  });
});
