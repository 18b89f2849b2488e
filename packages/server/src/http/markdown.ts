/**
 * The small part of Markdown the published statements use (docs/accessibility.md): headings,
 * paragraphs, lists, links, strong, emphasis and code, as HTML with every text escaped. A
 * municipality edits the file with any editor; nothing it writes becomes markup but these.
 */
const escapes: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => escapes[c]!);

/** Links may go to a web page, an e-mail address, a phone number, or inside the site. */
const safeHref = /^(https?:\/\/|mailto:|tel:|\/|#)/i;

function inline(text: string): string {
  return (
    esc(text)
      .replace(/`([^`]+)`/g, "<code>$1</code>")
      .replace(/\*\*(.+?)\*\*/g, "<strong>$1</strong>")
      .replace(/(^|[\s(])_(.+?)_(?=[\s.,;:)]|$)/g, "$1<em>$2</em>")
      // The text is escaped already; an unsafe address stays as plain text.
      .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (whole, label: string, href: string) =>
        safeHref.test(href.replace(/&amp;/g, "&")) ? `<a href="${href}">${label}</a>` : whole,
      )
  );
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-|-$/g, "");

/** Renders the Markdown subset to HTML; headings get ids from their text so they can be linked. */
export function renderMarkdown(source: string): string {
  const out: string[] = [];
  // What is open: the lines of a paragraph, or the items of a list.
  const open: { paragraph: string[]; list: { tag: "ul" | "ol"; items: string[] } | null } = {
    paragraph: [],
    list: null,
  };
  const flush = () => {
    if (open.paragraph.length) out.push(`<p>${inline(open.paragraph.join(" "))}</p>`);
    const list = open.list;
    if (list)
      out.push(`<${list.tag}>${list.items.map((i) => `<li>${inline(i)}</li>`).join("")}</${list.tag}>`);
    open.paragraph = [];
    open.list = null;
  };
  for (const raw of source.replace(/\r\n?/g, "\n").split("\n")) {
    const line = raw.trimEnd();
    const heading = /^(#{1,4})\s+(.*)$/.exec(line);
    const item = /^\s*(?:([-*])|\d+[.)])\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      const level = heading[1]!.length;
      const text = heading[2]!;
      out.push(`<h${level} id="${esc(slug(text))}">${inline(text)}</h${level}>`);
    } else if (item) {
      const tag = item[1] ? "ul" : "ol";
      if (open.paragraph.length || (open.list && open.list.tag !== tag)) flush();
      open.list ??= { tag, items: [] };
      open.list.items.push(item[2]!);
    } else if (line.trim() === "") {
      flush();
    } else if (open.list && /^\s+\S/.test(raw)) {
      // An indented line continues the list item above it.
      open.list.items[open.list.items.length - 1] += ` ${line.trim()}`;
    } else {
      if (open.list) flush();
      open.paragraph.push(line.trim());
    }
  }
  flush();
  return out.join("\n");
}
