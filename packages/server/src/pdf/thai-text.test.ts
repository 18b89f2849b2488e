import { execFileSync } from "node:child_process";
import { prevention } from "@ariadne/domain";
import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import { useUnicodeFonts } from "./fonts.ts";
import {
  breakIntoLines,
  scriptRuns,
  thaiFonts,
  useThaiFonts,
  widthOfMixedScript,
  writeMixedScript,
} from "./thai-text.ts";

describe("scriptRuns", () => {
  it("cuts a Thai text into Thai runs and the rest, keeping spaces with the run before", () => {
    expect(scriptRuns("โทร 112 ฟรี")).toEqual([
      { thai: true, text: "โทร " },
      { thai: false, text: "112 " },
      { thai: true, text: "ฟรี" },
    ]);
  });

  it("keeps a text without Thai as one run, and a text of Thai and spaces as one", () => {
    expect(scriptRuns("Call 112, free.")).toEqual([{ thai: false, text: "Call 112, free." }]);
    expect(scriptRuns("ความช่วยเหลือ ฟรี")).toEqual([{ thai: true, text: "ความช่วยเหลือ ฟรี" }]);
    expect(scriptRuns("")).toEqual([]);
  });
});

/** A long Thai line with no space in it: Thai writes none between words. */
const longThai = prevention.helpTexts.th.intro.replace(/\s+/g, "");
const words = (text: string) => [...new Intl.Segmenter("th", { granularity: "word" }).segment(text)];

function aDoc() {
  const doc = useThaiFonts(useUnicodeFonts(new PDFDocument({ size: "A5", margin: 36 })));
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  return { doc, done };
}

describe("Thai lines", () => {
  it("has ICU's Thai word boundaries in this Node (full ICU)", () => {
    expect(words("ความช่วยเหลือฟรี").map((w) => w.segment)).toEqual(["ความ", "ช่วย", "เหลือ", "ฟรี"]);
  });

  it("breaks a Thai line without spaces only between words, each line within the width", () => {
    const { doc } = aDoc();
    doc.fontSize(14).font(thaiFonts.regular);
    const width = 200;
    const lines = breakIntoLines(longThai, (line) => doc.widthOfString(line) <= width);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join("")).toBe(longThai);
    const boundaries = new Set(words(longThai).map((w) => w.index));
    let at = 0;
    for (const line of lines) {
      expect(doc.widthOfString(line)).toBeLessThanOrEqual(width);
      expect(boundaries.has(at), `a line starts mid-word: ${line}`).toBe(true);
      at += line.length;
    }
  });

  it("drops the spaces at a break, keeps a word wider than the line whole, and keeps hard breaks", () => {
    const fitsTen = (line: string) => line.length <= 10;
    expect(breakIntoLines("ความช่วยเหลือ ฟรี", fitsTen)).toEqual(["ความช่วย", "เหลือ ฟรี"]);
    expect(breakIntoLines("ความช่วยเหลือ ฟรี", (l) => l.length <= 5)).toEqual(["ความ", "ช่วย", "เหลือ", "ฟรี"]);
    expect(breakIntoLines("โทร\n112", fitsTen)).toEqual(["โทร", "112"]);
  });

  it("sets a long Thai line in the PDF on those lines, within the page width", async () => {
    const { doc, done } = aDoc();
    const width = doc.page.width - 72;
    doc.fontSize(22);
    writeMixedScript(doc, `${longThai} 112`, "bold", { width });
    const expected = breakIntoLines(
      `${longThai} 112`,
      (line) => widthOfMixedScript(doc, line, "bold") <= width - 0.5,
    );
    doc.end();
    const layout = execFileSync("pdftotext", ["-bbox-layout", "-", "-"], { input: await done }).toString();
    const boxes = [...layout.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"/g)].map((m) => ({
      y: Number(m[2]),
      xMax: Number(m[3]),
    }));
    // One visual line per laid-out line (poppler may split one at a vowel mark, at the same height).
    const rows = [...new Set(boxes.map((b) => Math.round(b.y)))].sort((a, b) => a - b);
    expect(rows).toHaveLength(expected.length);
    // Set one under the other, at the font's own line height (no empty line between).
    for (let i = 1; i < rows.length; i++) expect(rows[i]! - rows[i - 1]!).toBeLessThan(22 * 1.6);
    expect(expected.length).toBeGreaterThan(2);
    for (const b of boxes) expect(b.xMax).toBeLessThanOrEqual(36 + width + 0.5);
  });
});
