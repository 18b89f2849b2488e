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
