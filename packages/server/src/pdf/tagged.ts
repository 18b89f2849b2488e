/**
 * A tagged PDF (issue 18: accessible by law): the document's language and title, and a logical
 * structure a screen reader follows, headings as headings and paragraphs as paragraphs (ISO 32000
 * §14.8, the core of PDF/UA). Drawings that only repeat the text beside them (a chart's bars) are
 * artifacts, skipped by a reader.
 */

/** The options that make a new PDFDocument tagged, in `lang`, its title shown in the title bar. */
export function taggedPdfOptions(lang: string, title: string) {
  return {
    pdfVersion: "1.7",
    tagged: true,
    lang,
    displayTitle: true,
    info: { Title: title, Author: "Ariadne" },
  } satisfies PDFKit.PDFDocumentOptions;
}

export type StructureType = "H1" | "H2" | "H3" | "P";

/**
 * The text of an element in reading order, for a script whose drawn glyphs do not give it back
 * (right-to-left text is drawn in visual order; a Thai font splits some vowels): a screen reader
 * reads this (ActualText, ISO 32000 §14.9.4) instead of the glyphs.
 */
export type ActualText = string | undefined;

export interface ListItem {
  /** Draws one entry, its bullet and text. */
  draw: () => void;
  actualText?: ActualText;
}

export interface DocumentStructure {
  /** Draws into one structure element of `type`: everything `draw` puts on the page belongs to it. */
  add(type: StructureType, draw: () => void, actualText?: ActualText): void;
  /** Draws a list, each of `items` into one item of it. */
  list(items: readonly ListItem[]): void;
  /** Draws what is decoration only (it repeats text that is tagged beside it). */
  artifact(draw: () => void): void;
  /** Closes the structure; call before `doc.end()`. */
  end(): void;
}

/** The document's root structure element, attached to the document, its children added in reading order. */
export function documentStructure(doc: PDFKit.PDFDocument): DocumentStructure {
  const root = doc.struct("Document");
  doc.addStructure(root);
  return {
    // The root is attached, so a child's drawing runs (and is marked) as it is added.
    add: (type, draw, actualText) => {
      root.add(doc.struct(type, actualOf(actualText), draw));
    },
    // A list's items are L > LI > LBody (ISO 32000 §14.8.4.3.3); the bullet is drawn with its text.
    list: (items) => {
      const list = doc.struct("L");
      root.add(list);
      for (const { draw, actualText } of items) {
        const item = doc.struct("LI");
        list.add(item);
        item.add(doc.struct("LBody", actualOf(actualText), draw));
        item.end();
      }
      list.end();
    },
    artifact: (draw) => {
      doc.markContent("Artifact");
      draw();
      doc.endMarkedContent();
    },
    end: () => root.end(),
  };
}

const actualOf = (actualText: ActualText) => (actualText === undefined ? {} : { actual: actualText });
