import { training } from "@ariadne/domain";
import PDFDocument from "pdfkit";
import { longDate, pdfFonts, useUnicodeFonts } from "../pdf/index.ts";

type Lang = training.CourseLanguage;

export interface CertificateDocument {
  name: string;
  organisation: string;
  course: string;
  completedOn: string;
  validUntil: string;
  code: string;
  verifyUrl: string;
  municipalityName: string;
  language: Lang;
}

/**
 * A certificate as PDF in the person's language, with Unicode fonts so any European name prints
 * as written, and the verification code and address anyone can check it at.
 */
export function renderCertificatePdf(d: CertificateDocument): Promise<Buffer> {
  const w = training.trainingTexts.in(d.language).certificate;
  const doc = useUnicodeFonts(
    new PDFDocument({
      size: "A4",
      margin: 64,
      info: {
        Title: `${w.title}: ${d.course}`,
        Author: "Ariadne",
        CreationDate: new Date(`${d.completedOn}T00:00:00Z`),
      },
    }),
  );
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  doc.font(pdfFonts.regular).fontSize(12).text(d.municipalityName, { align: "center" });
  doc.moveDown(2);
  doc.font(pdfFonts.bold).fontSize(26).text(w.title, { align: "center" });
  doc.moveDown(2);
  doc.font(pdfFonts.bold).fontSize(20).text(d.name, { align: "center" });
  if (d.organisation) doc.font(pdfFonts.regular).fontSize(12).text(d.organisation, { align: "center" });
  doc.moveDown();
  doc.font(pdfFonts.regular).fontSize(14).text(w.completed, { align: "center" });
  doc.font(pdfFonts.bold).fontSize(18).text(d.course, { align: "center" });
  doc.moveDown(2);
  doc.font(pdfFonts.regular).fontSize(12);
  doc.text(`${w.on}: ${longDate(d.completedOn, d.language)}`, { align: "center" });
  doc.text(`${w.validUntil}: ${longDate(d.validUntil, d.language)}`, { align: "center" });
  doc.moveDown(3);
  doc.fontSize(10).text(`${w.code}: ${d.code}`, { align: "center" });
  doc.text(`${w.verify} ${d.verifyUrl}`, { align: "center" });
  doc.end();
  return done;
}
