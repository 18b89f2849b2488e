import type { Queryable } from "@ariadne/db";
import { admin, stats } from "@ariadne/domain";
import type { FastifyRequest } from "fastify";
import { z } from "zod";
import { targetMunicipality } from "../auth/actor.ts";
import { actorOf } from "../auth/session-hook.ts";
import type { Services } from "../services.ts";
import { readControlled } from "./controlled-read.ts";
import { statsPolicy } from "./policy.ts";

// What every statistics route shares: its query shapes and the one controlled route body.

export const municipalityId = admin.uuid.optional();
/** The period and a form (screenings); the cases dashboard adds the sector. */
export const FormQuery = stats.checkPeriod(z.strictObject({ ...stats.dashboardQueryShape, municipalityId }));
export const CasesQuery = stats.checkPeriod(z.strictObject({ ...stats.casesQueryShape, municipalityId }));
export const PeriodQuery = stats.checkPeriod(
  z.strictObject({ from: stats.dashboardQueryShape.from, to: stats.dashboardQueryShape.to, municipalityId }),
);

/** The reader of a statistics route: allowed to read statistics, and the municipality they may see. */
export function readerOf(req: FastifyRequest, municipalityId: string | undefined) {
  const actor = actorOf(req);
  statsPolicy.read(actor);
  return { actor, m: targetMunicipality(actor, municipalityId) };
}

/** A route body that reads counts for the reader's municipality and answers them controlled. */
export const controlledRoute =
  (s: Services) =>
  <Q extends { municipalityId?: string | undefined }, C, T>(
    action: string,
    count: (tx: Queryable, m: string, q: Q) => Promise<C>,
    control: (counts: C, k: number, q: Q, roundingBase: number) => T,
  ) =>
  (req: FastifyRequest & { query: Q }) => {
    const { actor, m } = readerOf(req, req.query.municipalityId);
    return readControlled(
      s,
      actor,
      m,
      action,
      (tx) => count(tx, m, req.query),
      (counts, k, base) => control(counts, k, req.query, base),
    );
  };
