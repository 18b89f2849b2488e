import {
  MappingEntry,
  MunicipalityBoundary,
  PriorityWeights,
  RankedPriority,
  StoredWeights,
} from "@ariadne/domain/mapping/index.ts";
import { z } from "zod";
import { request } from "../api/client.ts";

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

export const mapApi = {
  entries: () => request("GET", "/api/v1/mapping", EntryList),
  createEntry: (body: unknown) => request("POST", "/api/v1/mapping", MappingEntry, body),
  boundary: () => request("GET", "/api/v1/mapping/boundary", MunicipalityBoundary),
  saveBoundary: (boundary: unknown, version: number) =>
    request("PUT", "/api/v1/mapping/boundary", SavedBoundary, { boundary, version }),
  layers: () => request("GET", "/api/v1/mapping/layers.geojson", Layers),
  priorities: () => request("GET", "/api/v1/priorities", Ranking),
  createPriority: (body: unknown) => request("POST", "/api/v1/priorities", RankedPriority, body),
  updatePriority: (id: string, body: unknown) =>
    request("PATCH", `/api/v1/priorities/${id}`, RankedPriority, body),
  saveWeights: (weights: PriorityWeights, version: number) =>
    request("PUT", "/api/v1/priorities/weights", StoredWeights, { weights, version }),
};
