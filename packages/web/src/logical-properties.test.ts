import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Right to left ready (issue 18, point 4): the layout says start and end, never left and right, so
 * an Arabic or Persian locale added later mirrors by `dir="rtl"` alone, with no CSS change.
 */

/** Places where left and right mean the physical sides, each with its reason. */
const exceptions: { file: string; selector: string; property: string; reason: string }[] = [
  {
    file: "map/map.css",
    selector: ".basemap-place-dot",
    property: "left",
    reason: "a map does not mirror: the dot is centred on the place's coordinates",
  },
  {
    file: "map/map.css",
    selector: ".basemap-place-name",
    property: "left",
    reason:
      "the server lays place names out east of their dot without overlaps (place-labels.ts: labelMetrics); the map's geography stays as it is right to left",
  },
];

const physicalProperty =
  /^(left|right|(margin|padding|border|scroll-margin|scroll-padding)-(left|right)(-\w+)?|border-(top|bottom)-(left|right)-radius)$/;
const physicalValue: Record<string, RegExp> = {
  float: /^(left|right)$/,
  clear: /^(left|right)$/,
  "text-align": /^(left|right)$/,
  "caption-side": /^(left|right)$/,
  transform: /translatex\(/,
};
/** Four values whose second and fourth differ put something on one physical side. */
const boxShorthand =
  /^(margin|padding|inset|border-width|border-style|border-color|scroll-margin|scroll-padding)$/;

interface Finding {
  line: number;
  selector: string;
  declaration: string;
}

/** The declarations of a stylesheet that name a physical side. */
function physicalDeclarations(css: string): Finding[] {
  // Comments become spaces of the same length, so offsets still give the right line.
  const text = css.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, " "));
  const found: Finding[] = [];
  for (const block of text.matchAll(/([^{}]*)\{([^{}]*)\}/g)) {
    const selector = (block[1] ?? "").trim().replace(/\s+/g, " ");
    const body = block[2] ?? "";
    let offset = (block.index ?? 0) + (block[1] ?? "").length + 1;
    for (const part of body.split(";")) {
      const colon = part.indexOf(":");
      if (colon > 0) {
        const property = part.slice(0, colon).trim().toLowerCase();
        const value = part
          .slice(colon + 1)
          .trim()
          .toLowerCase();
        const values = value.replace(/!important/, "").split(/\s+/);
        const physical =
          physicalProperty.test(property) ||
          physicalValue[property]?.test(value) ||
          (boxShorthand.test(property) && values.length === 4 && values[1] !== values[3]);
        if (physical) {
          const at = offset + part.search(/\S/);
          found.push({
            line: text.slice(0, at).split("\n").length,
            selector,
            declaration: `${property}: ${value}`,
          });
        }
      }
      offset += part.length + 1;
    }
  }
  return found;
}

/** Inline styles and style writes in components that name a physical side. */
const physicalInTs =
  /style=\{\{[^}]*\b(left|right|(margin|padding|border)(Left|Right)\w*)\s*:|\.style\.(left|right|(margin|padding|border)(Left|Right)\w*|cssFloat)\b|\b(textAlign|float)\s*:\s*["'](left|right)["']|setProperty\(\s*["'](margin|padding|border)-(left|right)/;

function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path, pattern);
    return pattern.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const root = import.meta.dirname;

describe("physicalDeclarations finds what would not mirror", () => {
  it("flags left and right properties, values and one-sided shorthands, and leaves logical ones", () => {
    const css = `.a { margin-left: 1rem; padding-inline-start: 1rem }
/* left: 0 in a comment is no style */
.b:hover, .c-right { float: right; text-align: start; border-right-color: red }
@media (max-width: 40rem) {
  .d { padding: 0 1rem 0 2rem; margin: 0 1rem 0 1rem; inset-inline: 0; left: 50% }
}
.e { transform: translateX(-50%); border-top-left-radius: 4px; text-align: left }`;
    expect(physicalDeclarations(css)).toEqual([
      { line: 1, selector: ".a", declaration: "margin-left: 1rem" },
      { line: 3, selector: ".b:hover, .c-right", declaration: "float: right" },
      { line: 3, selector: ".b:hover, .c-right", declaration: "border-right-color: red" },
      { line: 5, selector: ".d", declaration: "padding: 0 1rem 0 2rem" },
      { line: 5, selector: ".d", declaration: "left: 50%" },
      { line: 7, selector: ".e", declaration: "transform: translatex(-50%)" },
      { line: 7, selector: ".e", declaration: "border-top-left-radius: 4px" },
      { line: 7, selector: ".e", declaration: "text-align: left" },
    ]);
  });

  it("flags physical sides in inline styles and style writes", () => {
    expect(physicalInTs.test(`<div style={{ marginLeft: 4 }} />`)).toBe(true);
    expect(physicalInTs.test(`el.style.left = "3px";`)).toBe(true);
    expect(physicalInTs.test(`const s = { textAlign: "right" };`)).toBe(true);
    expect(physicalInTs.test(`pane.style.zIndex = "350";`)).toBe(false);
    expect(physicalInTs.test(`<div style={{ marginInlineStart: 4 }} />`)).toBe(false);
  });
});

describe("the layout is right to left ready", () => {
  it("no stylesheet of the app names a left or right side, except the listed map labels", () => {
    const offenders = files(root, /\.css$/).flatMap((path) => {
      const file = relative(root, path);
      return physicalDeclarations(readFileSync(path, "utf8"))
        .filter(
          (f) =>
            !exceptions.some(
              (e) =>
                e.file === file && e.selector === f.selector && f.declaration.startsWith(`${e.property}:`),
            ),
        )
        .map((f) => `${file}:${f.line} ${f.selector} { ${f.declaration} }`);
    });
    expect(offenders).toEqual([]);
  });

  it("every exception still exists, so the list does not outlive its reason", () => {
    for (const e of exceptions) {
      const found = physicalDeclarations(readFileSync(join(root, e.file), "utf8")).some(
        (f) => f.selector === e.selector && f.declaration.startsWith(`${e.property}:`),
      );
      expect(found, `${e.file} ${e.selector} ${e.property}`).toBe(true);
    }
  });

  it("no component sets a left or right side in an inline style or a style write", () => {
    const offenders = files(root, /\.tsx?$/).flatMap((path) =>
      readFileSync(path, "utf8")
        .split("\n")
        .flatMap((line, i) =>
          physicalInTs.test(line) ? [`${relative(root, path)}:${i + 1}: ${line.trim()}`] : [],
        ),
    );
    expect(offenders).toEqual([]);
  });
});
