import { adminDb, casesDb, type Database, withSystem, withTenant } from "@ariadne/db";
import { cases } from "@ariadne/domain";
import { appendAudit } from "../audit/index.ts";
import type { Actor } from "../auth/actor.ts";
import type { Keyring } from "../crypto/index.ts";
import { conflict } from "../http/errors.ts";
import type { Services } from "../services.ts";
import { auditedCaseCommand, today } from "./audited-case.ts";
import { anonymiseCaseNow } from "./person-rights.ts";
import { casePolicy } from "./policy.ts";

export interface RetentionReport {
  dryRun: boolean;
  asOf: string;
  monthsAfterClosure: number;
  due: cases.RetentionDecision[];
  anonymised: number;
}

/**
 * The retention job for one municipality: finds closed cases past the policy's period and, unless
 * it is a dry run, anonymises each, with one audit entry per case and one for the run. Meant for a
 * scheduler (one call per municipality); several processes may run it, since each case is
 * anonymised in the same transaction that finds it.
 */
export async function runRetention(
  db: Database,
  keyring: Keyring,
  municipalityId: string,
  options: { dryRun: boolean; asOf?: string; actor?: Actor | null },
): Promise<RetentionReport> {
  const asOf = options.asOf ?? today();
  const actor = options.actor ?? null;
  return withTenant(db, municipalityId, async (tx) => {
    const policy = (await casesDb.getRetentionPolicy(tx, municipalityId)) ?? cases.defaultRetentionPolicy;
    const candidates = await casesDb.retentionCandidates(tx, municipalityId);
    const due = cases.casesDueForAnonymisation(candidates, policy, asOf);
    const audit = (
      action: string,
      recordId: string | null,
      details: Record<string, string | number | boolean>,
    ) =>
      appendAudit(tx, {
        municipalityId,
        actorId: actor?.userId ?? null,
        actorName: actor?.displayName ?? "ariadne retention job",
        action,
        recordType: "case",
        recordId,
        ip: actor?.ip ?? null,
        outcome: "success",
        details,
      });
    if (!options.dryRun) {
      const cipherCtx = { tx, m: municipalityId, cipher: await keyring.cipherFor(tx, municipalityId) };
      const personIds = await tx.query<{ id: string; person_id: string }>(
        "select id, person_id from cases where municipality_id = $1 and id = any($2::uuid[])",
        [municipalityId, due.map((d) => d.caseId)],
      );
      for (const r of personIds) {
        await anonymiseCaseNow(cipherCtx, r.id, r.person_id);
        await audit("cases.retention.anonymise", r.id, { asOf });
      }
    }
    await audit(options.dryRun ? "cases.retention.dry_run" : "cases.retention.run", null, {
      asOf,
      due: due.length,
      monthsAfterClosure: policy.monthsAfterClosure,
    });
    return {
      dryRun: options.dryRun,
      asOf,
      monthsAfterClosure: policy.monthsAfterClosure,
      due,
      anonymised: options.dryRun ? 0 : due.length,
    };
  });
}

/**
 * The scheduled form: one run per municipality, each in its own transaction, so one
 * municipality's failure neither blocks nor rolls back another's. Returns each report.
 */
export async function runRetentionEverywhere(
  db: Database,
  keyring: Keyring,
  options: { dryRun: boolean; asOf?: string },
): Promise<{ municipalityId: string; report: RetentionReport | null; error: string | null }[]> {
  const municipalities = await withSystem(db, (tx) => adminDb.listMunicipalities(tx));
  const results = [];
  for (const m of municipalities) {
    try {
      results.push({
        municipalityId: m.id,
        report: await runRetention(db, keyring, m.id, options),
        error: null,
      });
    } catch (e) {
      results.push({ municipalityId: m.id, report: null, error: e instanceof Error ? e.message : "failed" });
    }
  }
  return results;
}

export function readRetentionPolicy(s: Services, actor: Actor) {
  casePolicy.runRetention(actor);
  return auditedCaseCommand(s, actor, "cases.retention.policy.read", async (ctx) => {
    const stored = await casesDb.getRetentionPolicy(ctx.tx, ctx.m);
    return {
      result: stored ?? { ...cases.defaultRetentionPolicy, version: 0 },
      recordType: "retention_policy",
      recordId: ctx.m,
    };
  });
}

export function setRetentionPolicy(s: Services, actor: Actor, monthsAfterClosure: number, version: number) {
  casePolicy.runRetention(actor);
  return auditedCaseCommand(s, actor, "cases.retention.policy.update", async (ctx) => {
    if (!(await casesDb.setRetentionPolicy(ctx.tx, ctx.m, monthsAfterClosure, version, actor.userId))) {
      throw conflict(
        (await casesDb.getRetentionPolicy(ctx.tx, ctx.m)) ?? { ...cases.defaultRetentionPolicy, version: 0 },
      );
    }
    return {
      result: (await casesDb.getRetentionPolicy(ctx.tx, ctx.m))!,
      recordType: "retention_policy",
      recordId: ctx.m,
      details: { monthsAfterClosure },
    };
  });
}
