import { type Database, preventionDb, withSystem, withTenant } from "@ariadne/db";
import { prevention } from "@ariadne/domain";
import { appendAudit } from "../audit/index.ts";

/**
 * Removes reports of concern and outreach visits past their retention (domain `preventionRetention`),
 * and the material files of campaigns that ended more than `materialMonths` ago (the deployment's
 * ARIADNE_MATERIAL_RETENTION_MONTHS), in every municipality, as of `asOf`, each municipality in its
 * own transaction with an audit entry naming how many went. The server runs it every hour.
 */
export async function purgeExpiredPrevention(
  db: Database,
  asOf: string,
  materialMonths: number = prevention.preventionRetention.materialMonthsAfterEnd,
) {
  const municipalities = await withSystem(db, (tx) => preventionDb.listMunicipalitiesForPublic(tx));
  let concerns = 0;
  let visits = 0;
  let materials = 0;
  for (const m of municipalities) {
    await withTenant(db, m.id, async (tx) => {
      const c = await preventionDb.deleteConcernsBefore(
        tx,
        m.id,
        prevention.retentionCutoff(asOf, prevention.preventionRetention.concernMonths),
      );
      const v = await preventionDb.deleteVisitsBefore(
        tx,
        m.id,
        prevention.retentionCutoff(asOf, prevention.preventionRetention.visitMonths),
      );
      const f = await preventionDb.deleteMaterialFilesOfCampaignsEndedBefore(
        tx,
        m.id,
        prevention.retentionCutoff(asOf, materialMonths),
      );
      if (c + v + f > 0)
        await appendAudit(tx, {
          municipalityId: m.id,
          actorId: null,
          actorName: "retention",
          action: "prevention.retention",
          recordType: "concern",
          recordId: null,
          ip: null,
          outcome: "success",
          details: { concerns: c, visits: v, materialFiles: f, asOf },
        });
      concerns += c;
      visits += v;
      materials += f;
    });
  }
  return { concerns, visits, materials };
}
