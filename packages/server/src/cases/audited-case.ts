import type { Queryable } from "@ariadne/db";
import { auditedInTenant } from "../admin/audited.ts";
import type { Actor } from "../auth/actor.ts";
import type { FieldCipher } from "../crypto/index.ts";
import type { Services } from "../services.ts";
import { municipalityOf } from "./access.ts";

export interface CaseCommandContext {
  tx: Queryable;
  m: string;
  cipher: FieldCipher;
}

/**
 * Every read of personal data and every write on a case runs through here: one transaction in
 * the actor's municipality, the command, and its audit entry (ids and codes only, never content).
 */
export function auditedCaseCommand<T>(
  s: Services,
  actor: Actor,
  action: string,
  fn: (ctx: CaseCommandContext) => Promise<{
    result: T;
    recordId: string | null;
    recordType?: string;
    details?: Record<string, string | number | boolean | null>;
  }>,
): Promise<T> {
  const m = municipalityOf(actor);
  return auditedInTenant(s, actor, m, action, async (tx) => {
    const cipher = await s.keyring.cipherFor(tx, m);
    const out = await fn({ tx, m, cipher });
    return {
      result: out.result,
      recordType: out.recordType ?? "case",
      recordId: out.recordId,
      ...(out.details ? { details: out.details } : {}),
    };
  });
}

/** Today as YYYY-MM-DD in UTC: the domain takes the date as an argument, the server supplies it. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
