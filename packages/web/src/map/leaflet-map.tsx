import "leaflet/dist/leaflet.css";
import "./map.css";
import L from "leaflet";
import { useEffect, useRef } from "react";

/**
 * The municipality drawn with Leaflet as vector layers on a plain background: no tiles, so it
 * works offline and within the CSP. Clicking the map reports the position picked.
 */
export default function LeafletMap(props: {
  layers: { type: "FeatureCollection"; features: unknown[] } | null;
  label: string;
  onPick?: (lat: number, lon: number) => void;
}) {
  const el = useRef<HTMLElement>(null);
  const map = useRef<L.Map | null>(null);
  const drawn = useRef<L.GeoJSON | null>(null);
  const pick = useRef(props.onPick);
  pick.current = props.onPick;

  useEffect(() => {
    if (!el.current) return;
    const m = L.map(el.current, { attributionControl: false, zoomSnap: 0.25 }).setView([62, 25], 5);
    m.on("click", (e: L.LeafletMouseEvent) => pick.current?.(e.latlng.lat, e.latlng.lng));
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
    if (!props.layers) return;
    const layer = L.geoJSON(props.layers as GeoJSON.FeatureCollection, {
      style: (f) =>
        f?.properties?.layer === "boundary"
          ? { color: "#1e3a8a", weight: 2, fillColor: "#bfdbfe", fillOpacity: 0.5 }
          : { color: "#9a3412", weight: 2, fillColor: "#fb923c", fillOpacity: 0.6 },
      pointToLayer: (_f, latlng) =>
        L.circleMarker(latlng, {
          radius: 7,
          color: "#7c2d12",
          weight: 2,
          fillColor: "#f97316",
          fillOpacity: 0.9,
        }),
      onEachFeature: (f, l) => {
        const title = (f.properties as { title?: string } | null)?.title;
        if (title) l.bindTooltip(title);
      },
    }).addTo(m);
    drawn.current = layer;
    const bounds = layer.getBounds();
    if (bounds.isValid()) m.fitBounds(bounds, { padding: [16, 16] });
  }, [props.layers]);

  return <section ref={el} className="map-canvas" aria-label={props.label} />;
}
