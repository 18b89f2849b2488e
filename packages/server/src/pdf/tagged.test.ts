import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import { pdfFonts, useUnicodeFonts } from "./fonts.ts";
import { pdfTagging } from "./pdf-text.ts";
import { documentStructure, taggedPdfOptions } from "./tagged.ts";

function render(draw: (doc: PDFKit.PDFDocument) => void, options: PDFKit.PDFDocumentOptions) {
  const doc = useUnicodeFonts(new PDFDocument({ size: "A4", ...options }));
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  draw(doc);
  doc.end();
  return done;
}

describe("tagged PDFs", () => {
  it("marks the document, sets its language and title, and reads headings and paragraphs in order across pages", async () => {
    const pdf = await render(
      (doc) => {
        const s = documentStructure(doc);
        s.add("H1", () => doc.font(pdfFonts.bold).text("Sprawozdanie roczne"));
        for (let i = 1; i <= 60; i++) s.add("P", () => doc.font(pdfFonts.regular).text(`Wiersz ${i}`));
        s.artifact(() => doc.rect(56, 56, 20, 8).fill("#1d4ed8"));
        s.add("H2", () => doc.text("Zakończenie"));
        s.end();
      },
      taggedPdfOptions("pl", "Sprawozdanie roczne"),
    );
    const tagging = pdfTagging(pdf);
    expect(tagging.marked).toBe(true);
    expect(tagging.lang).toBe("pl");
    expect(pdf.toString("latin1")).toMatch(/\/DisplayDocTitle true/);
    const lines = tagging.structure.split("\n").map((l) => l.trim());
    const at = (text: string) => lines.findIndex((l) => l.includes(text));
    expect(lines[at("Sprawozdanie roczne") - 1]).toMatch(/^H1/);
    expect(lines[at("Zakończenie") - 1]).toMatch(/^H2/);
    // Sixty lines run onto a second page; each is still its own paragraph, in reading order.
    expect(lines.filter((l) => /^P\b/.test(l))).toHaveLength(60);
    expect(at("Wiersz 60")).toBeGreaterThan(at("Wiersz 1"));
    expect(at("Zakończenie")).toBeGreaterThan(at("Wiersz 60"));
  });

  it("tags a list as a list, each entry an item of it, in reading order", async () => {
    const pdf = await render(
      (doc) => {
        const s = documentStructure(doc);
        s.add("H2", () => doc.text("Twoje prawa"));
        s.list(
          ["Pomoc", "Tłumacz", "Czas do namysłu"].map((right) => ({ draw: () => doc.text(`•  ${right}`) })),
        );
        s.add("P", () => doc.text("112"));
        s.end();
      },
      taggedPdfOptions("pl", "Pomoc"),
    );
    const { elements, structure } = pdfTagging(pdf);
    expect(elements).toEqual([
      { type: "H2", text: "Twoje prawa" },
      { type: "LBody", text: "•  Pomoc" },
      { type: "LBody", text: "•  Tłumacz" },
      { type: "LBody", text: "•  Czas do namysłu" },
      { type: "P", text: "112" },
    ]);
    // One list of three items.
    expect(structure.match(/^\s*L\b/gm)).toHaveLength(1);
    expect(structure.match(/^\s*LI\b/gm)).toHaveLength(3);
  });

  it("gives a reader the text in reading order where the drawn glyphs do not (right to left)", async () => {
    const arabic = "هل تُجبر على العمل؟";
    const pdf = await render(
      (doc) => {
        const s = documentStructure(doc);
        s.add("H1", () => doc.font(pdfFonts.bold).text(arabic, { align: "right" }), arabic);
        s.list([{ draw: () => doc.font(pdfFonts.regular).text(`•  ${arabic}`), actualText: `•  ${arabic}` }]);
        s.add("P", () => doc.text("112"));
        s.end();
      },
      taggedPdfOptions("ar", arabic),
    );
    const { elements, actualTexts } = pdfTagging(pdf);
    // The glyphs are drawn in visual order, so what poppler reads from them is not the sentence.
    expect(elements[0]).toMatchObject({ type: "H1" });
    expect(elements[0]?.text).not.toBe(arabic);
    expect(actualTexts).toEqual([arabic, `•  ${arabic}`]);
  });

  it("says nothing of the kind for an untagged PDF", async () => {
    const pdf = await render((doc) => doc.text("Hello"), {});
    expect(pdfTagging(pdf)).toMatchObject({ marked: false, lang: null });
  });
});
