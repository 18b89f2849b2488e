import { BasemapRegion } from "@ariadne/domain/mapping/basemap.ts";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
// Natural Earth 1:50m country outlines (world-atlas), built into the app as a file of our own:
// fetched from our origin only when the map is opened, never from the web.
import countriesUrl from "world-atlas/countries-50m.json?url";
import { request } from "../api/client.ts";

let countries: Promise<GeoJSON.FeatureCollection> | null = null;

/** The world's countries as GeoJSON, for the offline basemap; loaded once per page. */
export function loadCountries(): Promise<GeoJSON.FeatureCollection> {
  countries ??= fetch(countriesUrl, { credentials: "same-origin" })
    .then((res) => {
      if (!res.ok) throw new Error(`basemap: ${res.status}`);
      return res.json() as Promise<Topology<{ countries: GeometryCollection }>>;
    })
    .then((topology) => feature(topology, topology.objects.countries))
    .catch((e) => {
      countries = null;
      throw e;
    });
  return countries;
}

/**
 * The detail of the municipality's region for the offline basemap: land and lakes, shores and
 * place names, cut on the server from data shipped with Ariadne (the world never reaches the browser).
 */
export function loadRegion(): Promise<BasemapRegion> {
  return request("GET", "/api/v1/mapping/basemap/region", BasemapRegion);
}
