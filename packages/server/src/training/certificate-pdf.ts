import { type i18n, training } from "@ariadne/domain";
import PDFDocument from "pdfkit";
import { longDate, pdfFonts, useUnicodeFonts } from "../pdf/index.ts";
import { documentStructure, taggedPdfOptions } from "../pdf/tagged.ts";

export interface CertificateDocument {
  name: string;
  organisation: string;
  course: string;
  completedOn: string;
  validUntil: string;
  code: string;
  verifyUrl: string;
  municipalityName: string;
  /** Any language Ariadne speaks, its texts loaded (`readerLocale`); English for a text it lacks. */
  language: i18n.LocaleId;
}

/**
 * A certificate as PDF in the person's language, with Unicode fonts so any European name prints
 * as written, and the verification code and address anyone can check it at. Tagged in that
 * language, so a screen reader reads it in the right voice (issue 18).
 */
export function renderCertificatePdf(d: CertificateDocument): Promise<Buffer> {
  const w = training.trainingTexts.in(d.language).certificate;
  const tagged = taggedPdfOptions(d.language, `${w.title}: ${d.course}`);
  const doc = useUnicodeFonts(
    new PDFDocument({
      size: "A4",
      margin: 64,
      ...tagged,
      info: { ...tagged.info, CreationDate: new Date(`${d.completedOn}T00:00:00Z`) },
    }),
  );
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  const s = documentStructure(doc);
  const centred = { align: "center" } as const;
  s.add("P", () => doc.font(pdfFonts.regular).fontSize(12).text(d.municipalityName, centred).moveDown(2));
  s.add("H1", () => doc.font(pdfFonts.bold).fontSize(26).text(w.title, centred).moveDown(2));
  s.add("P", () => doc.font(pdfFonts.bold).fontSize(20).text(d.name, centred));
  if (d.organisation) s.add("P", () => doc.font(pdfFonts.regular).fontSize(12).text(d.organisation, centred));
  s.add("P", () => doc.moveDown().font(pdfFonts.regular).fontSize(14).text(w.completed, centred));
  s.add("P", () => doc.font(pdfFonts.bold).fontSize(18).text(d.course, centred).moveDown(2));
  s.add("P", () =>
    doc
      .font(pdfFonts.regular)
      .fontSize(12)
      .text(`${w.on}: ${longDate(d.completedOn, d.language)}`, centred),
  );
  s.add("P", () => doc.text(`${w.validUntil}: ${longDate(d.validUntil, d.language)}`, centred).moveDown(3));
  s.add("P", () => doc.fontSize(10).text(`${w.code}: ${d.code}`, centred));
  s.add("P", () => doc.text(`${w.verify} ${d.verifyUrl}`, centred));
  s.end();
  doc.end();
  return done;
}
