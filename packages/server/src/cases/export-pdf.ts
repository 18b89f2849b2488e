import PDFDocument from "pdfkit";
import { pdfFonts, useUnicodeFonts } from "../pdf/index.ts";
import { type ExportLabels, type ExportLanguage, exportLabels, wordFor } from "./export-pdf-labels.ts";

export type { ExportLanguage };

export function exportLanguageFor(languages: readonly string[], requested?: string): ExportLanguage {
  const wanted = [requested, ...languages].filter((l): l is string => typeof l === "string");
  return (wanted.find((l) => l in exportLabels) as ExportLanguage | undefined) ?? "en";
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

function describeEntry(e: ExportDocument["timeline"][number], l: ExportLabels): string {
  const body = (e[e.kind] ?? {}) as Record<string, unknown>;
  const kind = wordFor(l.kinds, e.kind === "contact" ? String(body.kind ?? "contact") : e.kind);
  if (e.kind === "note") return `${kind}: ${String(body.text ?? "")}`;
  if (e.kind === "contact") return `${kind}: ${String(body.summary ?? "")}`;
  if (e.kind === "task") return `${kind}: ${body.title} (${body.dueOn}${body.done ? `, ${l.done}` : ""})`;
  if (e.kind === "attachment") return `${kind}: ${body.fileName} (${body.mediaType}, ${body.sizeBytes} B)`;
  if (e.kind === "screening")
    return `${kind}: ${(body.result as { outcome?: string } | undefined)?.outcome ?? ""}`;
  return kind;
}

function shownValue(v: unknown, l: ExportLabels): string {
  if (typeof v === "boolean") return v ? l.yes : l.no;
  if (Array.isArray(v)) return v.join(", ");
  return String(v);
}

/**
 * The person's data as a PDF in their language where Ariadne has it (English, Finnish, Swedish),
 * set in a Unicode font so every name prints as written ("Petrauskaitė", "Øyvind", "Тарас").
 */
export function renderPersonExportPdf(d: ExportDocument, lang: ExportLanguage): Promise<Buffer> {
  const l = exportLabels[lang];
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
  doc.text(`${l.status}: ${wordFor(l.statuses, d.case.state.status)}`);

  heading(l.person);
  for (const [k, v] of Object.entries(d.person)) {
    if (k === "id" || k === "caseCode" || v === null || (Array.isArray(v) && v.length === 0)) continue;
    doc.text(`${wordFor(l.fields, k)}: ${shownValue(v, l)}`);
  }
  heading(l.history);
  for (const h of d.case.history) {
    doc.text(`${h.at.slice(0, 10)}  ${wordFor(l.statuses, h.to)}${h.why ? ` — ${h.why}` : ""}`);
  }
  heading(l.timeline);
  if (d.timeline.length === 0) doc.text(l.none);
  for (const e of d.timeline) doc.text(`${e.at.slice(0, 10)}  ${describeEntry(e, l)}`);
  heading(l.consents);
  if (d.consents.length === 0) doc.text(l.none);
  for (const c of d.consents) {
    const purpose = wordFor(l.purposes, c.purpose);
    const form = wordFor(l.forms, c.form);
    doc.text(`${c.givenOn}  ${purpose} (${form})${c.withdrawnOn ? `, ${l.withdrawn} ${c.withdrawnOn}` : ""}`);
  }
  heading(l.versions);
  if (d.versions.length === 0) doc.text(l.none);
  for (const v of d.versions) {
    const fields = Object.keys(v.changes).map((k) => wordFor(l.fields, k));
    doc.text(`${v.changedAt.slice(0, 10)}  ${l.version} ${v.version}: ${fields.join(", ")}`);
  }
  doc.end();
  return done;
}
