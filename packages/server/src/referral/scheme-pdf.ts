import { type admin, i18n, referral } from "@ariadne/domain";
import PDFDocument from "pdfkit";
import { pdfFonts, useUnicodeFonts } from "../pdf/index.ts";
import { documentStructure, taggedPdfOptions } from "../pdf/tagged.ts";

export type SchemePdfLanguage = i18n.LocaleId;

/** The scheme's words in a language, English where it has none. */
function wordsIn(locale: string) {
  const t = referral.referralTexts.in(locale);
  return {
    ...t.schemePdf,
    answer: (h: number) => i18n.fill(t.schemePdf.answer, { h }),
    stages: t.stageNames,
  };
}

export interface SchemeDocument {
  municipalityName: string;
  steps: readonly referral.SchemeStep[];
  organisations: readonly Pick<admin.Organisation, "id" | "name">[];
  language: SchemePdfLanguage;
  createdAt: Date;
}

/**
 * The pathway on one A4 page for frontline staff: one box per stage, top to bottom, with the
 * responsible organisation, its contact point and the response time. Text is cut to fit each box,
 * so the page count never grows.
 */
export function renderSchemePdf(d: SchemeDocument): Promise<Buffer> {
  const w = wordsIn(d.language);
  const tagged = taggedPdfOptions(d.language, `${w.title}: ${d.municipalityName}`);
  const doc = useUnicodeFonts(
    new PDFDocument({
      size: "A4",
      margin: 36,
      ...tagged,
      info: { ...tagged.info, CreationDate: d.createdAt },
    }),
  );
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const orgName = (id: string | null) => (id ? (d.organisations.find((o) => o.id === id)?.name ?? "—") : "—");
  const left = 36;
  const width = doc.page.width - 72;

  // Tagged: the title a heading, each stage's name a heading and its details a paragraph; the boxes
  // and arrows are artifacts (the numbered stages already say the order).
  const structure = documentStructure(doc);
  structure.add("H1", () =>
    doc.font(pdfFonts.bold).fontSize(18).text(`${w.title}: ${d.municipalityName}`, left, 36, { width }),
  );
  structure.add("P", () => doc.font(pdfFonts.regular).fontSize(9).fillColor("#333").text(w.intro, { width }));
  const top = doc.y + 10;
  const bottom = doc.page.height - 36;
  const n = Math.max(d.steps.length, 1);
  const gap = 14;
  const boxH = Math.min(96, (bottom - top - gap * (n - 1)) / n);
  d.steps.forEach((s, i) => {
    const y = top + i * (boxH + gap);
    structure.artifact(() =>
      doc.lineWidth(1).strokeColor("#1f4e79").roundedRect(left, y, width, boxH, 6).stroke(),
    );
    structure.add("H2", () =>
      doc
        .fillColor("#1f4e79")
        .font(pdfFonts.bold)
        .fontSize(12)
        .text(`${i + 1}. ${w.stages[s.stage]}`, left + 10, y + 8, {
          width: width - 20,
          height: 16,
          ellipsis: true,
        }),
    );
    doc.fillColor("black").font(pdfFonts.regular).fontSize(9);
    const lines = [
      `${w.responsible}: ${orgName(s.organisationId)}`,
      `${w.contact}: ${s.contactPoint || w.unset}`,
      w.answer(s.responseHours),
      s.description,
    ].filter(Boolean);
    // A paragraph a line, each cut to the room left in the box, so the page count never grows.
    const boxEnd = y + boxH - 6;
    doc.y = y + 26;
    for (const line of lines) {
      const room = boxEnd - doc.y;
      if (room < doc.currentLineHeight()) break;
      structure.add("P", () =>
        doc.text(line, left + 10, doc.y, { width: width - 20, height: room, ellipsis: true }),
      );
    }
    if (i < d.steps.length - 1) {
      const x = left + width / 2;
      structure.artifact(() => {
        doc
          .strokeColor("#1f4e79")
          .moveTo(x, y + boxH + 2)
          .lineTo(x, y + boxH + gap - 4)
          .stroke();
        doc
          .fillColor("#1f4e79")
          .polygon([x - 4, y + boxH + gap - 6], [x + 4, y + boxH + gap - 6], [x, y + boxH + gap - 1])
          .fill();
      });
    }
  });
  structure.end();
  doc.end();
  return done;
}
