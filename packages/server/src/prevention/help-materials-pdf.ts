import { prevention } from "@ariadne/domain";
import PDFDocument from "pdfkit";
import encodeQR from "qr";
import { pdfFonts, useThaiFonts, useUnicodeFonts, writeBidi, writeMixedScript } from "../pdf/index.ts";
import { documentStructure, taggedPdfOptions } from "../pdf/tagged.ts";

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
      ...taggedPdfOptions(p.lang, `${t.title} — ${p.municipality}`),
    }),
  );
  if (p.lang === "th") useThaiFonts(doc);
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));

  const rtl = t.dir === "rtl";
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const align = rtl ? "right" : "left";
  const scale = poster ? 1.9 : 1;
  const caption = p.target === "help" ? t.helpNow : t.reportTitle;

  // Thai runs need the Thai font; every other language is set in the Unicode fonts alone. Arabic
  // is laid out by the Unicode Bidirectional Algorithm (pdfkit has none): its words right to left,
  // a bullet at the right, a number's digits left to right.
  const write = (
    text: string,
    weight: "regular" | "bold",
    size: number,
    options: { width: number; align: "left" | "center" | "right" },
    at?: { x: number; y: number },
  ) => {
    doc.fontSize(size * scale);
    if (p.lang === "th") writeMixedScript(doc, text, weight, options, at);
    else if (rtl) writeBidi(doc.font(pdfFonts[weight]), text, { ...options, direction: "rtl" }, at);
    else if (at) doc.font(pdfFonts[weight]).text(text, at.x, at.y, options);
    else doc.font(pdfFonts[weight]).text(text, options);
  };

  // Tagged: the title a heading, the rights a list under their heading, the QR code's caption a
  // heading and the code an artifact (the address printed under it says where it leads). Right-to-left
  // text is drawn in visual order and the Thai font splits some vowels, so a reader is given those
  // languages' sentences as written.
  const asWritten = (text: string) => (rtl || p.lang === "th" ? text : undefined);
  const s = documentStructure(doc);
  s.add("H1", () => write(t.title, "bold", 22, { width, align }), asWritten(t.title));
  doc.moveDown(0.4);
  s.add("P", () => write(t.intro, "regular", 11, { width, align }), asWritten(t.intro));
  doc.moveDown(0.8);
  s.add("H2", () => write(t.rightsTitle, "bold", 14, { width, align }), asWritten(t.rightsTitle));
  s.list(
    t.rights.map((right) => ({
      draw: () => {
        doc.moveDown(0.2);
        write(`•  ${right}`, "regular", 11, { width, align });
      },
      actualText: asWritten(`•  ${right}`),
    })),
  );
  doc.moveDown(0.8);
  const emergency = fill(t.emergency, p.emergencyNumber);
  s.add("P", () => write(emergency, "bold", 15, { width, align }), asWritten(emergency));

  const qrSize = poster ? 300 : 150;
  const qrX = doc.page.margins.left + (width - qrSize) / 2;
  const room = doc.page.height - doc.page.margins.bottom - doc.y;
  // The code and its caption belong together at the foot of the page: on a new page if they do not fit.
  if (room < qrSize + 90 * scale) doc.addPage();
  const qrY = doc.page.height - doc.page.margins.bottom - qrSize - 60 * scale;
  s.add(
    "H2",
    () =>
      write(
        caption,
        "bold",
        13,
        { width, align: "center" },
        { x: doc.page.margins.left, y: qrY - 24 * scale },
      ),
    asWritten(caption),
  );
  s.artifact(() => drawQr(doc, p.url, qrX, qrY, qrSize));
  // The address is read left to right in every language.
  s.add("P", () => {
    doc.font(pdfFonts.regular).fontSize(9 * scale);
    doc.text(p.url, doc.page.margins.left, qrY + qrSize + 6, { width, align: "center" });
  });
  s.add("P", () => write(p.municipality, "regular", 9, { width, align: "center" }));
  s.end();
  doc.end();
  return done;
}
