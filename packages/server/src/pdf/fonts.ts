import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/**
 * Unicode fonts for every PDF Ariadne makes. The standard PDF fonts (Helvetica…) know only
 * WinAnsi, so a name like "Petrauskaitė" or "Ŝćęż" breaks; DejaVu Sans covers Latin (all of
 * Europe's), Greek, Cyrillic, Armenian, Georgian, Hebrew and basic Arabic. The TTFs ship in the
 * npm package `dejavu-fonts-ttf` (Bitstream Vera licence, DejaVu changes public domain) and are
 * read from node_modules at run time, never downloaded.
 */
export const pdfFonts = { regular: "Ariadne-Regular", bold: "Ariadne-Bold" } as const;

const files = { regular: "DejaVuSans.ttf", bold: "DejaVuSans-Bold.ttf" } as const;

let loaded: Record<keyof typeof files, Buffer> | null = null;

/** The font files' bytes, read once per process. */
export function unicodeFontData(): Record<keyof typeof files, Buffer> {
  if (!loaded) {
    const require = createRequire(import.meta.url);
    const dir = join(dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf");
    loaded = { regular: readFileSync(join(dir, files.regular)), bold: readFileSync(join(dir, files.bold)) };
  }
  return loaded;
}

interface FontRegistry {
  registerFont(name: string, src: Buffer): unknown;
  font(name: string): unknown;
}

/**
 * Registers the Unicode fonts on a pdfkit document under `pdfFonts` names and makes the regular
 * one current. pdfkit embeds only the glyphs used (subsetting), so documents stay small.
 */
export function useUnicodeFonts<D extends FontRegistry>(doc: D): D {
  const data = unicodeFontData();
  doc.registerFont(pdfFonts.regular, data.regular);
  doc.registerFont(pdfFonts.bold, data.bold);
  doc.font(pdfFonts.regular);
  return doc;
}
