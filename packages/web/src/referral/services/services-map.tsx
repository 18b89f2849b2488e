import "leaflet/dist/leaflet.css";
import L from "leaflet";
import { useEffect, useRef } from "react";

export interface ServicePoint {
  id: string;
  name: string;
  lat: number;
  lon: number;
  unconditional: boolean;
}

/**
 * The services drawn with Leaflet as vector markers on a plain background: no tiles, so it works
 * offline and within the CSP (the map module's approach). Lazy-loaded: Leaflet stays out of the
 * directory's first paint. The list beside it carries the same services for screen readers.
 */
export default function ServicesMap(props: { points: ServicePoint[]; label: string }) {
  const el = useRef<HTMLElement>(null);
  const map = useRef<L.Map | null>(null);
  const drawn = useRef<L.FeatureGroup | null>(null);

  useEffect(() => {
    if (!el.current) return;
    const m = L.map(el.current, { attributionControl: false, zoomSnap: 0.25 }).setView([60.17, 24.94], 11);
    map.current = m;
    return () => {
      m.remove();
      map.current = null;
    };
  }, []);

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
