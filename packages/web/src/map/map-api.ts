import {
  BasemapSettings,
  MappingEntry,
  MunicipalityBoundary,
  PriorityWeights,
  RankedPriority,
  StoredWeights,
} from "@ariadne/domain/mapping/index.ts";
import { z } from "zod";
import { ApiFailure, request } from "../api/client.ts";

const Abilities = z.object({ manage: z.boolean() });
export const EntryList = z.object({ asOf: z.string(), items: z.array(MappingEntry), abilities: Abilities });
export const Ranking = z.object({
  weights: PriorityWeights,
  weightsVersion: z.int(),
  items: z.array(RankedPriority),
  abilities: Abilities,
});
export type Ranking = z.infer<typeof Ranking>;
const SavedBoundary = MunicipalityBoundary.extend({ locationsOutside: z.array(z.string()) });
/** The map's layers: a FeatureCollection, drawn as it comes. */
const Layers = z.object({ type: z.literal("FeatureCollection"), features: z.array(z.unknown()) });
export type Layers = z.infer<typeof Layers>;

/** What the map needs of a service in the referral module's directory: its name and place. */
const ServiceOnMap = z.object({
  id: z.string(),
  name: z.string(),
  location: z.object({ lat: z.number(), lon: z.number() }).nullable(),
});
export type ServiceOnMap = z.infer<typeof ServiceOnMap>;
const ServiceList = z.object({ items: z.array(ServiceOnMap) });

export const mapApi = {
  basemap: () => request("GET", "/api/v1/mapping/basemap", BasemapSettings),
  entries: (includeArchived = false) =>
    request("GET", `/api/v1/mapping${includeArchived ? "?includeArchived=true" : ""}`, EntryList),
  createEntry: (body: unknown) => request("POST", "/api/v1/mapping", MappingEntry, body),
  updateEntry: (id: string, body: unknown) => request("PATCH", `/api/v1/mapping/${id}`, MappingEntry, body),
  boundary: () => request("GET", "/api/v1/mapping/boundary", MunicipalityBoundary),
  saveBoundary: (boundary: unknown, version: number) =>
    request("PUT", "/api/v1/mapping/boundary", SavedBoundary, { boundary, version }),
  layers: () => request("GET", "/api/v1/mapping/layers.geojson", Layers),
  /**
   * The services with a place (the referral module's directory), for the services layer. A role
   * that may not read the directory (403) sees the layer empty.
   */
  services: async (): Promise<ServiceOnMap[]> => {
    try {
      const list = await request("GET", "/api/v1/services", ServiceList);
      return list.items.filter((s) => s.location !== null);
    } catch (e) {
      if (e instanceof ApiFailure && (e.status === 403 || e.status === 404)) return [];
      throw e;
    }
  },
  priorities: () => request("GET", "/api/v1/priorities", Ranking),
  createPriority: (body: unknown) => request("POST", "/api/v1/priorities", RankedPriority, body),
  updatePriority: (id: string, body: unknown) =>
    request("PATCH", `/api/v1/priorities/${id}`, RankedPriority, body),
  saveWeights: (weights: PriorityWeights, version: number) =>
    request("PUT", "/api/v1/priorities/weights", StoredWeights, { weights, version }),
};
