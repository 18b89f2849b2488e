import type { Page } from "playwright-core";

/** What has the focus, as a keyboard user meets it. */
export interface Focused {
  tag: string;
  /** The accessible name as far as a test needs it: aria-label, the label, or the text. */
  name: string;
  /** Position in document order, to check that Tab follows the page. */
  order: number;
  /** Landmark the element sits in. */
  region: "header" | "nav" | "main" | "footer" | "dialog" | "none";
  ariaInvalid: boolean;
  /** Why the focus indicator is not good enough, or null when it is. */
  indicatorProblem: string | null;
}

/**
 * Reads the focused element. The indicator must be an outline of at least 2 px with 3:1 contrast
 * against what is behind it (WCAG 2.4.7 and 1.4.11; 2.4.13's 2 px), or a halo (box-shadow) beside one;
 * for a shape drawn on a map (SVG), its stroke, at least 2 px with 3:1 against the map's background.
 */
export function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || el === document.documentElement) return null;
    const luminance = (css: string) => {
      const [r, g, b] = (css.match(/[\d.]+/g) ?? ["0", "0", "0"]).slice(0, 3).map((v) => {
        const c = Number(v) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
    };
    const alpha = (css: string) => {
      const m = css.match(/rgba?\(([^)]+)\)/);
      const parts = m?.[1]?.split(/[ ,/]+/).filter(Boolean) ?? [];
      return parts.length > 3 ? Number(parts[3]) : 1;
    };
    // The first opaque background around the element: what its outline is seen against.
    let behind = "rgb(255, 255, 255)";
    for (let n: HTMLElement | null = el.parentElement; n; n = n.parentElement) {
      const bg = getComputedStyle(n).backgroundColor;
      if (alpha(bg) > 0.5) {
        behind = bg;
        break;
      }
    }
    const style = getComputedStyle(el);
    // A shape drawn on a map (an SVG path) shows its focus by its own stroke, as an outline.
    const svg = el instanceof SVGElement;
    const width = Number.parseFloat(svg ? style.strokeWidth : style.outlineWidth);
    const color = svg ? style.stroke : style.outlineColor;
    const [l1, l2] = [luminance(color), luminance(behind)].sort((a, b) => b - a);
    const contrast = ((l1 ?? 0) + 0.05) / ((l2 ?? 0) + 0.05);
    let indicatorProblem: string | null = null;
    if (svg && (style.stroke === "none" || width < 2 || contrast < 3))
      indicatorProblem = `stroke ${color} ${width}px on ${behind}: ${contrast.toFixed(2)}:1`;
    else if (!svg && (style.outlineStyle === "none" || width < 2))
      indicatorProblem = `outline ${style.outlineStyle} ${width}px`;
    else if (!svg && contrast < 3 && style.boxShadow === "none")
      indicatorProblem = `outline ${style.outlineColor} on ${behind}: ${contrast.toFixed(2)}:1`;
    const labelled = el.getAttribute("aria-label") ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? "";
    const region = el.closest("dialog")
      ? "dialog"
      : el.closest("header")
        ? "header"
        : el.closest("nav")
          ? "nav"
          : el.closest("main")
            ? "main"
            : el.closest("footer")
              ? "footer"
              : "none";
    return {
      tag: el.tagName.toLowerCase(),
      name: (labelled || el.textContent || "").replace(/\s+/g, " ").trim().slice(0, 100),
      order: Array.prototype.indexOf.call(document.querySelectorAll("*"), el),
      region,
      ariaInvalid: el.getAttribute("aria-invalid") === "true",
      indicatorProblem,
    };
  });
}

/**
 * Presses `key` (Tab or Shift+Tab) until the focus is on an element `wanted` accepts, and returns
 * the stops on the way. Every stop must show a good focus indicator; not reaching the element
 * within `max` presses means it cannot be reached, or the focus is held somewhere.
 */
export async function tabTo(
  page: Page,
  wanted: (f: Focused) => boolean,
  options: { key?: "Tab" | "Shift+Tab"; max?: number } = {},
): Promise<Focused[]> {
  const stops: Focused[] = [];
  for (let i = 0; i < (options.max ?? 80); i++) {
    await page.keyboard.press(options.key ?? "Tab");
    const f = await focused(page);
    if (!f) continue;
    if (f.indicatorProblem)
      throw new Error(`no visible focus on <${f.tag}> "${f.name}": ${f.indicatorProblem}`);
    stops.push(f);
    if (wanted(f)) return stops;
  }
  throw new Error(
    `not reached with ${options.key ?? "Tab"}; stops: ${stops.map((s) => `${s.tag} "${s.name}"`).join(" → ")}`,
  );
}

/** Matches the focused element by tag and exact name (or a pattern). */
export const named =
  (tag: string, name: string | RegExp) =>
  (f: Focused): boolean =>
    f.tag === tag && (typeof name === "string" ? f.name === name : name.test(f.name));
