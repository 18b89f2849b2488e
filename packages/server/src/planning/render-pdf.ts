import type { admin, mapping, planning } from "@ariadne/domain";
import { i18n, planning as plan } from "@ariadne/domain";
import PDFDocument from "pdfkit";
import { longDate, pdfFonts, useUnicodeFonts } from "../pdf/index.ts";
import { documentStructure, taggedPdfOptions } from "../pdf/tagged.ts";

/** The PDF's own words in the reader's language; action points' titles come from the template. */
export type PlanPdfLanguage = i18n.LocaleId;

/** The plan's words in a language, English where it has none. */
function wordsIn(locale: string) {
  const t = plan.planningTexts.in(locale).actionPlanPdf;
  const { serves_one, serves_other, ...rest } = t;
  return {
    ...rest,
    asOf: (date: string) => i18n.fill(t.asOf, { date }),
    score: (score: string) => i18n.fill(t.score, { score }),
    progress: (percent: number) => i18n.fill(t.progress, { percent }),
    serves: (n: number) => i18n.plural(t, "serves", n, locale),
  };
}

export interface PriorityLine {
  rank: number;
  score: number;
  form: mapping.ExploitationForm;
  group: string | null;
  location: string | null;
  decision: mapping.PriorityDecision;
  rationale: string;
}

export interface PlanDocument {
  municipalityName: string;
  /** Ranked, rejected ones left out. */
  priorities: readonly PriorityLine[];
  plan: planning.ActionPlan;
  organisations: readonly admin.Organisation[];
  language: PlanPdfLanguage;
  /** Fixed in tests so the bytes do not depend on the clock. */
  createdAt: Date;
}

/**
 * The action plan for the council as a PDF: one section per guidelines chapter, each action point
 * with owner, partners, deadline, resources, status, progress and evidence, then the timeline.
 * Unicode fonts: organisation names and evidence print as written, in any European script.
 */
export function renderActionPlanPdf(d: PlanDocument): Promise<Buffer> {
  const w = wordsIn(d.language);
  const lang = d.language;
  const tagged = taggedPdfOptions(lang, `${w.title}: ${d.municipalityName}`);
  const doc = useUnicodeFonts(
    new PDFDocument({
      size: "A4",
      margin: 56,
      ...tagged,
      info: { ...tagged.info, Subject: w.subject, CreationDate: d.createdAt },
    }),
  );
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const templateOf = new Map(d.plan.chapters.flatMap((c) => c.items.map((p) => [p.id, p.templateActionId])));
  const titleOf = (id: string, stored: string) => plan.templateTitle(templateOf.get(id), stored, lang);
  const orgName = (id: string | null) => (id ? (d.organisations.find((o) => o.id === id)?.name ?? "—") : "—");

  // Tagged: the title a heading, the priorities, each chapter and the timeline headings below it,
  // each action point a heading below its chapter, every other line a paragraph.
  const s = documentStructure(doc);
  const heading = (text: string) => s.add("H2", () => doc.font(pdfFonts.bold).fontSize(14).text(text));
  const line = (text: string) => s.add("P", () => doc.text(text));

  s.add("H1", () => doc.font(pdfFonts.bold).fontSize(20).text(w.title));
  s.add("P", () => doc.font(pdfFonts.regular).fontSize(13).text(d.municipalityName));
  s.add("P", () =>
    doc
      .fontSize(9)
      .fillColor("#444")
      .text(w.asOf(longDate(d.plan.asOf, lang))),
  );
  doc.fillColor("black").moveDown();

  heading(w.priorities);
  doc.font(pdfFonts.regular).fontSize(9);
  if (d.priorities.length === 0) line(w.noPriorities);
  for (const p of d.priorities) {
    const what = [w.forms[p.form], p.group, p.location].filter(Boolean).join(" / ");
    line(
      `${p.rank}. ${what}: ${w.score(p.score.toFixed(0))} (${w.decisions[p.decision]})${p.rationale ? ` - ${p.rationale}` : ""}`,
    );
  }
  doc.moveDown();

  for (const { chapter, items } of d.plan.chapters) {
    heading(w.chapters[chapter]);
    doc.moveDown(0.3);
    if (items.length === 0) {
      s.add("P", () => doc.font(pdfFonts.regular).fontSize(10).text(w.noPoints));
      doc.moveDown();
      continue;
    }
    for (const p of items) {
      s.add("H3", () =>
        doc
          .font(pdfFonts.bold)
          .fontSize(11)
          .text(plan.templateTitle(p.templateActionId, p.title, lang)),
      );
      doc.font(pdfFonts.regular).fontSize(9);
      const lines = [
        `${w.status}: ${w.statuses[p.status]}${p.overdue ? ` (${w.overdue})` : ""}; ${w.progress(p.progressPercent)}`,
        `${w.owner}: ${orgName(p.ownerOrganisationId)}`,
        p.partnerOrganisationIds.length > 0
          ? `${w.partners}: ${p.partnerOrganisationIds.map(orgName).join(", ")}`
          : null,
        `${w.deadline}: ${p.deadline ? longDate(p.deadline, lang) : w.noDeadline}`,
        p.resources ? `${w.resources}: ${p.resources}` : null,
        p.progressIndicator ? `${w.indicator}: ${p.progressIndicator}` : null,
        p.evidence ? `${w.evidence}: ${p.evidence}` : null,
        p.priorityIds.length > 0 ? w.serves(p.priorityIds.length) : null,
      ].filter((l): l is string => l !== null);
      for (const l of lines) line(l);
      const cited = p.templateActionId ? plan.recommendedAction(p.templateActionId) : undefined;
      if (cited)
        s.add("P", () =>
          doc.fillColor("#444").text(`${w.guidelines}: “${cited.citation.quote}”`).fillColor("black"),
        );
      doc.moveDown(0.6);
    }
    doc.moveDown(0.5);
  }

  heading(w.timeline);
  doc.font(pdfFonts.regular).fontSize(9);
  if (d.plan.timeline.length === 0) line(w.noTimeline);
  for (const t of d.plan.timeline) {
    line(
      `${longDate(t.deadline, lang)}  ${titleOf(t.id, t.title)} (${w.chapters[t.chapter]}; ${w.statuses[t.status]}${t.overdue ? `, ${w.overdue}` : ""})`,
    );
  }
  s.end();
  doc.end();
  return done;
}
