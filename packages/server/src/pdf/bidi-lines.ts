import bidiFactory from "bidi-js";

/**
 * Right-to-left lines for PDFs (the Arabic leaflet, issue 18). pdfkit has no Unicode
 * bidirectional algorithm: it hands a whole string to fontkit, which shapes it and, when its first
 * letter is of a right-to-left script, reverses all of it — the bullet, the digits of "112" and the
 * Latin words with it — and without `features` lays out each word on its own, so an Arabic
 * sentence's words come out left to right. Here a line is laid out by the Unicode Bidirectional
 * Algorithm (UAX #9, `bidi-js`) into runs of one direction, in the order they stand on the page;
 * the drawing is in `rtl-text.ts`. Pure: no pdfkit.
 */

const bidi = bidiFactory();

export type Direction = "ltr" | "rtl";

/** A stretch of a line in one direction: `text` in reading order, its brackets mirrored if `rtl`. */
export interface VisualRun {
  text: string;
  rtl: boolean;
}

/**
 * `text` cut into lines at spaces, each as long as `fits` allows; words stay whole (a word wider
 * than a line stands alone on its line), spaces at a break are dropped, a newline ends a line.
 */
export function breakAtSpaces(text: string, fits: (line: string) => boolean): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const word of paragraph.split(" ").filter((w) => w !== "")) {
      if (line === "") line = word;
      else if (fits(`${line} ${word}`)) line = `${line} ${word}`;
      else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
  }
  return lines;
}

/**
 * One line's runs from left to right as they stand on the page (UAX #9 rules L1–L4 for one line),
 * in a paragraph of `direction`. In an Arabic line the words are one right-to-left run, a number
 * or a Latin name a left-to-right run within it, the bullet that starts the sentence at its right
 * end and its full stop at its left end.
 */
export function visualRuns(line: string, direction: Direction): VisualRun[] {
  if (line === "") return [];
  const embedding = bidi.getEmbeddingLevels(line, direction);
  const { levels } = embedding;
  const mirrored = bidi.getMirroredCharactersMap(line, levels);
  const order = bidi.getReorderedIndices(line, embedding);
  // Neighbours on the page at one level are neighbours in the text too: a run is a stretch of the
  // text, read forwards when left to right and backwards when right to left.
  const stretches: { from: number; to: number; level: number }[] = [];
  for (const i of order) {
    const level = levels[i] ?? 0;
    const last = stretches.at(-1);
    const next = level % 2 === 1 ? last?.from === i + 1 : last?.to === i - 1;
    if (last && last.level === level && next) {
      last.from = Math.min(last.from, i);
      last.to = Math.max(last.to, i);
    } else stretches.push({ from: i, to: i, level });
  }
  return stretches.map(({ from, to, level }) => {
    let text = "";
    for (let i = from; i <= to; i++) text += mirrored.get(i) ?? line[i];
    return { text, rtl: level % 2 === 1 };
  });
}

/** The scripts fontkit sets right to left (its list, as Unicode names them). */
const rightToLeftScript =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Cypriot}\p{Script=Kharoshthi}\p{Script=Phoenician}\p{Script=Lydian}\p{Script=Avestan}\p{Script=Imperial_Aramaic}\p{Script=Inscriptional_Pahlavi}\p{Script=Inscriptional_Parthian}\p{Script=Old_South_Arabian}\p{Script=Old_North_Arabian}\p{Script=Old_Turkic}\p{Script=Meroitic_Cursive}\p{Script=Meroitic_Hieroglyphs}\p{Script=Manichaean}\p{Script=Mende_Kikakui}\p{Script=Nabataean}\p{Script=Palmyrene}\p{Script=Psalter_Pahlavi}]/u;
const firstOfAScript = /[^\p{Script=Common}\p{Script=Inherited}\p{Script=Unknown}]/u;

/**
 * What to hand the shaper (fontkit) so that a run's glyphs come out in page order. fontkit shapes
 * a string in reading order (Arabic letters must be, to join) and reverses it when its first
 * letter of any script is of a right-to-left one. A right-to-left run without such a letter (a
 * bullet and spaces, a full stop) it would keep as given, and a left-to-right run of Arabic-Indic
 * digits it would reverse, so those two are handed over reversed.
 */
export function shaperText(run: VisualRun): string {
  const first = firstOfAScript.exec(run.text)?.[0];
  const shaperReverses = first !== undefined && rightToLeftScript.test(first);
  return shaperReverses === run.rtl ? run.text : [...run.text].reverse().join("");
}
