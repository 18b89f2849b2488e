import "./feature-keyboard.css";
import L from "leaflet";
import { isMoveKey, moveTarget } from "./feature-nav.ts";

/**
 * The features drawn on a Leaflet map made reachable with the keyboard and named for screen
 * readers (WCAG 2.1.1, 1.1.1, 2.4.7, 2.4.11, 4.1.2), one pattern for the local map and the
 * service map: a roving tab stop. Of all the features one is in the Tab order (the last one
 * focused, at first the first); the arrow keys, Home, End, Page Up and Page Down move between them
 * in the order given, Enter or Space opens one, Escape returns to the map, and Tab and Shift+Tab
 * leave. Each feature's shape is a `role` with its name; the panes that hold them are labelled
 * groups. The focused feature is outlined (its stroke in the focus colour, with a dark ring and a
 * yellow halo drawn above everything), its tooltip opens, and the map pans to keep it in view.
 */
export interface KeyboardFeature {
  key: string;
  /** The drawn shape: a circle marker or a polygon, added to the map (or it is left out). */
  layer: L.Path;
  name: string;
  /** "button" acts on the page, "link" goes to another page, "img" only shows (nothing to open). */
  role: "button" | "link" | "img";
  /** The layer it belongs to: Page Up and Page Down move between these. */
  kind: string;
}

export interface FeatureKeyboardOptions {
  /** Enter, Space, or a click that `clickOpens` allows, on an openable feature. */
  onOpen(key: string): void;
  /**
   * Whether a pointer click on a feature opens it. A click that no pointer made (a screen reader's
   * browse mode activating the feature, or a key) always does.
   */
  pointerClickOpens(): boolean;
}

/** Keeps the feature's whole shape clear of the map's edge and its zoom buttons (top left). */
const padTopLeft = L.point(56, 24);
const padBottomRight = L.point(24, 24);
const reducedMotion = () => window.matchMedia?.("(prefers-reduced-motion: reduce)").matches ?? false;

export class FeatureKeyboard {
  private items: KeyboardFeature[] = [];
  private readonly byElement = new Map<Element, number>();
  /** The feature holding the tab stop. */
  private current: string | null = null;
  /**
   * Whether a feature has had the focus. Until one has, the stop stays on the first feature as the
   * layers arrive (services may be drawn before places: the stop must not stay on a service).
   */
  private chosen = false;
  private readonly ring: L.LayerGroup;
  private readonly wired = new WeakSet<L.Path>();
  private readonly grouped = new Set<HTMLElement>();
  private readonly container: HTMLElement;

  constructor(
    private readonly map: L.Map,
    private readonly options: FeatureKeyboardOptions,
  ) {
    this.container = map.getContainer();
    // The focus ring, above the features and the tooltips (an area's label must not hide a
    // focused place: 2.4.11), under popups; only a picture of the focus.
    const pane = map.createPane("feature-focus");
    pane.style.zIndex = "660";
    pane.style.pointerEvents = "none";
    pane.setAttribute("aria-hidden", "true");
    this.ring = L.layerGroup().addTo(map);
    // Tooltips repeat what the features' names say: screen readers read the names once.
    map.getPane("tooltipPane")?.setAttribute("aria-hidden", "true");
    this.container.addEventListener("keydown", this.onKeyDown);
    this.container.addEventListener("focusin", this.onFocusIn);
    this.container.addEventListener("focusout", this.onFocusOut);
  }

  destroy() {
    this.container.removeEventListener("keydown", this.onKeyDown);
    this.container.removeEventListener("focusin", this.onFocusIn);
    this.container.removeEventListener("focusout", this.onFocusOut);
  }

  /**
   * The features a user can reach now, in order (those of hidden layers left out). Call after
   * every redraw and every change of the visible layers: Leaflet draws a new shape each time a
   * layer is added to the map. `groupLabels` names each pane that holds features, by pane name.
   */
  update(features: readonly KeyboardFeature[], groupLabels: Readonly<Record<string, string>>) {
    const before = [...this.byElement.keys()];
    this.byElement.clear();
    this.items = features.filter((f) => f.layer.getElement());
    if (!this.chosen || !this.items.some((f) => f.key === this.current))
      this.current = this.items[0]?.key ?? null;
    const panes = new Map<HTMLElement, string>();
    this.items.forEach((f, i) => {
      const el = f.layer.getElement() as SVGElement;
      this.byElement.set(el, i);
      el.classList.add("map-feature");
      el.setAttribute("role", f.role);
      el.setAttribute("aria-label", f.name);
      el.setAttribute("tabindex", f.key === this.current ? "0" : "-1");
      // The drawing (an SVG root, "graphic" to a screen reader) is only where they are: the
      // features belong to their pane's group, where a virtual cursor finds them one by one.
      el.ownerSVGElement?.setAttribute("role", "none");
      const paneName = f.layer.options.pane ?? "overlayPane";
      const pane = this.map.getPane(paneName);
      if (pane) panes.set(pane, groupLabels[paneName] ?? "");
      this.wire(f.layer);
    });
    // A shape no longer reached leaves the Tab order (one still reached keeps its attribute
    // throughout: the focused one must never be unfocusable, even for a moment).
    for (const el of before) if (!this.byElement.has(el)) el.removeAttribute("tabindex");
    // A pane that holds features is a labelled group; one that no longer does is no group.
    for (const pane of this.grouped)
      if (!panes.has(pane)) {
        pane.removeAttribute("role");
        pane.removeAttribute("aria-label");
        this.grouped.delete(pane);
      }
    for (const [pane, label] of panes) {
      pane.setAttribute("role", "group");
      if (label) pane.setAttribute("aria-label", label);
      this.grouped.add(pane);
    }
    if (this.focusedIndex() === null) this.ring.clearLayers();
  }

  /** The key of the feature that has the focus, if one has. */
  focusedKey(): string | null {
    const i = this.focusedIndex();
    return i === null ? null : (this.items[i]?.key ?? null);
  }

  /** Puts the focus on a feature (and the tab stop with it); false when it is not on the map now. */
  focus(key: string): boolean {
    const i = this.items.findIndex((f) => f.key === key);
    if (i === -1) return false;
    this.focusAt(i);
    return true;
  }

  private focusedIndex(): number | null {
    const el = document.activeElement;
    return el ? (this.byElement.get(el) ?? null) : null;
  }

  private focusAt(i: number) {
    const el = this.items[i]?.layer.getElement() as SVGElement | undefined;
    // The map container must never scroll: the map pans instead (in onFocusIn).
    el?.focus({ preventScroll: true });
  }

  private wire(layer: L.Path) {
    if (this.wired.has(layer)) return;
    this.wired.add(layer);
    // The tooltip would describe the feature by the same words as its name: one is enough.
    (layer as unknown as { _setAriaDescribedByOnLayer(): void })._setAriaDescribedByOnLayer = () => {};
    layer.on("click", (e: L.LeafletMouseEvent) => {
      const i = this.items.findIndex((f) => f.layer === layer);
      const f = this.items[i];
      if (!f || f.role === "img") return;
      const byPointer = (e.originalEvent?.detail ?? 0) > 0;
      if (byPointer && !this.options.pointerClickOpens()) return;
      // Opened, not picked: the map under it does not take this click.
      L.DomEvent.stopPropagation(e);
      this.options.onOpen(f.key);
    });
  }

  private readonly onKeyDown = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const at = this.byElement.get(e.target as Element);
    if (at === undefined) return;
    const f = this.items[at];
    if (!f) return;
    if (isMoveKey(e.key)) {
      const rtl = getComputedStyle(this.container).direction === "rtl";
      const to = moveTarget(e.key, at, this.items, rtl);
      if (to !== null) this.focusAt(to);
    } else if (e.key === "Enter" || e.key === " ") {
      if (f.role !== "img") this.options.onOpen(f.key);
    } else if (e.key === "Escape") {
      this.container.focus({ preventScroll: true });
    } else if (e.key === "+" || e.key === "=" || e.key === "-" || e.key === "_") {
      // Zoom as on the map itself, about the focused feature, which stays in view. At once, not
      // animated: Leaflet drops a zoom asked for while one is animating, and keys come quickly.
      const zoom = this.map.getZoom() + (e.key === "+" || e.key === "=" ? 1 : -1);
      this.map.setZoomAround(this.centreOf(f.layer), zoom, { animate: false });
      this.reveal(f.layer);
    } else return;
    // Handled here: the page does not scroll, and Leaflet's own keys do not act as well.
    e.preventDefault();
    e.stopPropagation();
  };

  private readonly onFocusIn = (e: FocusEvent) => {
    const at = this.byElement.get(e.target as Element);
    if (at === undefined) return;
    const f = this.items[at];
    if (!f) return;
    this.chosen = true;
    if (this.current !== f.key) {
      const before = this.items.find((x) => x.key === this.current)?.layer.getElement();
      before?.setAttribute("tabindex", "-1");
      (e.target as Element).setAttribute("tabindex", "0");
      this.current = f.key;
    }
    const el = e.target as Element;
    // A click focuses the shape too; the ring and the panning are for the keyboard's focus.
    if (el.matches(":focus-visible")) {
      this.drawRing(f.layer);
      this.reveal(f.layer);
    }
  };

  private readonly onFocusOut = (e: FocusEvent) => {
    if (this.byElement.has(e.target as Element)) this.ring.clearLayers();
  };

  private centreOf(layer: L.Path): L.LatLng {
    return layer instanceof L.CircleMarker
      ? layer.getLatLng()
      : (layer as unknown as L.Polygon).getBounds().getCenter();
  }

  /** The shape's box in the map's container, in pixels, with its focus ring. */
  private boxOf(layer: L.Path): L.Bounds {
    if (layer instanceof L.CircleMarker) {
      const c = this.map.latLngToContainerPoint(layer.getLatLng());
      const r = layer.getRadius() + (layer.options.weight ?? 0) / 2 + 7;
      return L.bounds(c.subtract([r, r]), c.add([r, r]));
    }
    const b = (layer as unknown as L.Polygon).getBounds();
    return L.bounds(
      this.map.latLngToContainerPoint(b.getNorthWest()),
      this.map.latLngToContainerPoint(b.getSouthEast()),
    );
  }

  /** The box of the shape's open tooltip in the map's container, in pixels. */
  private tooltipBoxOf(layer: L.Path): L.Bounds | null {
    const tooltip = layer.getTooltip();
    const tip = tooltip?.isOpen() ? tooltip.getElement() : undefined;
    if (!tip) return null;
    const r = tip.getBoundingClientRect();
    const c = this.container.getBoundingClientRect();
    return L.bounds([r.left - c.left, r.top - c.top], [r.right - c.left, r.bottom - c.top]);
  }

  /**
   * Pans the map so the whole feature shows, clear of the zoom buttons, with its tooltip when
   * both fit; an area larger than the map is zoomed out to.
   */
  private reveal(layer: L.Path) {
    const size = this.map.getSize();
    const min = padTopLeft;
    const max = size.subtract(padBottomRight);
    const fits = (b: L.Bounds) =>
      Boolean(b.min && b.max && b.max.x - b.min.x <= max.x - min.x && b.max.y - b.min.y <= max.y - min.y);
    const shape = this.boxOf(layer);
    const tip = this.tooltipBoxOf(layer);
    const withTip = tip ? L.bounds([shape.min!, shape.max!, tip.min!, tip.max!]) : shape;
    const box = fits(withTip) ? withTip : shape;
    const { min: lo, max: hi } = box;
    if (!lo || !hi) return;
    const animate = !reducedMotion();
    if (!fits(box)) {
      if (!(layer instanceof L.CircleMarker)) {
        const bounds = (layer as unknown as L.Polygon).getBounds();
        this.map.fitBounds(bounds, {
          paddingTopLeft: padTopLeft,
          paddingBottomRight: padBottomRight,
          maxZoom: this.map.getZoom(),
          animate,
        });
      }
      return;
    }
    const dx = lo.x < min.x ? lo.x - min.x : hi.x > max.x ? hi.x - max.x : 0;
    const dy = lo.y < min.y ? lo.y - min.y : hi.y > max.y ? hi.y - max.y : 0;
    if (dx !== 0 || dy !== 0) this.map.panBy([dx, dy], { animate });
  }

  /** A dark ring and a yellow halo around the shape, as the app's focus outline (styles.css). */
  private drawRing(layer: L.Path) {
    this.ring.clearLayers();
    const style = getComputedStyle(this.container);
    const dark = style.getPropertyValue("--focus").trim() || "#0b3a6e";
    const halo = style.getPropertyValue("--focus-halo").trim() || "#ffd54f";
    const common = { pane: "feature-focus", interactive: false, fill: false, className: "map-focus-ring" };
    if (layer instanceof L.CircleMarker) {
      const edge = layer.getRadius() + (layer.options.weight ?? 0) / 2;
      const at = layer.getLatLng();
      this.ring.addLayer(L.circleMarker(at, { ...common, radius: edge + 4.5, weight: 4, color: halo }));
      this.ring.addLayer(L.circleMarker(at, { ...common, radius: edge + 1.5, weight: 3, color: dark }));
    } else {
      const corners = (layer as unknown as L.Polygon).getLatLngs() as L.LatLng[][];
      this.ring.addLayer(L.polygon(corners, { ...common, weight: 9, color: halo }));
      this.ring.addLayer(L.polygon(corners, { ...common, weight: 3, color: dark }));
    }
  }
}

/**
 * A tooltip's content as text: Leaflet sets a string as HTML, and titles and names are typed by
 * users.
 */
export function tooltipText(text: string): HTMLElement {
  const span = document.createElement("span");
  span.textContent = text;
  return span;
}
