import { execFileSync } from "node:child_process";

/** The text of a PDF as poppler's pdftotext reads it: tests use it to prove what a reader sees. */
export function pdfText(pdf: Buffer): string {
  return execFileSync("pdftotext", ["-enc", "UTF-8", "-", "-"], { input: pdf }).toString("utf8");
}
