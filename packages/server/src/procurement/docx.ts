import { strToU8, zipSync } from "fflate";
import type { Block } from "./document.ts";

const xmlText = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function run(text: string, props = ""): string {
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ""}<w:t xml:space="preserve">${xmlText(text)}</w:t></w:r>`;
}

function paragraph(b: Block): string {
  switch (b.kind) {
    case "title":
      return `<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr>${run(b.text)}</w:p>`;
    case "heading":
      return `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>${run(b.text)}</w:p>`;
    case "meta":
      return `<w:p>${run(`${b.label}: `, "<w:b/>")}${run(b.text)}</w:p>`;
    case "note":
      return `<w:p>${run(b.text, "<w:i/>")}</w:p>`;
    default:
      return `<w:p>${run(b.text)}</w:p>`;
  }
}

const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:spacing w:after="120"/></w:pPr><w:rPr><w:sz w:val="22"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:rPr><w:b/><w:sz w:val="36"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="240"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>
</w:styles>`;

/** The language tag Word's spelling and hyphenation take for each language Ariadne speaks. */
const wordLanguageTags: Record<string, string> = {
  en: "en-GB",
  fi: "fi-FI",
  sv: "sv-SE",
  da: "da-DK",
  de: "de-DE",
  et: "et-EE",
  is: "is-IS",
  lt: "lt-LT",
  lv: "lv-LV",
  nb: "nb-NO",
  pl: "pl-PL",
};

/**
 * An Office Open XML word-processing document (ECMA-376), the least it needs: content types,
 * relationships, the document and its styles, zipped with fflate (already shipped with pdfkit).
 */
export function renderDocx(blocks: readonly Block[], options: { language: string }): Uint8Array {
  const body = blocks.map(paragraph).join("");
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr></w:body></w:document>`;
  const lang = wordLanguageTags[options.language] ?? "en-GB";
  const files = {
    "[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`,
    "_rels/.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    "word/_rels/document.xml.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    "word/document.xml": document,
    "word/styles.xml": styles.replace(
      '<w:rPr><w:sz w:val="22"/></w:rPr>',
      `<w:rPr><w:sz w:val="22"/><w:lang w:val="${lang}"/></w:rPr>`,
    ),
  };
  // A fixed time keeps the bytes the same for the same document.
  const mtime = new Date(Date.UTC(2026, 0, 1));
  return zipSync(
    Object.fromEntries(Object.entries(files).map(([name, xml]) => [name, [strToU8(xml), { mtime }]])),
    { level: 6 },
  );
}
