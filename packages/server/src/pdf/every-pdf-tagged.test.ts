import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Every PDF Ariadne makes is tagged (issue 18, accessible by law; docs/accessibility.md says so):
 * a new one that is not would be a barrier the statement does not list. This reads the server's
 * source, so it catches a PDF no test renders.
 */
const src = join(import.meta.dirname, "..");

/** The server's source files that create a PDF document. */
function pdfMakers(): string[] {
  return readdirSync(src, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && f !== join("pdf", "tagged.ts"))
    .filter((f) => /new PDFDocument\(/.test(readFileSync(join(src, f), "utf8")));
}

describe("every PDF", () => {
  it("is made tagged, with its language and a structure tree", () => {
    const makers = pdfMakers();
    // The case export, annual report, procurement, scheme, action plan, help materials and certificate.
    expect(makers.length).toBeGreaterThanOrEqual(7);
    const untagged = makers.filter((f) => {
      const code = readFileSync(join(src, f), "utf8");
      return !/taggedPdfOptions\(/.test(code) || !/documentStructure\(/.test(code);
    });
    expect(untagged).toEqual([]);
  });
});
