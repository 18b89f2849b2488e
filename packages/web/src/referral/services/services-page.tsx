import { BasemapSettings } from "@ariadne/domain/mapping/index.ts";
import { filterServices, type ServiceFilter, serviceTypes } from "@ariadne/domain/referral/index.ts";
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, Route, Routes, useLocation, useNavigate, useParams } from "react-router";
import { request } from "../../api/client.ts";
import { currentLocale } from "../../i18n/index.ts";
import { languageNames, languagesByName } from "../../ui/code-names.ts";
import { Alert, CheckboxField, errorText, Loading, Page, SelectField, useLoad } from "../../ui/index.ts";
import { availabilityText, demandsOf } from "./labels.ts";
import MatchPage from "./match-page.tsx";
import { AvailabilityForm, ServiceForm } from "./service-form.tsx";
import { ServiceImport } from "./service-import.tsx";
import { exportUrl, type ServiceView, servicesApi } from "./services-api.ts";
import "./services.css";

// Leaflet loads only when the map is drawn, in a chunk of its own.
const ServicesMap = lazy(() => import("./services-map.tsx"));

/** The service directory (issue 5): list and map, the service form, CSV import, matching. */
export default function ServicesPage() {
  return (
    <Routes>
      <Route index element={<DirectoryPage />} />
      <Route path="new" element={<NewServicePage />} />
      <Route path="match" element={<MatchPage />} />
      <Route path=":id" element={<EditServicePage />} />
    </Routes>
  );
}

type Notice = { tone: "success" | "error"; text: string } | null;

function DirectoryPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [directory, reload] = useLoad(() => servicesApi.list(), "directory");
  const [basemap] = useLoad(() => request("GET", "/api/v1/mapping/basemap", BasemapSettings), "basemap");
  const [filter, setFilter] = useState<ServiceFilter>({});
  const all = directory.data?.items ?? [];
  const items = useMemo(() => filterServices(all, filter), [all, filter]);
  // By name in the reader's language, as a reader looks them up (not by code).
  const languages = useMemo(
    () =>
      languagesByName(
        all.flatMap((s) => s.languages),
        locale,
      ),
    [all, locale],
  );
  const points = useMemo(
    () =>
      items.flatMap((s) =>
        s.location
          ? [
              {
                id: s.id,
                name: s.name,
                lat: s.location.lat,
                lon: s.location.lon,
                unconditional: s.unconditional,
              },
            ]
          : [],
      ),
    [items],
  );
  const abilities = directory.data?.abilities;
  const state = useLocation().state as { notice?: string; service?: string } | null;
  const notice = state?.notice;
  const mapHandle = useRef<{ focusService(id: string): boolean }>(null);
  // The service a feature of a map opened (this one, or the local map's services layer): marked
  // in the list, its name focused once each time (seq).
  const [opened, setOpened] = useState<{ id: string; seq: number } | null>(null);
  const openService = (id: string) => setOpened((before) => ({ id, seq: (before?.seq ?? 0) + 1 }));
  const fromLocalMap = state?.service;
  const listed = Boolean(directory.data);
  useEffect(() => {
    if (fromLocalMap && listed) setOpened({ id: fromLocalMap, seq: 1 });
  }, [fromLocalMap, listed]);

  return (
    <Page title={t("referral.services.title")} intro={t("referral.services.intro")}>
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      {directory.status === "failed" ? <Alert tone="error">{errorText(t, directory.error)}</Alert> : null}
      <p className="button-row">
        {abilities?.manage ? (
          <Link className="button button-primary" to="new">
            {t("referral.services.addLink")}
          </Link>
        ) : null}
        {abilities?.match ? (
          <Link className="button" to="match">
            {t("referral.services.match.link")}
          </Link>
        ) : null}
        <a className="button" href={exportUrl} download>
          {t("referral.services.exportLink")}
        </a>
      </p>
      <fieldset className="services-filters">
        <legend>{t("referral.services.filters.legend")}</legend>
        <div className="form form-inline">
          <SelectField
            label={t("referral.services.filters.type")}
            value={filter.type ?? ""}
            onChange={(e) =>
              setFilter((f) => ({ ...f, type: (e.target.value || undefined) as ServiceFilter["type"] }))
            }
          >
            <option value="">{t("referral.services.filters.anyType")}</option>
            {serviceTypes.map((x) => (
              <option key={x} value={x}>
                {t(`referral.services.types.${x}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t("referral.services.filters.language")}
            value={filter.language ?? ""}
            onChange={(e) => setFilter((f) => ({ ...f, language: e.target.value || undefined }))}
          >
            <option value="">{t("referral.services.filters.anyLanguage")}</option>
            {languages.map((l) => (
              <option key={l.code} value={l.code}>
                {l.name}
              </option>
            ))}
          </SelectField>
          <CheckboxField
            label={t("referral.services.filters.unconditional")}
            checked={filter.unconditional === true}
            onChange={(e) => setFilter((f) => ({ ...f, unconditional: e.target.checked ? true : undefined }))}
          />
          <CheckboxField
            label={t("referral.services.filters.availableNow")}
            checked={filter.availableNow === true}
            onChange={(e) => setFilter((f) => ({ ...f, availableNow: e.target.checked || undefined }))}
          />
        </div>
      </fieldset>
      <section aria-labelledby="services-map-title">
        <h2 id="services-map-title">{t("referral.services.mapTitle")}</h2>
        <p className="field-hint">{t("referral.services.mapHint")}</p>
        <Suspense fallback={<Loading />}>
          <ServicesMap
            points={points}
            label={t("referral.services.mapLabel")}
            tileUrl={basemap.status === "failed" ? null : basemap.data?.tileUrl}
            onOpen={openService}
            describedBy="services-map-keyboard"
            handle={mapHandle}
          />
        </Suspense>
        <p className="field-hint" id="services-map-keyboard">
          {t("referral.services.mapKeyboardHint")}
        </p>
      </section>
      <section aria-labelledby="services-list-title">
        <h2 id="services-list-title">{t("referral.services.listTitle")}</h2>
        {directory.status === "loading" && !directory.data ? <Loading /> : null}
        {directory.data ? <p role="status">{t("referral.services.count", { count: items.length })}</p> : null}
        {directory.data && items.length === 0 ? <p>{t("referral.services.empty")}</p> : null}
        {items.length > 0 ? (
          <ServiceTable
            items={items}
            opened={opened}
            onBackToMap={(id) => mapHandle.current?.focusService(id)}
          />
        ) : null}
      </section>
      {abilities?.manage ? <ServiceImport onImported={reload} /> : null}
    </Page>
  );
}

/**
 * The services listed. The one a map opened is marked "From the map" and its name takes the focus
 * (its Edit link is the next Tab stop); Escape there returns to it on the map.
 */
function ServiceTable({
  items,
  opened,
  onBackToMap,
}: {
  items: ServiceView[];
  opened: { id: string; seq: number } | null;
  onBackToMap(id: string): void;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const col = (k: string) => t(`referral.services.columns.${k}`);
  const heads = useRef(new Map<string, HTMLTableCellElement>());
  // biome-ignore lint/correctness/useExhaustiveDependencies: each opening (seq) moves the focus once
  useEffect(() => {
    if (opened) heads.current.get(opened.id)?.focus();
  }, [opened?.seq, opened?.id]);
  return (
    <div className="table-wrap">
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{col("name")}</th>
            <th scope="col">{col("type")}</th>
            <th scope="col">{col("provider")}</th>
            <th scope="col">{col("languages")}</th>
            <th scope="col">{col("conditions")}</th>
            <th scope="col">{col("availability")}</th>
            <th scope="col">{col("actions")}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((s) => (
            <tr key={s.id} className={opened?.id === s.id ? "row-opened" : undefined}>
              <th
                scope="row"
                data-label={col("name")}
                tabIndex={opened?.id === s.id ? -1 : undefined}
                ref={(th) => {
                  if (th) heads.current.set(s.id, th);
                  else heads.current.delete(s.id);
                }}
                onKeyDown={(event) => {
                  if (event.key === "Escape" && opened?.id === s.id) {
                    event.preventDefault();
                    onBackToMap(s.id);
                  }
                }}
              >
                {s.name}
                {opened?.id === s.id ? (
                  <>
                    {" "}
                    <span className="badge badge-map">{t("referral.services.fromMap")}</span>
                  </>
                ) : null}
              </th>
              <td data-label={col("type")}>{t(`referral.services.types.${s.type}`)}</td>
              <td data-label={col("provider")}>{s.organisationName}</td>
              <td data-label={col("languages")}>{languageNames(s.languages, locale)}</td>
              <td data-label={col("conditions")}>
                {s.unconditional ? (
                  <span className="badge badge-ok">{t("referral.services.unconditional")}</span>
                ) : (
                  t("referral.services.demandsList", { what: demandsOf(t, s) })
                )}
              </td>
              <td data-label={col("availability")}>
                {availabilityText(t, s)}
                {s.open24_7 ? (
                  <>
                    <br />
                    {t("referral.services.open24_7")}
                  </>
                ) : null}
              </td>
              <td data-label={col("actions")} className="row-actions">
                {s.abilities.update || s.abilities.updateAvailability ? (
                  <Link
                    className="button button-small"
                    to={s.id}
                    aria-label={t("common.editNamed", { name: s.name })}
                  >
                    {t("referral.services.edit")}
                  </Link>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function NewServicePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Page title={t("referral.services.addTitle")}>
      <p>
        <Link to="..">{t("referral.services.back")}</Link>
      </p>
      <ServiceForm
        service={null}
        onSaved={(s) =>
          navigate("..", { state: { notice: t("referral.services.created", { name: s.name }) } })
        }
      />
    </Page>
  );
}

function EditServicePage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const [service, reload] = useLoad(() => servicesApi.get(id), id);
  const [notice, setNotice] = useState<Notice>(null);
  const s = service.data;
  return (
    <Page title={s ? s.name : t("referral.services.editTitle")}>
      <p>
        <Link to="..">{t("referral.services.back")}</Link>
      </p>
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      {service.status === "failed" ? <Alert tone="error">{errorText(t, service.error)}</Alert> : null}
      {service.status === "loading" && !s ? <Loading /> : null}
      {s?.abilities.update ? (
        <ServiceForm
          key={s.version}
          service={s}
          onSaved={async (saved, how) => {
            if (how === "archived") {
              navigate("..");
              return;
            }
            setNotice({ tone: "success", text: t("referral.services.saved", { name: saved.name }) });
            await reload();
          }}
        />
      ) : null}
      {s && !s.abilities.update && s.abilities.updateAvailability ? (
        <AvailabilityForm
          key={s.version}
          service={s}
          onSaved={async (saved) => {
            setNotice({ tone: "success", text: t("referral.services.saved", { name: saved.name }) });
            await reload();
          }}
        />
      ) : null}
    </Page>
  );
}
