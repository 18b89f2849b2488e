import type { i18n } from "@ariadne/domain";
import PDFDocument from "pdfkit";
import { countryName, languageName, longDate, pdfFonts, useUnicodeFonts } from "../pdf/index.ts";
import { documentStructure, taggedPdfOptions } from "../pdf/tagged.ts";
import { type ExportLabels, exportLabelsIn, wordFor } from "./export-pdf-labels.ts";

export type ExportLanguage = i18n.LocaleId;

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

function describeEntry(e: ExportDocument["timeline"][number], l: ExportLabels, lang: ExportLanguage): string {
  const body = (e[e.kind] ?? {}) as Record<string, unknown>;
  const kind = wordFor(l.kinds, e.kind === "contact" ? String(body.kind ?? "contact") : e.kind);
  if (e.kind === "note") return `${kind}: ${String(body.text ?? "")}`;
  if (e.kind === "contact") return `${kind}: ${String(body.summary ?? "")}`;
  if (e.kind === "task")
    return `${kind}: ${body.title} (${longDate(String(body.dueOn ?? ""), lang)}${body.done ? `, ${l.done}` : ""})`;
  if (e.kind === "attachment") return `${kind}: ${body.fileName} (${body.mediaType}, ${body.sizeBytes} B)`;
  if (e.kind === "screening")
    return `${kind}: ${(body.result as { outcome?: string } | undefined)?.outcome ?? ""}`;
  return kind;
}

/** A person's field as the person reads it: coded values by their names, dates in the long form. */
function shownValue(field: string, v: unknown, l: ExportLabels, lang: ExportLanguage): string {
  if (typeof v === "boolean") return v ? l.yes : l.no;
  if (field === "languages" && Array.isArray(v))
    return v.map((c) => languageName(String(c), lang)).join(", ");
  if (field === "citizenship" && typeof v === "string") return countryName(v, lang);
  if (field === "gender" && typeof v === "string") return wordFor(l.genders, v);
  if (field === "dateOfBirth" && typeof v === "string") return longDate(v, lang);
  if (Array.isArray(v)) return v.join(", ");
  return String(v);
}

/**
 * The person's data as a PDF in their language where Ariadne has it (English where a text is not translated),
 * set in a Unicode font so every name prints as written ("Petrauskaitė", "Øyvind", "Тарас").
 */
export function renderPersonExportPdf(d: ExportDocument, lang: ExportLanguage): Promise<Buffer> {
  const l = exportLabelsIn(lang);
  const doc = useUnicodeFonts(
    new PDFDocument({ size: "A4", margin: 56, ...taggedPdfOptions(lang, l.title) }),
  );
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  // Tagged: a screen reader reads the title, each section's heading and each line as a paragraph.
  const s = documentStructure(doc);
  const heading = (text: string) =>
    s.add("H2", () =>
      doc.moveDown().font(pdfFonts.bold).fontSize(13).text(text).font(pdfFonts.regular).fontSize(10),
    );
  const line = (text: string) => s.add("P", () => doc.text(text));

  s.add("H1", () => doc.font(pdfFonts.bold).fontSize(18).text(l.title));
  s.add("P", () => doc.font(pdfFonts.regular).fontSize(10).text(l.intro).moveDown(0.5));
  line(`${l.caseCode}: ${d.case.caseCode}`);
  line(`${l.exportedAt}: ${longDate(d.exportedAt, lang)}`);
  line(`${l.status}: ${wordFor(l.statuses, d.case.state.status)}`);

  heading(l.person);
  for (const [k, v] of Object.entries(d.person)) {
    if (k === "id" || k === "caseCode" || v === null || (Array.isArray(v) && v.length === 0)) continue;
    line(`${wordFor(l.fields, k)}: ${shownValue(k, v, l, lang)}`);
  }
  heading(l.history);
  for (const h of d.case.history) {
    line(`${longDate(h.at, lang)}  ${wordFor(l.statuses, h.to)}${h.why ? ` — ${h.why}` : ""}`);
  }
  heading(l.timeline);
  if (d.timeline.length === 0) line(l.none);
  for (const e of d.timeline) line(`${longDate(e.at, lang)}  ${describeEntry(e, l, lang)}`);
  heading(l.consents);
  if (d.consents.length === 0) line(l.none);
  for (const c of d.consents) {
    const purpose = wordFor(l.purposes, c.purpose);
    const form = wordFor(l.forms, c.form);
    const withdrawn = c.withdrawnOn ? `, ${l.withdrawn} ${longDate(c.withdrawnOn, lang)}` : "";
    line(`${longDate(c.givenOn, lang)}  ${purpose} (${form})${withdrawn}`);
  }
  heading(l.versions);
  if (d.versions.length === 0) line(l.none);
  for (const v of d.versions) {
    const fields = Object.keys(v.changes).map((k) => wordFor(l.fields, k));
    line(`${longDate(v.changedAt, lang)}  ${l.version} ${v.version}: ${fields.join(", ")}`);
  }
  s.end();
  doc.end();
  return done;
}
