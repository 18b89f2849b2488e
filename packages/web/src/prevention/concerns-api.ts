import type { CaseCreate } from "@ariadne/domain/cases/index.ts";
import type { MappingEntryCreate } from "@ariadne/domain/mapping/index.ts";
import {
  Concern,
  ConcernFollowedUp,
  ConcernHandOff,
  type ConcernHandOffCreate,
  ConcernInbox,
  HandedConcern,
  HandedConcernList,
  HandOffCaseOpened,
} from "@ariadne/domain/prevention/index.ts";
import { z } from "zod";
import { request } from "../api/client.ts";
import { localToday } from "../ui/format-date.ts";

/** The coordinators' inbox of reports of concern, and what a concern can be turned into. */
export const concernsApi = {
  list: () => request("GET", "/api/v1/concerns", ConcernInbox),
  contact: (id: string) =>
    request("GET", `/api/v1/concerns/${id}/contact`, z.object({ contact: z.string().nullable() })),
  answer: (id: string, body: unknown) => request("PATCH", `/api/v1/concerns/${id}`, Concern, body),
  toVisit: (id: string) =>
    request("POST", `/api/v1/concerns/${id}/outreach-visit`, z.object({ id: z.string() }), {
      plannedOn: localToday(),
    }),
  toMappingEntry: (id: string, body: MappingEntryCreate, idempotencyKey: string) =>
    request("POST", `/api/v1/concerns/${id}/mapping-entry`, ConcernFollowedUp, body, { idempotencyKey }),
  handOff: (id: string, body: ConcernHandOffCreate, idempotencyKey: string) =>
    request("POST", `/api/v1/concerns/${id}/hand-offs`, ConcernHandOff, body, { idempotencyKey }),
};

/** The concerns handed to the signed-in frontline worker, and their two answers. */
export const handedConcernsApi = {
  list: () => request("GET", "/api/v1/concern-hand-offs", HandedConcernList),
  get: (id: string) => request("GET", `/api/v1/concern-hand-offs/${id}`, HandedConcern),
  openCase: (id: string, body: CaseCreate, idempotencyKey: string) =>
    request("POST", `/api/v1/concern-hand-offs/${id}/case`, HandOffCaseOpened, body, { idempotencyKey }),
  handBack: (id: string, reason: string, idempotencyKey: string) =>
    request(
      "POST",
      `/api/v1/concern-hand-offs/${id}/hand-back`,
      ConcernHandOff,
      { reason },
      { idempotencyKey },
    ),
};
