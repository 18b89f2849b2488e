import { stats } from "@ariadne/domain";
import PDFDocument from "pdfkit";
import { countryName, longDate, pdfFonts, useUnicodeFonts } from "../pdf/index.ts";
import { documentStructure, taggedPdfOptions } from "../pdf/tagged.ts";
import { type ReportLanguage, reportWordsIn } from "./annual-report-words.ts";

/** What the annual report shows: only figures that already passed disclosure control. */
export interface AnnualReport {
  municipalityName: string;
  year: number;
  language: ReportLanguage;
  cases: stats.CasesDashboard;
  referrals: stats.ReferralsDashboard;
  plan: stats.ActionPlanProgress;
  createdAt: Date;
}

/** Each chart of the report: its title, its series and how its categories read. */
export function reportCharts(
  r: AnnualReport,
): { title: string; series: stats.Series; label: (c: string) => string }[] {
  const w = reportWordsIn(r.language);
  const unknownOr = (f: (c: string) => string) => (c: string) => (c === "unknown" ? w.unknown : f(c));
  return [
    { title: w.charts.byForm, series: r.cases.byForm, label: (c) => w.forms[c as keyof typeof w.forms] ?? c },
    {
      title: w.charts.byGender,
      series: r.cases.byGender,
      label: (c) => w.genders[c as keyof typeof w.genders] ?? c,
    },
    { title: w.charts.byAgeBand, series: r.cases.byAgeBand, label: unknownOr((c) => c) },
    {
      title: w.charts.byCitizenship,
      series: r.cases.byCitizenship,
      label: unknownOr((c) => countryName(c, r.language)),
    },
    {
      title: w.charts.timeToAssistance,
      series: r.cases.timeToAssistance,
      label: (c) => w.tta[c as keyof typeof w.tta] ?? c,
    },
    {
      title: w.charts.referralsByStatus,
      series: r.referrals.byStatus,
      label: (c) => w.referralStatuses[c as keyof typeof w.referralStatuses] ?? c,
    },
  ];
}

/** The report's figures as one CSV: chart, category, count ("hidden" where controlled). */
export function annualReportCsv(r: AnnualReport): string {
  const w = reportWordsIn(r.language);
  const parts = reportCharts(r).map((c) =>
    stats.seriesCsv([c.title, w.count], c.series, c.label, { hidden: w.hidden, total: w.total }).trimEnd(),
  );
  return `${parts.join("\r\n\r\n")}\r\n`;
}

/**
 * The annual report for the council and the national rapporteur: each chart as bars with its
 * numbers beside them, the disclosure-control note and the action plan's status, in the
 * reader's language.
 */
export function renderAnnualReportPdf(r: AnnualReport): Promise<Buffer> {
  const w = reportWordsIn(r.language);
  const tagged = taggedPdfOptions(r.language, `${w.title(r.year)}: ${r.municipalityName}`);
  const doc = useUnicodeFonts(
    new PDFDocument({
      size: "A4",
      margin: 56,
      ...tagged,
      info: { ...tagged.info, Subject: w.subject, CreationDate: r.createdAt },
    }),
  );
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  // Tagged: the title and each chart's title are headings, every line of figures a paragraph, the
  // bars artifacts (the number beside each says what it shows).
  const s = documentStructure(doc);
  s.add("H1", () => doc.font(pdfFonts.bold).fontSize(20).text(w.title(r.year)));
  s.add("P", () => doc.font(pdfFonts.regular).fontSize(13).text(r.municipalityName));
  s.add("P", () =>
    doc
      .fontSize(9)
      .fillColor("#444")
      .text(`${w.subject}. ${longDate(r.createdAt, r.language)}.`),
  );
  s.add("P", () =>
    doc
      .moveDown(0.5)
      .fillColor("black")
      .fontSize(9)
      .text(w.note(r.cases.minCellSize) + (r.cases.roundingBase > 1 ? w.rounding(r.cases.roundingBase) : "")),
  );
  doc.moveDown();

  const left = doc.page.margins.left;
  const labelW = 190;
  const barMax = 220;
  for (const chart of reportCharts(r)) {
    const rows = chart.series.categories.length + 1;
    if (doc.y + 24 + rows * 14 > doc.page.height - doc.page.margins.bottom) doc.addPage();
    s.add("H2", () => doc.font(pdfFonts.bold).fontSize(12).text(chart.title));
    doc.moveDown(0.2);
    const max = Math.max(1, ...chart.series.values.map((v) => v ?? 0));
    const entries = chart.series.categories.map((c, i) => ({
      label: chart.label(c),
      value: chart.series.values[i] ?? null,
    }));
    entries.push({ label: w.total, value: chart.series.total });
    doc.font(pdfFonts.regular).fontSize(9);
    for (const [i, e] of entries.entries()) {
      const y = doc.y;
      const isTotal = i === entries.length - 1;
      const width = e.value === null ? 0 : isTotal ? 0 : (e.value / max) * barMax;
      s.add("P", () => {
        doc.text(`${e.label} `, left, y, { width: labelW - 8, lineBreak: false, ellipsis: true });
        doc.text(
          e.value === null ? w.hidden : String(e.value),
          left + labelW + Math.max(width, e.value === null ? 30 : 0) + 6,
          y,
          {
            lineBreak: false,
          },
        );
      });
      s.artifact(() => {
        if (width > 0)
          doc
            .rect(left + labelW, y + 1, Math.max(width, 1), 8)
            .fill("#1d4ed8")
            .fillColor("black");
        if (e.value === null && !isTotal)
          doc
            .rect(left + labelW, y + 1, 30, 8)
            .lineWidth(0.5)
            .stroke("#6b7280");
      });
      doc.x = left;
      doc.y = y + 13;
    }
    doc.moveDown(0.8);
  }

  if (doc.y + 120 > doc.page.height - doc.page.margins.bottom) doc.addPage();
  s.add("H2", () => doc.font(pdfFonts.bold).fontSize(12).text(w.charts.plan, left));
  doc.moveDown(0.2).font(pdfFonts.regular).fontSize(9);
  r.plan.chapters.forEach((c, i) => {
    const counts = r.plan.statuses
      .map((s, j) => `${w.actionStatuses[s as keyof typeof w.actionStatuses]} ${r.plan.counts[i]?.[j] ?? 0}`)
      .join(", ");
    s.add("P", () =>
      doc.text(
        `${w.chapters[c as keyof typeof w.chapters]}: ${counts}; ${w.meanProgress} ${r.plan.meanProgressPercent[i] ?? 0} %`,
      ),
    );
  });
  s.end();
  doc.end();
  return done;
}
