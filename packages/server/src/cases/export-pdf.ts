import PDFDocument from "pdfkit";
import { pdfFonts, useUnicodeFonts } from "../pdf/index.ts";

/** The export's labels in the languages Ariadne speaks; the person's first one that matches is used. */
const labels = {
  en: {
    title: "Personal data held by the municipality",
    intro: "Everything recorded about you in this case, as of the date below (GDPR art. 15).",
    exportedAt: "Exported",
    caseCode: "Case code",
    person: "Person",
    status: "Status",
    history: "Steps of the case",
    timeline: "Timeline",
    consents: "Consent",
    versions: "Changes",
    withdrawn: "withdrawn",
    none: "none",
  },
  fi: {
    title: "Kunnan hallussa olevat henkilötiedot",
    intro: "Kaikki sinusta tähän asiaan kirjattu alla olevan päivän tilanteen mukaan (GDPR 15 art.).",
    exportedAt: "Viety",
    caseCode: "Asiatunnus",
    person: "Henkilö",
    status: "Tila",
    history: "Asian vaiheet",
    timeline: "Aikajana",
    consents: "Suostumus",
    versions: "Muutokset",
    withdrawn: "peruttu",
    none: "ei mitään",
  },
  sv: {
    title: "Personuppgifter som kommunen behandlar",
    intro: "Allt som registrerats om dig i detta ärende per datumet nedan (GDPR art. 15).",
    exportedAt: "Exporterad",
    caseCode: "Ärendekod",
    person: "Person",
    status: "Status",
    history: "Ärendets steg",
    timeline: "Tidslinje",
    consents: "Samtycke",
    versions: "Ändringar",
    withdrawn: "återkallat",
    none: "inget",
  },
} as const;
export type ExportLanguage = keyof typeof labels;

export function exportLanguageFor(languages: readonly string[], requested?: string): ExportLanguage {
  const wanted = [requested, ...languages].filter((l): l is string => typeof l === "string");
  return (wanted.find((l) => l in labels) as ExportLanguage | undefined) ?? "en";
}

interface ExportDocument {
  exportedAt: string;
  person: Record<string, unknown>;
  case: {
    caseCode: string;
    state: { status: string };
    history: { to: string; at: string; why: string | null }[];
  };
  timeline: { kind: string; at: string; [k: string]: unknown }[];
  consents: { purpose: string; givenOn: string; form: string; withdrawnOn: string | null }[];
  versions: { version: number; changedAt: string; changes: Record<string, unknown> }[];
}

function describeEntry(e: ExportDocument["timeline"][number]): string {
  const body = (e[e.kind] ?? {}) as Record<string, unknown>;
  if (e.kind === "note") return String(body.text ?? "");
  if (e.kind === "contact") return `${body.kind}: ${body.summary}`;
  if (e.kind === "task") return `${body.title} (${body.dueOn}${body.done ? ", done" : ""})`;
  if (e.kind === "attachment") return `${body.fileName} (${body.mediaType}, ${body.sizeBytes} B)`;
  if (e.kind === "screening")
    return `screening: ${(body.result as { outcome?: string } | undefined)?.outcome ?? ""}`;
  return "";
}

/**
 * The person's data as a PDF in their language where Ariadne has it (English, Finnish, Swedish),
 * set in a Unicode font so every name prints as written ("Petrauskaitė", "Øyvind", "Тарас").
 */
export function renderPersonExportPdf(d: ExportDocument, lang: ExportLanguage): Promise<Buffer> {
  const l = labels[lang];
  const doc = useUnicodeFonts(
    new PDFDocument({ size: "A4", margin: 56, lang, info: { Title: l.title, Author: "Ariadne" } }),
  );
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  const heading = (text: string) =>
    doc.moveDown().font(pdfFonts.bold).fontSize(13).text(text).font(pdfFonts.regular).fontSize(10);

  doc.font(pdfFonts.bold).fontSize(18).text(l.title);
  doc.font(pdfFonts.regular).fontSize(10).text(l.intro).moveDown(0.5);
  doc.text(`${l.caseCode}: ${d.case.caseCode}`);
  doc.text(`${l.exportedAt}: ${d.exportedAt}`);
  doc.text(`${l.status}: ${d.case.state.status}`);

  heading(l.person);
  for (const [k, v] of Object.entries(d.person)) {
    if (k === "id" || v === null || (Array.isArray(v) && v.length === 0)) continue;
    doc.text(`${k}: ${Array.isArray(v) ? v.join(", ") : String(v)}`);
  }
  heading(l.history);
  for (const h of d.case.history) doc.text(`${h.at.slice(0, 10)}  ${h.to}${h.why ? ` — ${h.why}` : ""}`);
  heading(l.timeline);
  if (d.timeline.length === 0) doc.text(l.none);
  for (const e of d.timeline) doc.text(`${e.at.slice(0, 10)}  ${e.kind}: ${describeEntry(e)}`);
  heading(l.consents);
  if (d.consents.length === 0) doc.text(l.none);
  for (const c of d.consents) {
    doc.text(
      `${c.givenOn}  ${c.purpose} (${c.form})${c.withdrawnOn ? `, ${l.withdrawn} ${c.withdrawnOn}` : ""}`,
    );
  }
  heading(l.versions);
  if (d.versions.length === 0) doc.text(l.none);
  for (const v of d.versions)
    doc.text(`${v.changedAt.slice(0, 10)}  v${v.version}: ${Object.keys(v.changes).join(", ")}`);
  doc.end();
  return done;
}
