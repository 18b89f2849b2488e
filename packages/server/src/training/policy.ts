import { admin } from "@ariadne/domain";
import { type Actor, requirePermission } from "../auth/actor.ts";

/**
 * Who may do what in training, one rule a line: every role of a municipality takes courses; the
 * trainer (and the coordinator) manages courses, sessions and attendance; the coordinator sees
 * coverage. No training record holds case data. Records are scoped to the actor's municipality
 * by the queries.
 */
export const trainingPolicy = {
  take: (a: Actor) => requirePermission(a, "training:take"),
  manage: (a: Actor) => requirePermission(a, "training:manage"),
  coverage: (a: Actor) => requirePermission(a, "training:coverage"),
  /** Sent with every list so the UI need not guess. */
  abilities: (a: Actor) => ({
    manage: admin.roleAllows(a.role, "training:manage"),
    coverage: admin.roleAllows(a.role, "training:coverage"),
  }),
};
