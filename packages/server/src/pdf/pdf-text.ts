import { execFileSync } from "node:child_process";

/** The text of a PDF as poppler's pdftotext reads it: tests use it to prove what a reader sees. */
export function pdfText(pdf: Buffer): string {
  return execFileSync("pdftotext", ["-enc", "UTF-8", "-", "-"], { input: pdf }).toString("utf8");
}

/**
 * What a tagged PDF tells a screen reader: whether it is marked, its language, and its logical
 * structure with each element's text (poppler's `pdfinfo -struct-text`), so tests prove it is tagged.
 */
export function pdfTagging(pdf: Buffer): { marked: boolean; lang: string | null; structure: string } {
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
    structure: info,
  };
}
