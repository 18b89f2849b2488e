import { Visit } from "@ariadne/domain/prevention/index.ts";
import { z } from "zod";
import { request, withQuery } from "../api/client.ts";

const VisitList = z.object({
  items: z.array(Visit),
  abilities: z.object({ outreach: z.boolean(), manage: z.boolean() }),
});
export type VisitList = z.infer<typeof VisitList>;

const Places = z.object({
  items: z.array(z.object({ id: z.string(), title: z.string(), details: z.object({ kind: z.string() }) })),
});

export const outreachApi = {
  list: () => request("GET", "/api/v1/outreach-visits", VisitList),
  get: (id: string) => request("GET", `/api/v1/outreach-visits/${id}`, Visit),
  // No retries inside: the queue itself retries when the network returns, under the same key.
  create: (body: unknown, idempotencyKey: string) =>
    request("POST", "/api/v1/outreach-visits", Visit, body, { idempotencyKey, retryDelaysMs: [] }),
  update: (id: string, body: unknown) => request("PATCH", `/api/v1/outreach-visits/${id}`, Visit, body),
  /** Places of the local map a visit can go to (locations and earlier outreach). */
  places: async () => {
    const [locations, outreach] = await Promise.all([
      request("GET", withQuery("/api/v1/mapping", { kind: "location" }), Places),
      request("GET", withQuery("/api/v1/mapping", { kind: "outreach" }), Places),
    ]);
    return [...locations.items, ...outreach.items];
  },
};
export type OutreachApi = Pick<typeof outreachApi, "create" | "update">;
