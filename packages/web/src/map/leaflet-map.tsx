import "leaflet/dist/leaflet.css";
import "./map.css";
import L from "leaflet";
import { useEffect, useRef } from "react";
import type { LatLon } from "./area.ts";
import { loadCountries, loadRegion } from "./basemap.ts";
import type { ToggleableLayer } from "./layer-names.ts";
import type { Layers, ServiceOnMap } from "./map-api.ts";

type FeatureProps = { layer?: string; title?: string; share?: number; signals?: number } | null;

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
}) {
  const el = useRef<HTMLElement>(null);
  const map = useRef<L.Map | null>(null);
  const groups = useRef<Record<ToggleableLayer | "boundary" | "draft", L.LayerGroup> | null>(null);
  const fitted = useRef(false);
  const pick = useRef(props.onPick);
  pick.current = props.onPick;

  useEffect(() => {
    if (!el.current) return;
    const m = L.map(el.current, { attributionControl: false, zoomSnap: 0.25 }).setView([62, 25], 5);
    m.on("click", (e: L.LeafletMouseEvent) => pick.current?.(e.latlng.lat, e.latlng.lng));
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
    return () => {
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

  useEffect(() => {
    const m = map.current;
    const g = groups.current;
    if (!m || !g) return;
    for (const [name, group] of Object.entries(g)) if (name !== "draft") group.clearLayers();
    if (props.layers) {
      const features = props.layers.features as GeoJSON.Feature[];
      const layerOf = (f: GeoJSON.Feature) => (f.properties as FeatureProps)?.layer ?? "locations";
      // Density cells in a pane of their own, under the boundary and the places.
      L.geoJSON(collection(features.filter((f) => layerOf(f) === "signal_density")), {
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
          l.bindTooltip(String((f.properties as FeatureProps)?.signals ?? ""));
          g.signal_density.addLayer(l);
        },
      });
      L.geoJSON(collection(features.filter((f) => layerOf(f) !== "signal_density")), {
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
          const title = (f.properties as FeatureProps)?.title;
          // An area carries its title as a label over its middle; a point shows it on hover.
          if (title)
            l.bindTooltip(
              title,
              f.geometry.type === "Polygon"
                ? { permanent: true, direction: "center", className: "map-area-label" }
                : {},
            );
          const name = layerOf(f);
          (name === "boundary" ? g.boundary : name === "outreach" ? g.outreach : g.locations).addLayer(l);
        },
      });
    }
    for (const s of props.services) {
      if (!s.location) continue;
      g.services.addLayer(
        L.circleMarker([s.location.lat, s.location.lon], {
          ...marker,
          radius: 6,
          color: "#1e3a8a",
          fillColor: "#3b82f6",
          className: "map-marker-service",
        }).bindTooltip(s.name),
      );
    }
    const bounds = L.featureGroup(
      [g.boundary, g.locations, g.outreach].flatMap((x) => x.getLayers()),
    ).getBounds();
    if (bounds.isValid() && !fitted.current) {
      m.fitBounds(bounds, { padding: [16, 16] });
      fitted.current = g.boundary.getLayers().length > 0;
    }
  }, [props.layers, props.services]);

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

  useEffect(() => {
    const m = map.current;
    const g = groups.current;
    if (!m || !g) return;
    for (const name of ["signal_density", "locations", "outreach", "services"] as const) {
      if (props.visible.has(name)) g[name].addTo(m);
      else g[name].remove();
    }
  }, [props.visible]);

  return <section ref={el} className="map-canvas" aria-label={props.label} />;
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
