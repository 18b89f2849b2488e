import {
  type CtdcColumn,
  type CtdcRow,
  ctdcAgeBands,
  ctdcCellSeparator,
  ctdcColumns,
  ctdcDatasources,
  ctdcFlagColumns,
  ctdcGenders,
  ctdcMajority,
  ctdcMissing,
} from "./ctdc-format.ts";

/** Why a line (or the file) was not imported: nothing is rejected without one. */
export interface CtdcIssue {
  line: number;
  column: string | null;
  reason: string;
}
export type CtdcRecord = AcceptedCtdcRecord | { line: number; issues: CtdcIssue[] };

/**
 * An accepted record: its cells in the format's column order (`ctdcColumns`), whatever order the
 * file had. The keyed `row` is built only when asked for, so a bulk import allocates one array a
 * record and not a 63-key object besides.
 */
export class AcceptedCtdcRecord {
  constructor(
    readonly line: number,
    readonly cells: readonly string[],
  ) {}

  get row(): CtdcRow {
    const row = {} as CtdcRow;
    for (let i = 0; i < ctdcColumns.length; i++) row[ctdcColumns[i] as CtdcColumn] = this.cells[i] as string;
    return row;
  }
}

/** A record longer than this is a quote left open, not data: report it and resume at the next line. */
const maxRecordChars = 64 * 1024;
const canonical = new Map(ctdcColumns.map((c) => [c.toLowerCase(), c]));

const oneOf = (values: readonly string[]) => {
  const set = new Set([...values, ctdcMissing]);
  return (v: string) => (set.has(v) ? null : `expected one of ${[...values, ctdcMissing].join(", ")}`);
};
const checks: Partial<Record<CtdcColumn, (v: string) => string | null>> = {
  yearOfRegistration: (v) =>
    v === ctdcMissing || (/^\d{4}$/.test(v) && Number(v) >= 1990 && Number(v) <= 2100)
      ? null
      : "expected a year (1990–2100) or -99",
  Datasource: oneOf(ctdcDatasources),
  gender: oneOf(ctdcGenders),
  ageBroad: oneOf(ctdcAgeBands),
  majorityStatus: oneOf(ctdcMajority),
  majorityStatusAtExploit: oneOf(ctdcMajority),
  majorityEntry: oneOf(ctdcMajority),
  citizenship: (v) =>
    v === ctdcMissing || /^[A-Z]{2}$/.test(v) ? null : "expected an ISO 3166-1 alpha-2 code or -99",
  CountryOfExploitation: (v) =>
    v === ctdcMissing || /^[A-Z]{2}$/.test(v) ? null : "expected an ISO 3166-1 alpha-2 code or -99",
  ...Object.fromEntries(ctdcFlagColumns.map((c) => [c, oneOf(["0", "1"])])),
};

/**
 * Reads a CTDC-format CSV as it streams in (text chunks, already decoded): comma or semicolon
 * separated (told from the header), an optional Terms-of-Use cell above the header as in the
 * published file, RFC 4180 quoting. Each record comes out as a row or as its issues (line, column,
 * reason); a file whose header is not CTDC's stops with one file-level issue.
 */
export class CtdcCsvReader {
  private buffer = "";
  private line = 1;
  private header: CtdcColumn[] | null = null;
  /** Per cell of the file's header: its place in the format's column order, and its check. */
  private placeOf: number[] = [];
  private checkOf: ((v: string) => string | null | undefined)[] = [];
  private delimiter: "," | ";" | null = null;
  /** Set when the file cannot be read as CTDC at all; no records follow it. */
  fileIssue: CtdcIssue | null = null;
  /** Lines above the header that were the published file's Terms-of-Use notice. */
  skippedNotice = 0;

  push(text: string): CtdcRecord[] {
    this.buffer += text;
    return this.drain(false);
  }

  end(): CtdcRecord[] {
    const out = this.drain(true);
    if (!this.header && !this.fileIssue)
      this.fileIssue = { line: this.line, column: null, reason: "no CTDC header row found" };
    return out;
  }

  private drain(final: boolean): CtdcRecord[] {
    const out: CtdcRecord[] = [];
    if (this.fileIssue) {
      this.buffer = "";
      return out;
    }
    if (this.line === 1 && this.buffer.charCodeAt(0) === 0xfeff) this.buffer = this.buffer.slice(1);
    let pos = 0;
    for (;;) {
      if (!this.header) {
        const nl = this.buffer.indexOf("\n", pos);
        if (nl === -1 && !final) break;
        const raw = this.buffer.slice(pos, nl === -1 ? undefined : nl).replace(/\r$/, "");
        const at = this.line;
        pos = nl === -1 ? this.buffer.length : nl + 1;
        this.line++;
        if (raw.trim() === "") {
          if (nl === -1) break;
          continue;
        }
        if (!/yearOfRegistration/i.test(raw)) {
          if (/terms of use|by using|ctdc|counter.?trafficking/i.test(raw) && this.skippedNotice < 5) {
            this.skippedNotice++;
            continue;
          }
          this.fileIssue = {
            line: at,
            column: null,
            reason: "expected the CTDC header row (yearOfRegistration, …)",
          };
          break;
        }
        this.readHeader(raw, at);
        if (this.fileIssue || nl === -1) break;
        continue;
      }
      const next = this.nextRecord(pos, final);
      if (!next) break;
      pos = next.end;
      if (next.result) out.push(next.result);
    }
    this.buffer = this.buffer.slice(pos);
    return out;
  }

  private readHeader(raw: string, at: number) {
    this.delimiter = (raw.match(/;/g)?.length ?? 0) > (raw.match(/,/g)?.length ?? 0) ? ";" : ",";
    const cells = raw.split(this.delimiter).map((c) => c.trim().replace(/^"(.*)"$/, "$1"));
    const header: CtdcColumn[] = [];
    for (const c of cells) {
      const known = canonical.get(c.toLowerCase());
      if (!known) {
        this.fileIssue = { line: at, column: c, reason: "not a column of the CTDC format" };
        return;
      }
      header.push(known);
    }
    const missing = ctdcColumns.filter((c) => !header.includes(c));
    if (missing.length > 0) {
      this.fileIssue = {
        line: at,
        column: missing[0] ?? null,
        reason: `missing from the header (${missing.length} missing)`,
      };
      return;
    }
    this.header = header;
    this.placeOf = header.map((c) => ctdcColumns.indexOf(c));
    this.checkOf = header.map((c) => checks[c] ?? (() => null));
  }

  /** The next record from `pos`, or null when more text is needed. */
  private nextRecord(pos: number, final: boolean): { end: number; result: CtdcRecord | null } | null {
    const b = this.buffer;
    const d = this.delimiter as string;
    const header = this.header as CtdcColumn[];
    const start = this.line;
    // Most lines hold no quote and no lone carriage return: split them whole (the character walk
    // below reads them to the same cells, several times slower).
    const nl = b.indexOf("\n", pos);
    if (nl !== -1 && nl - pos <= maxRecordChars) {
      const text = b.charCodeAt(nl - 1) === 13 && nl > pos ? b.slice(pos, nl - 1) : b.slice(pos, nl);
      if (!text.includes('"') && !text.includes("\r")) {
        this.line++;
        return { end: nl + 1, result: text === "" ? null : this.recordOf(start, text.split(d), []) };
      }
    }
    const cells: string[] = [];
    const issues: CtdcIssue[] = [];
    let cell = "";
    let i = pos;
    let lines = 0;
    let quoted = false;
    let wasQuoted = false;
    for (;;) {
      if (i - pos > maxRecordChars) {
        const nl = b.indexOf("\n", pos);
        if (nl === -1 && !final) return null;
        this.line += 1;
        return {
          end: nl === -1 ? b.length : nl + 1,
          result: {
            line: start,
            issues: [{ line: start, column: null, reason: "a quoted cell is never closed" }],
          },
        };
      }
      if (i >= b.length) {
        if (!final) return null;
        if (quoted) {
          this.line += lines + 1;
          return {
            end: b.length,
            result: {
              line: start,
              issues: [
                {
                  line: start,
                  column: header[cells.length] ?? null,
                  reason: "a quoted cell is never closed",
                },
              ],
            },
          };
        }
        if (cells.length === 0 && cell === "") return i === pos ? null : { end: i, result: null };
        cells.push(cell);
        this.line += lines + 1;
        return { end: i, result: this.recordOf(start, cells, issues) };
      }
      const ch = b[i] as string;
      if (quoted) {
        if (ch === '"') {
          if (b[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          if (i + 1 >= b.length && !final) return null;
          quoted = false;
          i++;
          continue;
        }
        if (ch === "\n") lines++;
        cell += ch;
        i++;
        continue;
      }
      if (ch === '"') {
        if (cell === "" && !wasQuoted) {
          quoted = true;
          wasQuoted = true;
        } else {
          issues.push({
            line: start + lines,
            column: header[cells.length] ?? null,
            reason: "a quote inside an unquoted cell",
          });
          cell += ch;
        }
        i++;
        continue;
      }
      if (ch === d) {
        cells.push(cell);
        cell = "";
        wasQuoted = false;
        i++;
        continue;
      }
      if (ch === "\n" || ch === "\r") {
        let end = i + 1;
        if (ch === "\r") {
          if (end >= b.length && !final) return null;
          if (b[end] === "\n") end++;
        }
        this.line += lines + 1;
        if (cells.length === 0 && cell === "") return { end, result: null };
        cells.push(cell);
        return { end, result: this.recordOf(start, cells, issues) };
      }
      cell += ch;
      i++;
    }
  }

  // Checked with the checks compiled for the header's order; the missing code, most of a record's
  // cells, passes every check and needs none. Issues come out in the file's column order. NUL and
  // the unit separator are refused in every cell: the database's text cannot hold the one, and the
  // other joins a record's cells where it is stored.
  private recordOf(line: number, cells: string[], issues: CtdcIssue[]): CtdcRecord {
    const header = this.header as CtdcColumn[];
    if (cells.length !== header.length) {
      issues.push({
        line,
        column: null,
        reason: `${cells.length} cells where the header has ${header.length}`,
      });
      return { line, issues };
    }
    const out = new Array<string>(header.length);
    for (let i = 0; i < header.length; i++) {
      let value = cells[i] as string;
      if (value !== ctdcMissing) {
        value = value.trim();
        if (value === "") value = ctdcMissing;
        else {
          const why = value.includes("\u0000")
            ? "a NUL character (not text)"
            : value.includes(ctdcCellSeparator)
              ? "a unit separator U+001F (a control character, not text)"
              : this.checkOf[i]?.(value);
          if (why)
            issues.push({
              line,
              column: header[i] as string,
              reason: `${JSON.stringify(value.slice(0, 40))}: ${why}`,
            });
        }
      }
      out[this.placeOf[i] as number] = value;
    }
    return issues.length > 0 ? { line, issues } : new AcceptedCtdcRecord(line, out);
  }
}
