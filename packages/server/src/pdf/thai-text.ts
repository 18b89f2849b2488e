import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pdfFonts } from "./fonts.ts";

/**
 * Thai in PDFs (the public page's leaflets, issue 15). DejaVu Sans has no Thai letters, so Thai runs
 * are set in Noto Sans Thai (SIL Open Font License; the npm package `@fontsource/noto-sans-thai`,
 * read from node_modules at run time, never downloaded); the Thai subset has no Latin letters or
 * digits, so everything else in a Thai text (an emergency number, an address) stays in DejaVu.
 * pdfkit embeds only the glyphs used.
 */
export const thaiFonts = { regular: "Ariadne-Thai-Regular", bold: "Ariadne-Thai-Bold" } as const;

const files = { regular: "noto-sans-thai-thai-400-normal.woff", bold: "noto-sans-thai-thai-700-normal.woff" };
let loaded: Record<keyof typeof files, Buffer> | null = null;

function thaiFontData() {
  if (!loaded) {
    const require = createRequire(import.meta.url);
    const dir = join(dirname(require.resolve("@fontsource/noto-sans-thai/package.json")), "files");
    loaded = { regular: readFileSync(join(dir, files.regular)), bold: readFileSync(join(dir, files.bold)) };
  }
  return loaded;
}

/** The Thai block of Unicode (U+0E00–U+0E7F): letters, vowel and tone marks, Thai digits. */
const thai = /[\u0E00-\u0E7F]/;

/**
 * `text` cut into runs of Thai and of everything else; a space or punctuation between two runs
 * stays with the run before it, so a Thai sentence is not split at each space.
 */
export function scriptRuns(text: string): { thai: boolean; text: string }[] {
  const runs: { thai: boolean; text: string }[] = [];
  for (const ch of text) {
    const isThai = thai.test(ch);
    const last = runs.at(-1);
    const neutral = /[\s.,:;!?()"'«»“”…–—-]/.test(ch);
    if (last && (last.thai === isThai || neutral)) last.text += ch;
    else runs.push({ thai: isThai, text: ch });
  }
  return runs;
}

/** ICU's Thai word boundaries (dictionary based; Node ships full ICU). */
const thaiWords = new Intl.Segmenter("th", { granularity: "word" });
const blank = /^\s+$/;

/**
 * `text` cut into lines, each as long as `fits` allows, broken only between words. Thai writes no
 * spaces between words, and Unicode's line breaking without a dictionary (what pdfkit applies)
 * finds no break in a Thai stretch: pdfkit cut such a stretch wherever the width ran out, mid-word
 * and even between a letter and its vowel mark. Spaces at a break are dropped; a word wider than a
 * line stays whole on its own line (pdfkit then cuts it, as any over-long word).
 */
export function breakIntoLines(text: string, fits: (line: string) => boolean): string[] {
  const lines: string[] = [];
  let line = "";
  for (const { segment } of thaiWords.segment(text)) {
    if (segment === "\n") {
      lines.push(line.trimEnd());
      line = "";
    } else if (line === "") line = blank.test(segment) ? "" : segment;
    else if (fits((line + segment).trimEnd())) line += segment;
    else {
      lines.push(line.trimEnd());
      line = blank.test(segment) ? "" : segment;
    }
  }
  if (line !== "") lines.push(line.trimEnd());
  return lines;
}

interface TextDoc {
  registerFont(name: string, src: Buffer): unknown;
  widthOfString(text: string): number;
  font(name: string): TextDoc;
  moveDown(lines?: number): TextDoc;
  text(text: string, options?: PDFKit.Mixins.TextOptions): TextDoc;
  text(text: string, x?: number, y?: number, options?: PDFKit.Mixins.TextOptions): TextDoc;
}

/** Registers the Thai fonts on a pdfkit document (beside the Unicode ones). */
export function useThaiFonts<D extends TextDoc>(doc: D): D {
  const data = thaiFontData();
  doc.registerFont(thaiFonts.regular, data.regular);
  doc.registerFont(thaiFonts.bold, data.bold);
  return doc;
}

/** How wide `text` is set in the Thai font for its Thai runs and the Unicode font for the rest. */
export function widthOfMixedScript(doc: TextDoc, text: string, weight: "regular" | "bold"): number {
  let width = 0;
  for (const run of scriptRuns(text))
    width += doc.font(run.thai ? thaiFonts[weight] : pdfFonts[weight]).widthOfString(run.text);
  return width;
}

/**
 * Writes `text` as one paragraph whose Thai runs are in the Thai font and the rest in the Unicode
 * font of the same weight (pdfkit's `continued` text keeps them together), broken into lines of
 * `options.width` between words (`breakIntoLines`). `at` places the
 * paragraph as `doc.text(text, x, y, options)` would.
 */
export function writeMixedScript(
  doc: TextDoc,
  text: string,
  weight: "regular" | "bold",
  options: PDFKit.Mixins.TextOptions,
  at?: { x: number; y: number },
) {
  const width = options.width;
  // Laid out into lines here, at word boundaries, so that pdfkit has no Thai stretch to cut; each
  // line is its own paragraph (a newline inside continued text would leave an empty line after it).
  const lines =
    width === undefined
      ? [text]
      : breakIntoLines(text, (line) => widthOfMixedScript(doc, line, weight) <= width - 0.5);
  lines.forEach((line, l) => {
    const runs = scriptRuns(line);
    if (runs.length === 0) doc.moveDown();
    runs.forEach((run, i) => {
      doc.font(run.thai ? thaiFonts[weight] : pdfFonts[weight]);
      const o = { ...options, continued: i < runs.length - 1 };
      if (l === 0 && i === 0 && at) doc.text(run.text, at.x, at.y, o);
      else doc.text(run.text, o);
    });
  });
  doc.font(pdfFonts[weight]);
}
