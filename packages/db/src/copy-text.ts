/** A value COPY's text format can carry: null, a number, a text or a one-dimensional text array. */
export type CopyValue = string | number | null | readonly string[];

// Backslash, tab, newline and carriage return would end or change a field: COPY's own escapes.
// Tested before replacing: most fields of a bulk load (codes, flags) need none.
const needsEscape = /[\\\t\n\r]/;
const escapeField = (v: string) =>
  needsEscape.test(v) ? v.replace(/[\\\t\n\r]/g, (c) => copyEscapes[c] as string) : v;
const copyEscapes: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };

// An element is written bare only when it is a plain word that is not NULL; any other is
// double-quoted, so commas, braces, spaces, empty text and the word NULL stay text.
const bareElement = /^[A-Za-z0-9_.+-]+$/;
const isNullWord = (v: string) => v.length === 4 && v.toUpperCase() === "NULL";
const writeElement = (v: string) =>
  bareElement.test(v) && !isNullWord(v) ? v : `"${v.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
// Most elements of a bulk load are a few codes (CTDC's -99 missing code and its 0/1 flags): known
// plain words, written without the regular expression.
const plainWords = new Set(["-99", "0", "1"]);
const arrayElement = (v: string) => (plainWords.has(v) ? v : writeElement(v));
const arrayLiteral = (values: readonly string[]) => `{${values.map(arrayElement).join(",")}}`;

/**
 * One row in PostgreSQL's COPY text format (tab-separated, `\N` for null, a newline at the end).
 * PostgreSQL text cannot hold NUL, so a NUL is refused here, before it can fail a whole batch.
 */
export function copyTextRow(values: readonly CopyValue[]): string {
  return `${values
    .map((v) => {
      if (v === null) return "\\N";
      if (typeof v === "number") {
        if (!Number.isFinite(v)) throw new Error(`not a finite number: ${v}`);
        return String(v);
      }
      const text = typeof v === "string" ? v : arrayLiteral(v);
      if (text.includes("\u0000")) throw new Error("COPY text cannot hold a NUL character");
      return escapeField(text);
    })
    .join("\t")}\n`;
}
