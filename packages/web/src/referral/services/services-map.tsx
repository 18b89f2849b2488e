import "leaflet/dist/leaflet.css";
import L from "leaflet";
import { type Ref, useEffect, useImperativeHandle, useRef } from "react";
import { useTranslation } from "react-i18next";
// The map module's offline basemap (country outlines shipped with the app), loaded on demand, and
// its keyboard way to the features drawn.
import { loadCountries } from "../../map/basemap.ts";
import { FeatureKeyboard, tooltipText } from "../../map/feature-keyboard.ts";
import { orderFeatures } from "../../map/feature-nav.ts";

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
 * it carries the same services. The services drawn are one Tab stop, named for screen readers;
 * the arrow keys go from one to the next by name, and Enter, Space or a click opens one (`onOpen`:
 * the page shows it in the list).
 */
export default function ServicesMap(props: {
  points: ServicePoint[];
  label: string;
  /** A tile URL template, null for the offline basemap, undefined while the setting loads. */
  tileUrl: string | null | undefined;
  onOpen?: (id: string) => void;
  /** The id of the text that tells how the map works with the keyboard. */
  describedBy?: string;
  handle?: Ref<{ focusService(id: string): boolean }>;
}) {
  const { t, i18n } = useTranslation();
  const el = useRef<HTMLElement>(null);
  const map = useRef<L.Map | null>(null);
  const drawn = useRef<L.FeatureGroup | null>(null);
  const keyboard = useRef<FeatureKeyboard | null>(null);
  const open = useRef(props.onOpen);
  open.current = props.onOpen;

  useImperativeHandle(props.handle, () => ({
    focusService: (id: string) => keyboard.current?.focus(`service:${id}`) ?? false,
  }));

  useEffect(() => {
    if (!el.current) return;
    const m = L.map(el.current, { attributionControl: false, zoomSnap: 0.25 }).setView([60.17, 24.94], 11);
    // The background: screen readers skip it; the list says what the map shows.
    const basemap = m.createPane("basemap");
    basemap.style.zIndex = "250";
    basemap.style.pointerEvents = "none";
    basemap.setAttribute("aria-hidden", "true");
    map.current = m;
    keyboard.current = new FeatureKeyboard(m, {
      onOpen: (key) => open.current?.(key.slice("service:".length)),
      // Nothing is picked on this map: a click opens.
      pointerClickOpens: () => true,
    });
    return () => {
      keyboard.current?.destroy();
      keyboard.current = null;
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

  // Names and tooltips follow the language.
  useEffect(() => {
    const m = map.current;
    if (!m) return;
    const hadFocus = keyboard.current?.focusedKey() ?? null;
    drawn.current?.remove();
    const features = props.points.map((p) => {
      const name = t(
        p.unconditional ? "referral.services.mapFeatureUnconditional" : "referral.services.mapFeature",
        { name: p.name },
      );
      const layer = L.circleMarker([p.lat, p.lon], {
        radius: 8,
        weight: 2,
        color: p.unconditional ? "#065f46" : "#1e3a8a",
        fillColor: p.unconditional ? "#10b981" : "#3b82f6",
        fillOpacity: 0.9,
        className: "services-map-marker",
      }).bindTooltip(tooltipText(name));
      return {
        key: `service:${p.id}`,
        kind: "service" as const,
        title: p.name,
        area: false,
        signals: 0,
        lat: p.lat,
        lon: p.lon,
        layer,
        name,
      };
    });
    const group = L.featureGroup(features.map((f) => f.layer)).addTo(m);
    drawn.current = group;
    keyboard.current?.update(
      orderFeatures(features, i18n.language).map((f) => ({
        key: f.key,
        layer: f.layer,
        name: f.name,
        role: "button",
        kind: f.kind,
      })),
      { overlayPane: t("referral.services.mapFeatures") },
    );
    const bounds = group.getBounds();
    if (bounds.isValid()) m.fitBounds(bounds, { padding: [24, 24], maxZoom: 15 });
    if (hadFocus && !keyboard.current?.focus(hadFocus)) el.current?.focus({ preventScroll: true });
  }, [props.points, t, i18n.language]);

  return (
    <section
      ref={el}
      className="services-map"
      aria-label={props.label}
      aria-describedby={props.describedBy}
      data-points={props.points.length}
    />
  );
}
