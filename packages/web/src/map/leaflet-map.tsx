import "leaflet/dist/leaflet.css";
import "./map.css";
import L from "leaflet";
import { type Ref, useEffect, useImperativeHandle, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { LatLon } from "./area.ts";
import { loadCountries, loadRegion } from "./basemap.ts";
import { FeatureKeyboard, tooltipText } from "./feature-keyboard.ts";
import { featureName } from "./feature-names.ts";
import { type FeatureKind, type NavFeature, orderFeatures } from "./feature-nav.ts";
import type { ToggleableLayer } from "./layer-names.ts";
import type { Layers, ServiceOnMap } from "./map-api.ts";

type FeatureProps = { layer?: string; title?: string; share?: number; signals?: number } | null;

/** What the page can ask of the map: to put the focus back on a feature it opened. */
export interface MapHandle {
  focusFeature(key: string): boolean;
}

const layerOfKind: Record<FeatureKind, ToggleableLayer> = {
  location: "locations",
  service: "services",
  outreach: "outreach",
  density: "signal_density",
};
/** A feature as drawn: where the keyboard finds it. */
type Drawn = { nav: NavFeature; layer: L.Path; name: string };

const collection = (features: GeoJSON.Feature[]): GeoJSON.FeatureCollection => ({
  type: "FeatureCollection",
  features,
});
// Point markers in Leaflet's marker pane (600): above the basemap's place names (450), which in
// turn lie above the density squares (350), the boundary and areas (overlay pane, 400).
const marker = { radius: 7, weight: 2, fillOpacity: 0.9, pane: "markerPane" };
const densityClass = (share: number) => `map-density map-density-${Math.min(4, Math.ceil(share * 4))}`;

/**
 * The municipality drawn with Leaflet. The background is the configured tile server, or else the
 * offline basemap: country outlines shipped with the app, so the map works without the internet
 * and within the CSP. Each layer is its own group, shown or hidden as `visible` says. Clicking
 * the map reports the position picked.
 *
 * The places, areas, services and density squares of the visible layers are reached with the
 * keyboard as one Tab stop and named for screen readers (feature-keyboard.ts); Enter, Space or a
 * click that does not pick a position opens one (`onOpen`, with its key: `entry:<id>`,
 * `service:<id>`, `density:<row>:<col>`).
 */
export default function LeafletMap(props: {
  layers: Layers | null;
  services: ServiceOnMap[];
  visible: ReadonlySet<ToggleableLayer>;
  tileUrl: string | null | undefined;
  /** The boundary's version: the offline basemap's region follows the boundary, so a new one reloads it. */
  regionVersion?: number;
  label: string;
  /** An area being drawn: its corners, open (a line) while drawing, closed (a polygon) when finished. */
  draft?: { corners: LatLon[]; closed: boolean } | null;
  onPick?: (lat: number, lon: number) => void;
  /** A feature opened with Enter, Space or a click (see `pointerClickOpens`). */
  onOpen?: (key: string) => void;
  /** Whether a mouse click on a feature opens it; when the map picks positions, the click picks. */
  pointerClickOpens?: boolean;
  /** Whether a service can be opened (its directory is reachable): a link, or only a named picture. */
  servicesOpen?: boolean;
  /** The id of the text that tells how the map works with the keyboard. */
  describedBy?: string;
  handle?: Ref<MapHandle>;
}) {
  const { t, i18n } = useTranslation();
  const el = useRef<HTMLElement>(null);
  const map = useRef<L.Map | null>(null);
  const groups = useRef<Record<ToggleableLayer | "boundary" | "draft", L.LayerGroup> | null>(null);
  const keyboard = useRef<FeatureKeyboard | null>(null);
  const drawn = useRef<Drawn[]>([]);
  const fitted = useRef(false);
  const pick = useRef(props.onPick);
  pick.current = props.onPick;
  const open = useRef(props.onOpen);
  open.current = props.onOpen;
  const clickOpens = useRef(props.pointerClickOpens ?? true);
  clickOpens.current = props.pointerClickOpens ?? true;

  useImperativeHandle(props.handle, () => ({
    focusFeature: (key: string) => keyboard.current?.focus(key) ?? false,
  }));

  useEffect(() => {
    if (!el.current) return;
    const m = L.map(el.current, { attributionControl: false, zoomSnap: 0.25 }).setView([62, 25], 5);
    // (A key event carries no position: Enter on the map picks nothing.)
    m.on("click", (e: L.LeafletMouseEvent) => {
      if (e.latlng) pick.current?.(e.latlng.lat, e.latlng.lng);
    });
    // Drawing order, bottom first: basemap (countries, then the region's land and shores), density,
    // boundary and areas, the basemap's place names (legible over a filled area), point markers.
    // The basemap is background: the page's headings, layer list and tables say what the map
    // shows, so screen readers skip its names.
    for (const [name, z] of [
      ["basemap", "250"],
      ["basemap-region", "255"],
      ["basemap-labels", "450"],
    ] as const) {
      const pane = m.createPane(name);
      pane.style.zIndex = z;
      pane.style.pointerEvents = "none";
      pane.setAttribute("aria-hidden", "true");
    }
    m.createPane("density").style.zIndex = "350";
    groups.current = {
      boundary: L.layerGroup().addTo(m),
      draft: L.layerGroup().addTo(m),
      signal_density: L.layerGroup(),
      locations: L.layerGroup(),
      outreach: L.layerGroup(),
      services: L.layerGroup(),
    };
    map.current = m;
    keyboard.current = new FeatureKeyboard(m, {
      onOpen: (key) => open.current?.(key),
      pointerClickOpens: () => clickOpens.current,
    });
    return () => {
      keyboard.current?.destroy();
      keyboard.current = null;
      m.remove();
      map.current = null;
      groups.current = null;
    };
  }, []);

  // The background: tiles when configured, the offline country outlines otherwise.
  useEffect(() => {
    const m = map.current;
    if (!m || props.tileUrl === undefined) return;
    if (props.tileUrl) {
      const tiles = L.tileLayer(props.tileUrl, { pane: "basemap", maxZoom: 19 }).addTo(m);
      return () => {
        tiles.remove();
      };
    }
    let drawn: L.GeoJSON | null = null;
    let cancelled = false;
    loadCountries()
      .then((countries) => {
        if (cancelled || !map.current) return;
        drawn = L.geoJSON(countries, {
          pane: "basemap",
          interactive: false,
          style: {
            className: "basemap-country",
            color: "#6b7280",
            weight: 1,
            fillColor: "#f5f3ea",
            fillOpacity: 1,
          },
        }).addTo(map.current);
      })
      .catch(() => {
        // Without the outlines the map still shows the municipality on the plain background.
      });
    return () => {
      cancelled = true;
      drawn?.remove();
    };
  }, [props.tileUrl]);

  // Offline, the municipality's region in detail over the countries: sea, land and lakes, shores,
  // and place names that appear zoom by zoom as the server laid them out without overlaps.
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new boundary version means a new region to load
  useEffect(() => {
    const m = map.current;
    if (!m || props.tileUrl !== null) return;
    const region = L.layerGroup().addTo(m);
    const names = new Map<number, L.LayerGroup>();
    const showNames = () => {
      const zoom = Math.floor(m.getZoom());
      for (const [minZoom, group] of names) {
        if (minZoom <= zoom) group.addTo(m);
        else group.remove();
      }
    };
    let cancelled = false;
    loadRegion()
      .then(({ region: r }) => {
        if (cancelled || !r) return;
        const { box } = r;
        const pane = { pane: "basemap-region", interactive: false };
        region.addLayer(
          L.rectangle(
            [
              [box.south, box.west],
              [box.north, box.east],
            ],
            { ...pane, stroke: false, fillColor: "#d7e6ef", fillOpacity: 1, className: "basemap-sea" },
          ),
        );
        region.addLayer(
          L.geoJSON({ type: "MultiPolygon", coordinates: r.land } as GeoJSON.MultiPolygon, {
            ...pane,
            style: { fillColor: "#f5f3ea", fillOpacity: 1, stroke: false, className: "basemap-land" },
          }),
        );
        region.addLayer(
          L.geoJSON({ type: "MultiLineString", coordinates: r.shores } as GeoJSON.MultiLineString, {
            ...pane,
            style: { color: "#6b7280", weight: 1, className: "basemap-shore" },
          }),
        );
        for (const place of r.places) {
          let group = names.get(place.minZoom);
          if (!group) {
            group = L.layerGroup();
            names.set(place.minZoom, group);
          }
          group.addLayer(
            L.marker([place.lat, place.lon], {
              pane: "basemap-labels",
              interactive: false,
              keyboard: false,
              icon: L.divIcon({
                className: `basemap-place basemap-place-${place.rank}`,
                html: placeLabel(place.name),
                iconSize: undefined,
                iconAnchor: [0, 0],
              }),
            }),
          );
        }
        showNames();
        m.on("zoomend", showNames);
      })
      .catch(() => {
        // Without the region the country outlines remain.
      });
    return () => {
      cancelled = true;
      m.off("zoomend", showNames);
      region.remove();
      for (const group of names.values()) group.remove();
    };
  }, [props.tileUrl, props.regionVersion]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: names and tooltips follow the language
  useEffect(() => {
    const m = map.current;
    const g = groups.current;
    if (!m || !g) return;
    // A feature that had the focus is drawn anew: the focus goes back to it (or to the map).
    const hadFocus = keyboard.current?.focusedKey() ?? null;
    for (const [name, group] of Object.entries(g)) if (name !== "draft") group.clearLayers();
    const features: Drawn[] = [];
    const named = (nav: NavFeature, layer: L.Path) => {
      const name = featureName(t, nav);
      features.push({ nav, layer, name });
      return name;
    };
    if (props.layers) {
      const all = props.layers.features as GeoJSON.Feature[];
      const layerOf = (f: GeoJSON.Feature) => (f.properties as FeatureProps)?.layer ?? "locations";
      // Density cells in a pane of their own, under the boundary and the places.
      L.geoJSON(collection(all.filter((f) => layerOf(f) === "signal_density")), {
        pane: "density",
        style: (f) => {
          const share = (f?.properties as FeatureProps)?.share ?? 1;
          return {
            className: densityClass(share),
            color: "#7e22ce",
            weight: 1,
            fillColor: "#a855f7",
            fillOpacity: 0.2 + 0.5 * share,
          };
        },
        onEachFeature: (f, l) => {
          const path = l as L.Polygon;
          const middle = path.getBounds().getCenter();
          const name = named(
            {
              key: String(f.id),
              kind: "density",
              title: "",
              area: true,
              signals: (f.properties as FeatureProps)?.signals ?? 0,
              lat: middle.lat,
              lon: middle.lng,
            },
            path,
          );
          l.bindTooltip(tooltipText(name));
          g.signal_density.addLayer(l);
        },
      });
      L.geoJSON(collection(all.filter((f) => layerOf(f) !== "signal_density")), {
        style: (f) => {
          const layer = (f?.properties as FeatureProps)?.layer;
          if (layer === "boundary")
            return { color: "#1e3a8a", weight: 2, fillColor: "#bfdbfe", fillOpacity: 0.35 };
          const area = f?.geometry.type === "Polygon";
          if (layer === "outreach")
            return {
              color: "#065f46",
              weight: 2,
              fillColor: "#10b981",
              fillOpacity: area ? 0.3 : 0.5,
              ...(area ? { className: "map-area-outreach" } : {}),
            };
          return {
            color: "#9a3412",
            weight: 2,
            fillColor: "#fb923c",
            fillOpacity: area ? 0.3 : 0.6,
            ...(area ? { className: "map-area-location" } : {}),
          };
        },
        pointToLayer: (f, latlng) =>
          layerOf(f) === "outreach"
            ? L.circleMarker(latlng, {
                ...marker,
                color: "#064e3b",
                fillColor: "#10b981",
                className: "map-marker-outreach",
              })
            : L.circleMarker(latlng, {
                ...marker,
                color: "#7c2d12",
                fillColor: "#f97316",
                className: "map-marker-location",
              }),
        onEachFeature: (f, l) => {
          const name = layerOf(f);
          if (name === "boundary") {
            g.boundary.addLayer(l);
            return;
          }
          const title = (f.properties as FeatureProps)?.title ?? "";
          const area = f.geometry.type === "Polygon";
          const at = area ? (l as L.Polygon).getBounds().getCenter() : (l as L.CircleMarker).getLatLng();
          const label = named(
            {
              key: `entry:${f.id}`,
              kind: name === "outreach" ? "outreach" : "location",
              title,
              area,
              signals: (f.properties as FeatureProps)?.signals ?? 0,
              lat: at.lat,
              lon: at.lng,
            },
            l as L.Path,
          );
          // An area carries its title as a label over its middle; a point shows its name on hover
          // and on focus.
          if (area && title)
            l.bindTooltip(tooltipText(title), {
              permanent: true,
              direction: "center",
              className: "map-area-label",
            });
          else if (!area) l.bindTooltip(tooltipText(label));
          (name === "outreach" ? g.outreach : g.locations).addLayer(l);
        },
      });
    }
    for (const s of props.services) {
      if (!s.location) continue;
      const dot = L.circleMarker([s.location.lat, s.location.lon], {
        ...marker,
        radius: 6,
        color: "#1e3a8a",
        fillColor: "#3b82f6",
        className: "map-marker-service",
      });
      const name = named(
        {
          key: `service:${s.id}`,
          kind: "service",
          title: s.name,
          area: false,
          signals: 0,
          lat: s.location.lat,
          lon: s.location.lon,
        },
        dot,
      );
      g.services.addLayer(dot.bindTooltip(tooltipText(name)));
    }
    drawn.current = features;
    const bounds = L.featureGroup(
      [g.boundary, g.locations, g.outreach].flatMap((x) => x.getLayers()),
    ).getBounds();
    if (bounds.isValid() && !fitted.current) {
      m.fitBounds(bounds, { padding: [16, 16] });
      fitted.current = g.boundary.getLayers().length > 0;
    }
    reach();
    if (hadFocus && !keyboard.current?.focus(hadFocus)) el.current?.focus({ preventScroll: true });
  }, [props.layers, props.services, t, i18n.language]);

  // The area being drawn, above everything else: corners as dots, joined as a line or a polygon.
  useEffect(() => {
    const g = groups.current;
    if (!g) return;
    g.draft.clearLayers();
    const corners = props.draft?.corners ?? [];
    if (corners.length === 0) return;
    const style = { color: "#1d4ed8", weight: 3, dashArray: "6 4", interactive: false };
    if (props.draft?.closed && corners.length >= 3)
      g.draft.addLayer(
        L.polygon(corners, {
          ...style,
          fillColor: "#60a5fa",
          fillOpacity: 0.25,
          className: "map-draft-area",
        }),
      );
    else if (corners.length >= 2)
      g.draft.addLayer(L.polyline(corners, { ...style, className: "map-draft-line" }));
    for (const c of corners)
      g.draft.addLayer(
        L.circleMarker(c, {
          radius: 5,
          weight: 2,
          color: "#1e3a8a",
          fillColor: "#ffffff",
          fillOpacity: 1,
          interactive: false,
          className: "map-draft-corner",
        }),
      );
  }, [props.draft]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: reach() reads the props named here
  useEffect(() => {
    const m = map.current;
    const g = groups.current;
    if (!m || !g) return;
    for (const name of ["signal_density", "locations", "outreach", "services"] as const) {
      if (props.visible.has(name)) g[name].addTo(m);
      else g[name].remove();
    }
    reach();
  }, [props.visible, props.servicesOpen]);

  /** The features of the visible layers, in the keyboard's order (Leaflet draws a shape anew each time a layer is shown). */
  function reach() {
    const k = keyboard.current;
    if (!k) return;
    const shown = drawn.current
      .filter((d) => props.visible.has(layerOfKind[d.nav.kind]))
      .map((d) => ({ ...d.nav, layer: d.layer, name: d.name }));
    k.update(
      orderFeatures(shown, i18n.language).map((d) => ({
        key: d.key,
        layer: d.layer,
        name: d.name,
        kind: d.kind,
        role: d.kind !== "service" ? "button" : props.servicesOpen ? "link" : "img",
      })),
      {
        markerPane: t("map.featureGroups.points"),
        overlayPane: t("map.featureGroups.areas"),
        density: t("map.featureGroups.density"),
      },
    );
  }

  return (
    <section ref={el} className="map-canvas" aria-label={props.label} aria-describedby={props.describedBy} />
  );
}

/** A place's dot and name, built as elements: names come from a gazetteer, never as HTML. */
function placeLabel(name: string): HTMLElement {
  const label = document.createElement("span");
  label.className = "basemap-place-label";
  const dot = document.createElement("span");
  dot.className = "basemap-place-dot";
  const text = document.createElement("span");
  text.className = "basemap-place-name";
  text.textContent = name;
  label.append(dot, text);
  return label;
}
