/**
 * A plain document the procurement exports share: the same blocks render to DOCX (pasted into the
 * tender), to PDF and, for the reports, beside a CSV. One model, so the three never disagree.
 */
export type Block =
  | { kind: "title"; text: string }
  | { kind: "heading"; text: string }
  | { kind: "meta"; label: string; text: string }
  | { kind: "text"; text: string }
  | { kind: "note"; text: string };
