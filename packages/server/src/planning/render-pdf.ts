import type { admin, mapping, planning } from "@ariadne/domain";
import { planning as plan } from "@ariadne/domain";
import PDFDocument from "pdfkit";
import { longDate, pdfFonts, useUnicodeFonts } from "../pdf/index.ts";

/** The PDF's own words in the reader's language; action points' titles come from the template. */
export const planPdfLanguages = ["en", "fi", "sv"] as const;
export type PlanPdfLanguage = (typeof planPdfLanguages)[number];

interface PlanWords {
  title: string;
  subject: string;
  asOf: (date: string) => string;
  priorities: string;
  noPriorities: string;
  score: (score: string) => string;
  noPoints: string;
  status: string;
  overdue: string;
  progress: (percent: number) => string;
  owner: string;
  partners: string;
  deadline: string;
  noDeadline: string;
  resources: string;
  indicator: string;
  evidence: string;
  serves: (n: number) => string;
  guidelines: string;
  timeline: string;
  noTimeline: string;
  chapters: Record<planning.Chapter, string>;
  statuses: Record<planning.ActionStatus, string>;
  decisions: Record<mapping.PriorityDecision, string>;
  forms: Record<mapping.ExploitationForm, string>;
}

const words: Record<PlanPdfLanguage, PlanWords> = {
  en: {
    title: "Action plan against human trafficking",
    subject: "Local action plan (CBSS Guidelines for municipalities, 2016)",
    asOf: (date) => `As of ${date}. Structured by the CBSS Guidelines for municipalities (2016).`,
    priorities: "Local priorities",
    noPriorities: "No priorities set yet.",
    score: (score) => `score ${score} of 100`,
    noPoints: "No action points yet.",
    status: "Status",
    overdue: "overdue",
    progress: (percent) => `progress ${percent} %`,
    owner: "Owner",
    partners: "Partners",
    deadline: "Deadline",
    noDeadline: "none set",
    resources: "Resources",
    indicator: "Progress indicator",
    evidence: "Evidence",
    serves: (n) => (n === 1 ? "Serves 1 local priority" : `Serves ${n} local priorities`),
    guidelines: "Guidelines (quoted in the original English)",
    timeline: "Timeline",
    noTimeline: "No deadlines set.",
    chapters: {
      mapping: "Mapping the local situation",
      identification: "Identification of victims",
      referral_and_assistance: "Referral and assistance",
      prevention: "Prevention",
      cooperation: "Cooperation and partnership",
    },
    statuses: { planned: "Planned", in_progress: "In progress", done: "Done", cancelled: "Cancelled" },
    decisions: { proposed: "proposed", accepted: "accepted", deferred: "deferred", rejected: "rejected" },
    forms: {
      sexual_exploitation: "sexual exploitation",
      forced_labour: "forced labour",
      forced_begging_and_criminality: "forced begging and criminality",
      sham_and_forced_marriage: "sham and forced marriage",
      benefit_fraud: "benefit fraud",
      mixed: "mixed forms",
    },
  },
  fi: {
    title: "Ihmiskaupan vastainen toimintasuunnitelma",
    subject: "Paikallinen toimintasuunnitelma (CBSS:n ohjeet kunnille, 2016)",
    asOf: (date) => `Tilanne ${date}. Jäsennetty CBSS:n kunnille laatimien ohjeiden (2016) mukaan.`,
    priorities: "Paikalliset painopisteet",
    noPriorities: "Painopisteitä ei ole vielä asetettu.",
    score: (score) => `pisteet ${score}/100`,
    noPoints: "Ei vielä toimenpiteitä.",
    status: "Tila",
    overdue: "myöhässä",
    progress: (percent) => `edistyminen ${percent} %`,
    owner: "Vastuutaho",
    partners: "Kumppanit",
    deadline: "Määräaika",
    noDeadline: "ei asetettu",
    resources: "Resurssit",
    indicator: "Edistymisen mittari",
    evidence: "Näyttö",
    serves: (n) =>
      n === 1 ? "Palvelee yhtä paikallista painopistettä" : `Palvelee ${n} paikallista painopistettä`,
    guidelines: "Ohjeet (lainaus englanninkielisestä alkutekstistä)",
    timeline: "Aikajana",
    noTimeline: "Määräaikoja ei ole asetettu.",
    chapters: {
      mapping: "Paikallisen tilanteen kartoitus",
      identification: "Uhrien tunnistaminen",
      referral_and_assistance: "Ohjaus ja auttaminen",
      prevention: "Ennaltaehkäisy",
      cooperation: "Yhteistyö ja kumppanuus",
    },
    statuses: { planned: "Suunniteltu", in_progress: "Käynnissä", done: "Valmis", cancelled: "Peruttu" },
    decisions: { proposed: "ehdotettu", accepted: "hyväksytty", deferred: "lykätty", rejected: "hylätty" },
    forms: {
      sexual_exploitation: "seksuaalinen hyväksikäyttö",
      forced_labour: "pakkotyö",
      forced_begging_and_criminality: "pakotettu kerjääminen ja rikollisuus",
      sham_and_forced_marriage: "lume- ja pakkoavioliitto",
      benefit_fraud: "etuuspetos",
      mixed: "useita muotoja",
    },
  },
  sv: {
    title: "Handlingsplan mot människohandel",
    subject: "Lokal handlingsplan (CBSS riktlinjer för kommuner, 2016)",
    asOf: (date) => `Läget den ${date}. Ordnad efter CBSS riktlinjer för kommuner (2016).`,
    priorities: "Lokala prioriteringar",
    noPriorities: "Inga prioriteringar ännu.",
    score: (score) => `poäng ${score} av 100`,
    noPoints: "Inga åtgärdspunkter ännu.",
    status: "Status",
    overdue: "försenad",
    progress: (percent) => `framsteg ${percent} %`,
    owner: "Ansvarig",
    partners: "Partner",
    deadline: "Tidsfrist",
    noDeadline: "ingen angiven",
    resources: "Resurser",
    indicator: "Indikator för framsteg",
    evidence: "Belägg",
    serves: (n) => (n === 1 ? "Tjänar 1 lokal prioritering" : `Tjänar ${n} lokala prioriteringar`),
    guidelines: "Riktlinjerna (citerade på originalets engelska)",
    timeline: "Tidslinje",
    noTimeline: "Inga tidsfrister angivna.",
    chapters: {
      mapping: "Kartläggning av den lokala situationen",
      identification: "Identifiering av offer",
      referral_and_assistance: "Hänvisning och stöd",
      prevention: "Förebyggande arbete",
      cooperation: "Samarbete och partnerskap",
    },
    statuses: { planned: "Planerad", in_progress: "Pågår", done: "Klar", cancelled: "Inställd" },
    decisions: { proposed: "föreslagen", accepted: "godkänd", deferred: "uppskjuten", rejected: "avslagen" },
    forms: {
      sexual_exploitation: "sexuell exploatering",
      forced_labour: "tvångsarbete",
      forced_begging_and_criminality: "tvångstiggeri och tvång att begå brott",
      sham_and_forced_marriage: "skenäktenskap och tvångsäktenskap",
      benefit_fraud: "bidragsbedrägeri",
      mixed: "blandade former",
    },
  },
};

/** A ranked priority as the council reads it: names instead of ids. */
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
  const w = words[d.language];
  const lang = d.language;
  const doc = useUnicodeFonts(
    new PDFDocument({
      size: "A4",
      margin: 56,
      info: {
        Title: `${w.title}: ${d.municipalityName}`,
        Author: "Ariadne",
        Subject: w.subject,
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
  const templateOf = new Map(d.plan.chapters.flatMap((c) => c.items.map((p) => [p.id, p.templateActionId])));
  const titleOf = (id: string, stored: string) => plan.templateTitle(templateOf.get(id), stored, lang);
  const orgName = (id: string | null) => (id ? (d.organisations.find((o) => o.id === id)?.name ?? "—") : "—");

  doc.font(pdfFonts.bold).fontSize(20).text(w.title);
  doc.font(pdfFonts.regular).fontSize(13).text(d.municipalityName);
  doc
    .fontSize(9)
    .fillColor("#444")
    .text(w.asOf(longDate(d.plan.asOf, lang)));
  doc.fillColor("black").moveDown();

  doc.font(pdfFonts.bold).fontSize(14).text(w.priorities);
  doc.font(pdfFonts.regular).fontSize(9);
  if (d.priorities.length === 0) doc.text(w.noPriorities);
  for (const p of d.priorities) {
    const what = [w.forms[p.form], p.group, p.location].filter(Boolean).join(" / ");
    doc.text(
      `${p.rank}. ${what}: ${w.score(p.score.toFixed(0))} (${w.decisions[p.decision]})${p.rationale ? ` - ${p.rationale}` : ""}`,
    );
  }
  doc.moveDown();

  for (const { chapter, items } of d.plan.chapters) {
    doc.font(pdfFonts.bold).fontSize(14).text(w.chapters[chapter]);
    doc.moveDown(0.3);
    if (items.length === 0) {
      doc.font(pdfFonts.regular).fontSize(10).text(w.noPoints).moveDown();
      continue;
    }
    for (const p of items) {
      doc
        .font(pdfFonts.bold)
        .fontSize(11)
        .text(plan.templateTitle(p.templateActionId, p.title, lang));
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
      for (const l of lines) doc.text(l);
      const cited = p.templateActionId ? plan.recommendedAction(p.templateActionId) : undefined;
      if (cited) doc.fillColor("#444").text(`${w.guidelines}: “${cited.citation.quote}”`).fillColor("black");
      doc.moveDown(0.6);
    }
    doc.moveDown(0.5);
  }

  doc.font(pdfFonts.bold).fontSize(14).text(w.timeline);
  doc.font(pdfFonts.regular).fontSize(9);
  if (d.plan.timeline.length === 0) doc.text(w.noTimeline);
  for (const t of d.plan.timeline) {
    doc.text(
      `${longDate(t.deadline, lang)}  ${titleOf(t.id, t.title)} (${w.chapters[t.chapter]}; ${w.statuses[t.status]}${t.overdue ? `, ${w.overdue}` : ""})`,
    );
  }
  doc.end();
  return done;
}
