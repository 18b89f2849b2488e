import { prevention } from "@ariadne/domain";
import PDFDocument from "pdfkit";
import encodeQR from "qr";
import { pdfFonts, useUnicodeFonts } from "../pdf/index.ts";

export const printKinds = ["leaflet", "poster"] as const;
export type PrintKind = (typeof printKinds)[number];
export const printTargets = ["help", "concern"] as const;
export type PrintTarget = (typeof printTargets)[number];

export interface PrintRequest {
  kind: PrintKind;
  target: PrintTarget;
  lang: prevention.HelpLanguage;
  /** The address the QR code opens: the public page, or its report-a-concern form. */
  url: string;
  municipality: string;
  emergencyNumber: string;
}

/**
 * The QR code as filled squares (vector: sharp at any print size) with the standard quiet zone of
 * four modules; error correction "quartile", so a folded or scuffed leaflet still scans.
 */
function drawQr(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number) {
  const modules = encodeQR(text, "raw", { ecc: "quartile", border: 4 });
  const n = modules.length;
  const cell = size / n;
  doc.save().rect(x, y, size, size).fill("#ffffff");
  for (let r = 0; r < n; r++)
    for (let c = 0; c < n; c++) if (modules[r]![c]) doc.rect(x + c * cell, y + r * cell, cell, cell);
  doc.fill("#000000").restore();
}

const fill = (text: string, number: string) => text.replace("{{number}}", number);

/**
 * A printable leaflet (A5) or poster (A3) in one of the public page's languages, with a QR code to
 * the page or to its report-a-concern form (issue 15, point 3). The words are the public page's
 * own (the same plain sentences, reviewed once), so print and web never say different things.
 */
export function renderHelpMaterialPdf(p: PrintRequest): Promise<Buffer> {
  const t = prevention.helpTexts[p.lang];
  const poster = p.kind === "poster";
  const doc = useUnicodeFonts(
    new PDFDocument({
      size: poster ? "A3" : "A5",
      margin: poster ? 56 : 36,
      lang: p.lang,
      info: { Title: `${t.title} — ${p.municipality}`, Author: "Ariadne" },
    }),
  );
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));

  const rtl = t.dir === "rtl";
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const align = rtl ? "right" : "left";
  const scale = poster ? 1.9 : 1;
  const caption = p.target === "help" ? t.helpNow : t.reportTitle;

  doc
    .font(pdfFonts.bold)
    .fontSize(22 * scale)
    .text(t.title, { width, align });
  doc
    .moveDown(0.4)
    .font(pdfFonts.regular)
    .fontSize(11 * scale)
    .text(t.intro, { width, align });
  doc
    .moveDown(0.8)
    .font(pdfFonts.bold)
    .fontSize(14 * scale)
    .text(t.rightsTitle, { width, align });
  doc.font(pdfFonts.regular).fontSize(11 * scale);
  for (const right of t.rights) doc.moveDown(0.2).text(`•  ${right}`, { width, align });
  doc
    .moveDown(0.8)
    .font(pdfFonts.bold)
    .fontSize(15 * scale)
    .text(fill(t.emergency, p.emergencyNumber), { width, align });

  const qrSize = poster ? 300 : 150;
  const qrX = doc.page.margins.left + (width - qrSize) / 2;
  const room = doc.page.height - doc.page.margins.bottom - doc.y;
  // The code and its caption belong together at the foot of the page: on a new page if they do not fit.
  if (room < qrSize + 90 * scale) doc.addPage();
  const qrY = doc.page.height - doc.page.margins.bottom - qrSize - 60 * scale;
  doc
    .font(pdfFonts.bold)
    .fontSize(13 * scale)
    .text(caption, doc.page.margins.left, qrY - 24 * scale, {
      width,
      align: "center",
    });
  drawQr(doc, p.url, qrX, qrY, qrSize);
  doc
    .font(pdfFonts.regular)
    .fontSize(9 * scale)
    .text(p.url, doc.page.margins.left, qrY + qrSize + 6, { width, align: "center" })
    .text(p.municipality, { width, align: "center" });
  doc.end();
  return done;
}
