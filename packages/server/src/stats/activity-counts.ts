import { preventionDb, type Queryable, referralDb, statsDb, trainingDb } from "@ariadne/db";
import { referral, screening, stats } from "@ariadne/domain";
import { timelineField } from "../cases/index.ts";
import { revealVisit } from "../prevention/index.ts";
import type { Services } from "../services.ts";

// The counts behind the activity dashboards. Each runs inside readControlled's audited read, so
// what it returns goes through disclosure control before any route sees it.

/**
 * Screenings of the period with their ILO/EC outcome and assistance signal. The answers are
 * stored encrypted (they describe a person), so each is opened here only to evaluate it again with
 * its own catalogue; nothing but the coded results leaves this function.
 */
export async function countScreenings(
  s: Services,
  tx: Queryable,
  m: string,
  period: { from: number; to: number },
): Promise<stats.ScreeningCountRow[]> {
  const entries = await statsDb.listScreeningEntries(tx, m, period);
  if (entries.length === 0) return [];
  const cipher = await s.keyring.cipherFor(tx, m);
  return stats.countScreenings(
    entries.map((e) => {
      const { input } = JSON.parse(cipher.decrypt(timelineField, e.bodyEnc)) as {
        input: screening.ScreeningInput;
      };
      const result = screening.evaluateScreening(input);
      return {
        caseId: e.caseId,
        at: e.at,
        year: e.year,
        form: e.form,
        outcome: result.outcome,
        signal: result.assistance?.level ?? "none",
      };
    }),
  );
}

/** Completions as training statistics count them: person key, group and day, no names. */
export async function listTrainingTallies(tx: Queryable, m: string): Promise<stats.TrainingTally[]> {
  return (await trainingDb.listCoverageCompletions(tx, m)).map((c) => ({
    personKey: c.personKey,
    group: c.group,
    completedOn: c.completedOn,
  }));
}

/** Outreach visits done, with the people met by group; the visit's other fields stay unread. */
export async function listOutreachTallies(
  s: Services,
  tx: Queryable,
  m: string,
): Promise<stats.OutreachTally[]> {
  const rows = (await preventionDb.listVisits(tx, m)).filter((r) => r.status === "done");
  if (rows.length === 0) return [];
  const cipher = await s.keyring.cipherFor(tx, m);
  return rows.map((r) => {
    const v = revealVisit(cipher, r);
    return { on: v.visitedOn ?? v.plannedOn, peopleMet: v.peopleMet };
  });
}

/** The service directory's gaps per service type (the referral module's own gap rule). */
export async function serviceGapsOf(tx: Queryable, m: string): Promise<stats.ServiceGapsChart> {
  const directory = await referralDb.listServices(tx, m);
  const query = referral.GapQuery.parse({});
  const report = referral.findGaps(directory, query);
  return stats.serviceGapsChart(
    referral.serviceTypes,
    directory.filter((d) => !d.archived).map((d) => d.type),
    {
      checkedGroups: query.groups.length,
      checkedLanguages: query.languages.length,
      gapTypes: report.gaps.map((g) => g.type),
    },
  );
}
