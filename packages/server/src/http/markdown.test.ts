import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./markdown.ts";

describe("renderMarkdown", () => {
  it("renders headings with ids, paragraphs, both kinds of list and inline marks", () => {
    const html = renderMarkdown(`# Accessibility statement

Ariadne is **partially compliant** with _EN 301 549_.
It says \`why\`.

## What does not conform
- The map
  drawn on a canvas.
- Charts

1. First
2. Second`);
    expect(html).toBe(
      [
        '<h1 id="accessibility-statement">Accessibility statement</h1>',
        "<p>Ariadne is <strong>partially compliant</strong> with <em>EN 301 549</em>. It says <code>why</code>.</p>",
        '<h2 id="what-does-not-conform">What does not conform</h2>',
        "<ul><li>The map drawn on a canvas.</li><li>Charts</li></ul>",
        "<ol><li>First</li><li>Second</li></ol>",
      ].join("\n"),
    );
  });

  it("escapes every text, so a statement can show markup but never inject it", () => {
    const html = renderMarkdown(`<script>alert(1)</script> & "quotes" [x](javascript:alert(1))`);
    expect(html).toBe(
      "<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; [x](javascript:alert(1))</p>",
    );
  });

  it("links web, mail, phone and in-site addresses", () => {
    expect(renderMarkdown("[a](https://x.eu/p?a=1&b=2) [b](mailto:a@b.eu) [c](tel:+358) [d](/help)")).toBe(
      '<p><a href="https://x.eu/p?a=1&amp;b=2">a</a> <a href="mailto:a@b.eu">b</a> <a href="tel:+358">c</a> <a href="/help">d</a></p>',
    );
  });
});
