import { execFileSync } from "node:child_process";

/** The text of a PDF as poppler's pdftotext reads it: tests use it to prove what a reader sees. */
export function pdfText(pdf: Buffer): string {
  return execFileSync("pdftotext", ["-enc", "UTF-8", "-", "-"], { input: pdf }).toString("utf8");
}

/**
 * What a tagged PDF tells a screen reader: whether it is marked, its language, and its logical
 * structure with each element's text (poppler's `pdfinfo -struct-text`), so tests prove it is tagged.
 */
export function pdfTagging(pdf: Buffer): {
  marked: boolean;
  lang: string | null;
  /** The title, not the file name, is shown in the window's title bar (WCAG 2.4.2). */
  titleShown: boolean;
  structure: string;
  /** Each structure element that holds text, in reading order: `{ type: "H2", text: "Ajakava" }`. */
  elements: { type: string; text: string }[];
  /** Each ActualText the PDF gives a reader instead of its glyphs (poppler does not show them). */
  actualTexts: string[];
} {
  const raw = pdf.toString("latin1");
  const objectAt = (ref: string) =>
    raw.match(new RegExp(`(?:^|\\s)${ref} obj\\s*(<<[\\s\\S]*?>>)\\s*endobj`))?.[1] ?? "";
  const catalog = raw.split("endobj").find((o) => o.includes("/Type /Catalog")) ?? "";
  const markInfo = catalog.match(/\/MarkInfo (\d+ \d+) R/)?.[1];
  const info = execFileSync("pdfinfo", ["-struct-text", "-"], { input: pdf }).toString("utf8");
  return {
    marked:
      /\/StructTreeRoot \d+ \d+ R/.test(catalog) && /\/Marked true/.test(markInfo ? objectAt(markInfo) : ""),
    lang: catalog.match(/\/Lang \(([^)]*)\)/)?.[1] ?? null,
    titleShown: /\/DisplayDocTitle true/.test(raw),
    structure: info,
    elements: structureElements(info),
    actualTexts: [...raw.matchAll(/\/ActualText \(((?:\\[\s\S]|[^\\)])*)\)/g)].map((m) =>
      pdfString(m[1] ?? ""),
    ),
  };
}

/** A PDF literal string's text: its escapes undone, UTF-16 where it starts with the byte-order mark. */
function pdfString(literal: string): string {
  const escapes: Record<string, string> = { n: "\n", r: "\r", t: "\t", b: "\b", f: "\f" };
  const bytes = literal.replace(/\\([\s\S])/g, (_, c: string) => escapes[c] ?? c);
  if (!bytes.startsWith("\xfe\xff")) return bytes;
  return Buffer.from(bytes.slice(2), "latin1").swap16().toString("utf16le");
}

/** The elements of `pdfinfo -struct-text` output: a line naming an element, the next its quoted text. */
function structureElements(info: string): { type: string; text: string }[] {
  const elements: { type: string; text: string }[] = [];
  let type = "";
  for (const line of info.split("\n")) {
    const text = line.match(/^\s*"(.*)"$/)?.[1];
    if (text !== undefined) elements.push({ type, text });
    else type = line.match(/^\s*(\w+)/)?.[1] ?? type;
  }
  return elements;
}

/** A box on a PDF page in points, from its top left corner (poppler's coordinates). */
export interface PdfBox {
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** A line of text as poppler finds it on a page: its box and its words from left to right. */
export interface PdfLine extends PdfBox {
  page: number;
  pageWidth: number;
  pageHeight: number;
  /** Each word's glyphs from left to right (so an Arabic word reads backwards here). */
  words: (PdfBox & { text: string })[];
}

/**
 * Where the text stands on the pages (poppler's `pdftotext -bbox-layout`): tests use it to prove
 * a layout, e.g. that an Arabic line is right-aligned with its bullet at the right.
 */
export function pdfLines(pdf: Buffer): PdfLine[] {
  const xhtml = execFileSync("pdftotext", ["-bbox-layout", "-enc", "UTF-8", "-", "-"], {
    input: pdf,
  }).toString("utf8");
  const box = (attrs: string): PdfBox => {
    const n = (name: string) => Number(attrs.match(new RegExp(`${name}="([\\d.]+)"`))?.[1]);
    return { xMin: n("xMin"), yMin: n("yMin"), xMax: n("xMax"), yMax: n("yMax") };
  };
  const xmlText = (s: string) =>
    s
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, "&");
  const lines: PdfLine[] = [];
  [...xhtml.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].forEach((p, i) => {
    for (const l of (p[3] ?? "").matchAll(/<line ([^>]*)>([\s\S]*?)<\/line>/g))
      lines.push({
        page: i + 1,
        pageWidth: Number(p[1]),
        pageHeight: Number(p[2]),
        ...box(l[1] ?? ""),
        words: [...(l[2] ?? "").matchAll(/<word ([^>]*)>([^<]*)<\/word>/g)].map((w) => ({
          ...box(w[1] ?? ""),
          text: xmlText(w[2] ?? ""),
        })),
      });
  });
  return lines;
}
