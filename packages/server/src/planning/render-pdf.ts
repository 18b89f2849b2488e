import type { admin, planning } from "@ariadne/domain";
import { planning as plan } from "@ariadne/domain";
import PDFDocument from "pdfkit";
import { longDate, pdfFonts, useUnicodeFonts } from "../pdf/index.ts";

const chapterTitles: Record<planning.Chapter, string> = {
  mapping: "Mapping the local situation",
  identification: "Identification of victims",
  referral_and_assistance: "Referral and assistance",
  prevention: "Prevention",
  cooperation: "Cooperation and partnership",
};

const statusText: Record<planning.ActionStatus, string> = {
  planned: "Planned",
  in_progress: "In progress",
  done: "Done",
  cancelled: "Cancelled",
};

/** A ranked priority as the council reads it: names instead of ids. */
export interface PriorityLine {
  rank: number;
  score: number;
  form: string;
  group: string | null;
  location: string | null;
  decision: string;
  rationale: string;
}

export interface PlanDocument {
  municipalityName: string;
  /** Ranked, rejected ones left out. */
  priorities: readonly PriorityLine[];
  plan: planning.ActionPlan;
  organisations: readonly admin.Organisation[];
  /** Fixed in tests so the bytes do not depend on the clock. */
  createdAt: Date;
}

/**
 * The action plan for the council as a PDF: one section per guidelines chapter, each action point
 * with owner, partners, deadline, resources, status, progress and evidence, then the timeline.
 * Unicode fonts: organisation names and evidence print as written, in any European script.
 */
export function renderActionPlanPdf(d: PlanDocument): Promise<Buffer> {
  const doc = useUnicodeFonts(
    new PDFDocument({
      size: "A4",
      margin: 56,
      info: {
        Title: `Action plan against human trafficking: ${d.municipalityName}`,
        Author: "Ariadne",
        Subject: "Local action plan (CBSS Guidelines for municipalities, 2016)",
        CreationDate: d.createdAt,
      },
    }),
  );
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const orgName = (id: string | null) => (id ? (d.organisations.find((o) => o.id === id)?.name ?? "—") : "—");

  doc.font(pdfFonts.bold).fontSize(20).text("Action plan against human trafficking");
  doc.font(pdfFonts.regular).fontSize(13).text(d.municipalityName);
  doc
    .fontSize(9)
    .fillColor("#444")
    .text(
      `As of ${longDate(d.plan.asOf, "en")}. Structured by the CBSS Guidelines for municipalities (2016).`,
    );
  doc.fillColor("black").moveDown();

  doc.font(pdfFonts.bold).fontSize(14).text("Local priorities");
  doc.font(pdfFonts.regular).fontSize(9);
  if (d.priorities.length === 0) doc.text("No priorities set yet.");
  for (const p of d.priorities) {
    const what = [p.form.replaceAll("_", " "), p.group, p.location].filter(Boolean).join(" / ");
    doc.text(
      `${p.rank}. ${what}: score ${p.score.toFixed(0)} of 100 (${p.decision})${p.rationale ? ` - ${p.rationale}` : ""}`,
    );
  }
  doc.moveDown();

  for (const { chapter, items } of d.plan.chapters) {
    doc.font(pdfFonts.bold).fontSize(14).text(chapterTitles[chapter]);
    doc.moveDown(0.3);
    if (items.length === 0) {
      doc.font(pdfFonts.regular).fontSize(10).text("No action points yet.").moveDown();
      continue;
    }
    for (const p of items) {
      doc.font(pdfFonts.bold).fontSize(11).text(p.title);
      doc.font(pdfFonts.regular).fontSize(9);
      const lines = [
        `Status: ${statusText[p.status]}${p.overdue ? " (overdue)" : ""}; progress ${p.progressPercent} %`,
        `Owner: ${orgName(p.ownerOrganisationId)}`,
        p.partnerOrganisationIds.length > 0
          ? `Partners: ${p.partnerOrganisationIds.map(orgName).join(", ")}`
          : null,
        `Deadline: ${p.deadline ? longDate(p.deadline, "en") : "none set"}`,
        p.resources ? `Resources: ${p.resources}` : null,
        p.progressIndicator ? `Progress indicator: ${p.progressIndicator}` : null,
        p.evidence ? `Evidence: ${p.evidence}` : null,
        p.priorityIds.length > 0
          ? `Serves ${p.priorityIds.length} local priorit${p.priorityIds.length === 1 ? "y" : "ies"}`
          : null,
      ].filter((l): l is string => l !== null);
      for (const l of lines) doc.text(l);
      const cited = p.templateActionId ? plan.recommendedAction(p.templateActionId) : undefined;
      if (cited) doc.fillColor("#444").text(`Guidelines: “${cited.citation.quote}”`).fillColor("black");
      doc.moveDown(0.6);
    }
    doc.moveDown(0.5);
  }

  doc.font(pdfFonts.bold).fontSize(14).text("Timeline");
  doc.font(pdfFonts.regular).fontSize(9);
  if (d.plan.timeline.length === 0) doc.text("No deadlines set.");
  for (const t of d.plan.timeline) {
    doc.text(
      `${longDate(t.deadline, "en")}  ${t.title} (${chapterTitles[t.chapter]}; ${statusText[t.status]}${t.overdue ? ", overdue" : ""})`,
    );
  }
  doc.end();
  return done;
}
