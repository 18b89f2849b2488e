import "leaflet/dist/leaflet.css";
import L from "leaflet";
import { useEffect, useRef } from "react";
// The map module's offline basemap (country outlines shipped with the app), loaded on demand.
import { loadCountries } from "../../map/basemap.ts";

export interface ServicePoint {
  id: string;
  name: string;
  lat: number;
  lon: number;
  unconditional: boolean;
}

/**
 * The services drawn with Leaflet as vector markers over the configured tile server, or else the
 * offline basemap shipped with the app, as the local map does: it works without the internet and
 * within the CSP. Lazy-loaded: Leaflet stays out of the directory's first paint. The list beside
 * it carries the same services for keyboard and screen-reader users.
 */
export default function ServicesMap(props: {
  points: ServicePoint[];
  label: string;
  /** A tile URL template, null for the offline basemap, undefined while the setting loads. */
  tileUrl: string | null | undefined;
}) {
  const el = useRef<HTMLElement>(null);
  const map = useRef<L.Map | null>(null);
  const drawn = useRef<L.FeatureGroup | null>(null);

  useEffect(() => {
    if (!el.current) return;
    const m = L.map(el.current, { attributionControl: false, zoomSnap: 0.25 }).setView([60.17, 24.94], 11);
    m.createPane("basemap").style.zIndex = "250";
    map.current = m;
    return () => {
      m.remove();
      map.current = null;
    };
  }, []);

  useEffect(() => {
    const m = map.current;
    if (!m || props.tileUrl === undefined) return;
    if (props.tileUrl) {
      const tiles = L.tileLayer(props.tileUrl, { pane: "basemap", maxZoom: 19 }).addTo(m);
      return () => {
        tiles.remove();
      };
    }
    let outlines: L.GeoJSON | null = null;
    let cancelled = false;
    loadCountries()
      .then((countries) => {
        if (cancelled || !map.current) return;
        outlines = L.geoJSON(countries, {
          pane: "basemap",
          interactive: false,
          style: { color: "#6b7280", weight: 1, fillColor: "#f5f3ea", fillOpacity: 1 },
        }).addTo(map.current);
      })
      .catch(() => {
        // Without the outlines the markers still stand on the plain background.
      });
    return () => {
      cancelled = true;
      outlines?.remove();
    };
  }, [props.tileUrl]);

  useEffect(() => {
    const m = map.current;
    if (!m) return;
    drawn.current?.remove();
    const group = L.featureGroup(
      props.points.map((p) =>
        L.circleMarker([p.lat, p.lon], {
          radius: 8,
          weight: 2,
          color: p.unconditional ? "#065f46" : "#1e3a8a",
          fillColor: p.unconditional ? "#10b981" : "#3b82f6",
          fillOpacity: 0.9,
          className: "services-map-marker",
        }).bindTooltip(p.name),
      ),
    ).addTo(m);
    drawn.current = group;
    const bounds = group.getBounds();
    if (bounds.isValid()) m.fitBounds(bounds, { padding: [24, 24], maxZoom: 15 });
  }, [props.points]);

  return (
    <section ref={el} className="services-map" aria-label={props.label} data-points={props.points.length} />
  );
}
