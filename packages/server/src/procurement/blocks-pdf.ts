import PDFDocument from "pdfkit";
import { pdfFonts, useUnicodeFonts } from "../pdf/index.ts";
import { documentStructure, taggedPdfOptions } from "../pdf/tagged.ts";
import type { Block } from "./document.ts";

/**
 * The blocks as an A4 PDF in the Unicode fonts every Ariadne PDF uses, tagged in `language`: the
 * title and headings are headings, every other block a paragraph.
 */
export function renderBlocksPdf(
  blocks: readonly Block[],
  options: { title: string; createdAt: Date; language: string },
): Promise<Buffer> {
  const tagged = taggedPdfOptions(options.language, options.title);
  const doc = useUnicodeFonts(
    new PDFDocument({
      size: "A4",
      margin: 56,
      ...tagged,
      info: { ...tagged.info, CreationDate: options.createdAt },
    }),
  );
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  const draw = (b: Block) => {
    switch (b.kind) {
      case "title":
        doc.font(pdfFonts.bold).fontSize(18).text(b.text).moveDown(0.5);
        break;
      case "heading":
        doc.moveDown(0.5).font(pdfFonts.bold).fontSize(13).text(b.text).moveDown(0.2);
        break;
      case "meta":
        doc.font(pdfFonts.bold).fontSize(10).text(`${b.label}: `, { continued: true });
        doc.font(pdfFonts.regular).text(b.text);
        break;
      case "note":
        doc
          .font(pdfFonts.regular)
          .fontSize(9)
          .fillColor("#444444")
          .text(b.text)
          .fillColor("black")
          .moveDown(0.3);
        break;
      default:
        doc.font(pdfFonts.regular).fontSize(10).text(b.text).moveDown(0.3);
    }
  };
  const structure = documentStructure(doc);
  for (const b of blocks)
    structure.add(b.kind === "title" ? "H1" : b.kind === "heading" ? "H2" : "P", () => draw(b));
  structure.end();
  doc.end();
  return done;
}
