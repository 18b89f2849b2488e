import { breakAtSpaces, type Direction, shaperText, type VisualRun, visualRuns } from "./bidi-lines.ts";

/**
 * Each run is shaped whole (`features` given: without them pdfkit lays out each word on its own,
 * and an Arabic sentence's words would stand left to right).
 */
const asOneRun = { features: [] as PDFKit.Mixins.OpenTypeFeatures[] };

const widthOfRuns = (doc: PDFKit.PDFDocument, runs: VisualRun[]) =>
  runs.reduce((width, run) => width + doc.widthOfString(shaperText(run), asOneRun), 0);

export interface BidiTextOptions {
  width: number;
  align: "left" | "center" | "right";
  /** The paragraph's direction: "rtl" for Arabic. */
  direction: Direction;
}

/**
 * Writes `text` as one paragraph in the current font and size, laid out by the Unicode
 * Bidirectional Algorithm (`bidi-lines.ts`): broken into lines of `options.width` at spaces, each
 * line's runs drawn from left to right in their page order, the line aligned as asked; on a new
 * page when a line does not fit. Starts at `at`, or where the text cursor stands, and leaves the
 * cursor under the paragraph as `doc.text` would.
 */
export function writeBidi(
  doc: PDFKit.PDFDocument,
  text: string,
  options: BidiTextOptions,
  at?: { x: number; y: number },
) {
  if (at) [doc.x, doc.y] = [at.x, at.y];
  const left = doc.x;
  const { width, align, direction } = options;
  const lines = breakAtSpaces(text, (line) => widthOfRuns(doc, visualRuns(line, direction)) <= width);
  for (const line of lines) {
    const height = doc.currentLineHeight(true);
    if (doc.y + height > doc.page.maxY() && doc.y > doc.page.margins.top) doc.continueOnNewPage();
    const runs = visualRuns(line, direction);
    const free = width - widthOfRuns(doc, runs);
    let x = left + (align === "right" ? free : align === "center" ? free / 2 : 0);
    const y = doc.y;
    for (const run of runs) {
      const shaped = shaperText(run);
      doc.text(shaped, x, y, { ...asOneRun, lineBreak: false });
      x += doc.widthOfString(shaped, asOneRun);
    }
    [doc.x, doc.y] = [left, y + height];
  }
}
