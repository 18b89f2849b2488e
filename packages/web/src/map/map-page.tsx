import type { PlaceGeometry } from "@ariadne/domain/mapping/geojson.ts";
import { useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { hasAny, useMe } from "../auth/index.ts";
import { Alert, CheckboxField, errorText, Loading, Page, useLoad } from "../ui/index.ts";
import { type AreaDraft, parseArea, withCorner } from "./area.ts";
import { BoundaryForm } from "./boundary-form.tsx";
import { EntryForm } from "./entry-form.tsx";
import { EntryTable, type OpenedEntries } from "./entry-table.tsx";
import { densityMembers, type SignalPlace } from "./feature-nav.ts";
import { LayerControls } from "./layer-controls.tsx";
import { type ToggleableLayer, toggleableLayers } from "./layer-names.ts";
import LeafletMap, { type MapHandle } from "./leaflet-map.tsx";
import { type Layers, mapApi } from "./map-api.ts";
import { Priorities } from "./priorities.tsx";

type LayerFeature = {
  id?: string | number;
  geometry?: { type: string; coordinates: unknown };
  properties?: { layer?: string; signals?: number; stale?: boolean };
};

/**
 * What a feature of the map opens in the table of entries: an entry its own row, a density square
 * the rows of the entries whose signals it counts. Null for what is not in the table.
 */
function entriesOf(key: string, layers: Layers | null): string[] | null {
  if (key.startsWith("entry:")) return [key.slice("entry:".length)];
  if (!key.startsWith("density:") || !layers) return null;
  const features = layers.features as LayerFeature[];
  const cell = features.find((f) => String(f.id) === key);
  const ring = (cell?.geometry?.coordinates as number[][][] | undefined)?.[0];
  if (!ring) return null;
  const places: SignalPlace[] = features
    .filter((f) => f.properties?.layer === "locations" || f.properties?.layer === "outreach")
    .map((f) => ({
      id: String(f.id),
      geometry: f.geometry as PlaceGeometry,
      signals: f.properties?.signals ?? 0,
      stale: f.properties?.stale ?? false,
    }));
  return densityMembers(ring, places);
}

/** Entry page of the map module (lazy-loaded chunk): the map, the entries, the priorities. */
export default function MapPage() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const mapHandle = useRef<MapHandle>(null);
  // The entries a feature of the map opened: marked in the table, the focus on the first.
  const [opened, setOpened] = useState<OpenedEntries | null>(null);
  const [showArchived, setShowArchived] = useState(false);
  const [entries, reloadEntries] = useLoad(() => mapApi.entries(showArchived), `entries:${showArchived}`);
  const [layers, reloadLayers] = useLoad(() => mapApi.layers(), "layers");
  const [boundary, reloadBoundary] = useLoad(() => mapApi.boundary(), "boundary");
  const [ranking, reloadRanking] = useLoad(() => mapApi.priorities(), "priorities");
  const [basemap] = useLoad(() => mapApi.basemap(), "basemap");
  const [services] = useLoad(() => mapApi.services(), "services");
  const [picked, setPicked] = useState<{ lat: number; lon: number } | null>(null);
  // An area being drawn or edited: map clicks add its corners while it is being drawn.
  const [draft, setDraft] = useState<AreaDraft | null>(null);
  const onPick = (lat: number, lon: number) => {
    if (!draft) setPicked({ lat, lon });
    else if (draft.drawing) setDraft({ ...draft, text: withCorner(draft.text, [lat, lon]) });
  };
  const drawn = useMemo(
    () => (draft ? { corners: parseArea(draft.text).corners, closed: !draft.drawing } : null),
    [draft],
  );
  const [visible, setVisible] = useState<Set<ToggleableLayer>>(() => new Set(toggleableLayers));
  const canManage = entries.data?.abilities.manage ?? false;
  const listed = entries.data?.items ?? [];
  // Priorities and the map speak of current entries only; the list may show archived ones too.
  const items = listed.filter((e) => !e.archived);
  const hasBoundary = Boolean(boundary.data?.boundary);
  const counts = useMemo(() => {
    const c = Object.fromEntries(toggleableLayers.map((l) => [l, 0])) as Record<ToggleableLayer, number>;
    for (const f of (layers.data?.features ?? []) as { properties?: { layer?: string } }[]) {
      const l = f.properties?.layer as ToggleableLayer | undefined;
      if (l && l in c) c[l] += 1;
    }
    c.services = services.data?.length ?? 0;
    return c;
  }, [layers.data, services.data]);
  const reloadMap = async () => {
    await Promise.all([reloadEntries(), reloadLayers()]);
  };
  // A service opens in the service directory, for those who may go there.
  const servicesOpen = hasAny(me, ["services:read"]) && hasAny(me, ["cases:read", "referrals:receive"]);
  const openFeature = (key: string) => {
    if (key.startsWith("service:")) {
      if (servicesOpen) navigate("/referrals/services", { state: { service: key.slice("service:".length) } });
      return;
    }
    const ids = entriesOf(key, layers.data ?? null);
    if (!ids || ids.length === 0) return;
    setOpened((before) => ({
      key,
      ids,
      density: key.startsWith("density:"),
      seq: (before?.seq ?? 0) + 1,
    }));
  };

  return (
    <Page title={t("map.title")} intro={t("map.intro")}>
      {entries.status === "failed" ? <Alert tone="error">{errorText(t, entries.error)}</Alert> : null}
      <section className="panel" aria-labelledby="map-canvas-title">
        <h2 id="map-canvas-title">{t("map.mapHeading")}</h2>
        {boundary.data && !hasBoundary ? <p>{t("map.noBoundary")}</p> : null}
        <p className="field-hint">{canManage ? t("map.mapHint") : t("map.openHint")}</p>
        <LayerControls visible={visible} counts={counts} onChange={setVisible} />
        <LeafletMap
          layers={layers.data ?? null}
          services={services.data ?? []}
          visible={visible}
          tileUrl={basemap.status === "failed" ? null : basemap.data?.tileUrl}
          regionVersion={boundary.data?.version}
          label={t("map.mapLabel")}
          draft={drawn}
          onPick={canManage ? onPick : undefined}
          onOpen={openFeature}
          pointerClickOpens={!canManage}
          servicesOpen={servicesOpen}
          describedBy="map-keyboard-hint"
          handle={mapHandle}
        />
        <p className="field-hint" id="map-keyboard-hint">
          {t("map.keyboardHint")}
        </p>
        <p className="field-hint">
          {basemap.data?.tileUrl ? t("map.basemapTiles") : t("map.basemapOffline")}
        </p>
        {basemap.data && !basemap.data.tileUrl ? (
          <p className="field-hint">{t("map.basemapSources")}</p>
        ) : null}
      </section>
      {canManage && boundary.data ? (
        <BoundaryForm
          version={boundary.data.version}
          onSaved={async () => {
            await Promise.all([reloadBoundary(), reloadLayers()]);
          }}
        />
      ) : null}
      <section aria-labelledby="entries-title">
        <h2 id="entries-title">{t("map.entriesTitle")}</h2>
        {entries.status === "loading" && !entries.data ? <Loading /> : null}
        <CheckboxField
          label={t("map.showArchived")}
          name="showArchived"
          checked={showArchived}
          onChange={(e) => setShowArchived(e.target.checked)}
        />
        {entries.data && listed.length === 0 ? <p>{t("map.entriesEmpty")}</p> : null}
        <p role="status" className="field-hint map-opened-status">
          {opened?.density ? t("map.densityOpened", { count: opened.ids.length }) : ""}
        </p>
        {listed.length > 0 ? (
          <EntryTable
            items={listed}
            canManage={canManage}
            draft={draft}
            onDraft={setDraft}
            onChanged={reloadMap}
            opened={opened}
            onBackToMap={() => {
              if (opened) mapHandle.current?.focusFeature(opened.key);
            }}
          />
        ) : null}
      </section>
      {canManage ? (
        <EntryForm picked={picked} draft={draft} onDraft={setDraft} onCreated={reloadMap} />
      ) : null}
      <Priorities
        ranking={ranking.data}
        failed={ranking.status === "failed" ? ranking.error : null}
        entries={items}
        reload={async () => {
          await reloadRanking();
        }}
      />
    </Page>
  );
}
