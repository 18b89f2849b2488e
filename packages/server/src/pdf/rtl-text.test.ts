import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import { useUnicodeFonts } from "./fonts.ts";
import { pdfLines } from "./pdf-text.ts";
import { writeBidi } from "./rtl-text.ts";

/** An A5 page, 36 pt margins, its streams uncompressed so a test can read the glyphs drawn. */
function aDoc() {
  const doc = useUnicodeFonts(new PDFDocument({ size: "A5", margin: 36, compress: false }));
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  return { doc, done };
}

const sentence = "تحصل على المساعدة حتى لو لم تذهب إلى الشرطة.";

describe("writeBidi", () => {
  it("shapes Arabic: a letter's initial, middle and final forms are different glyphs", async () => {
    const { doc, done } = aDoc();
    writeBidi(doc.fontSize(18), "ممم", { width: 300, align: "right", direction: "rtl" });
    doc.end();
    const shown = [...(await done).toString("latin1").matchAll(/\[<([0-9a-f]+)>[^\]]*\] TJ/g)];
    expect(shown).toHaveLength(1);
    const glyphs = shown[0]![1]!.match(/.{4}/g)!;
    // Three meems joined are three glyphs (pdfkit numbers them as it first uses them); unshaped
    // they would be one isolated glyph three times.
    expect(glyphs).toHaveLength(3);
    expect(new Set(glyphs).size).toBe(3);
  });

  it("breaks a paragraph within the width, each line at the right edge, onto a new page when full", async () => {
    const { doc, done } = aDoc();
    const width = 200;
    doc.fontSize(14);
    writeBidi(doc, Array(20).fill(sentence).join(" "), { width, align: "right", direction: "rtl" });
    expect(doc.x).toBe(36);
    doc.end();
    const lines = pdfLines(await done);
    expect(Math.max(...lines.map((l) => l.page))).toBe(2);
    for (const l of lines) {
      expect(l.xMin).toBeGreaterThanOrEqual(36);
      expect(l.xMax).toBeCloseTo(36 + width, 0);
      expect(l.yMax).toBeLessThanOrEqual(l.pageHeight - 36);
    }
    // A full stop ends its sentence at the left, so no line has one as its rightmost glyph (a
    // word's text is its glyphs from left to right).
    expect(lines.some((l) => l.words.some((w) => w.text.startsWith(".")))).toBe(true);
    for (const l of lines)
      expect(l.words.reduce((a, b) => (b.xMax > a.xMax ? b : a)).text).not.toMatch(/\.$/);
  });

  it("centres a line when asked, and sets the next paragraph under it", async () => {
    const { doc, done } = aDoc();
    doc.fontSize(14);
    writeBidi(
      doc,
      "احصل على المساعدة الآن",
      { width: 300, align: "center", direction: "rtl" },
      { x: 50, y: 100 },
    );
    const below = doc.y;
    writeBidi(doc, "112", { width: 300, align: "right", direction: "rtl" });
    doc.end();
    const [caption, number] = pdfLines(await done);
    expect((caption!.xMin + caption!.xMax) / 2).toBeCloseTo(200, 0);
    expect(below).toBeGreaterThan(caption!.yMax - 1);
    expect(number!.yMin).toBeCloseTo(below, 0);
    expect(number!.xMax).toBeCloseTo(350, 0);
    expect(number!.words.map((w) => w.text)).toEqual(["112"]);
  });
});
