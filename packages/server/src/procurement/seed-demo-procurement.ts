import { randomUUID } from "node:crypto";
import { type Database, notificationsDb, procurementDb, withTenant } from "@ariadne/db";
import { procurement } from "@ariadne/domain";
import { appendAudit } from "../audit/index.ts";
import type { Keyring } from "../crypto/index.ts";
import { insertScreenedContract } from "./contracts-service.ts";
import { fields } from "./follow-up-service.ts";

const daysFrom = (asOf: string, days: number) =>
  new Date(Date.parse(`${asOf}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Three contracts of a small municipality's register, from a deep cleaning chain to legal advice. */
function demoContracts(): procurement.ContractFacts[] {
  const facts = (f: Record<string, unknown>) => procurement.ContractFacts.parse(f);
  return [
    facts({
      title: "Cleaning of schools and day-care centres",
      stage: "running",
      cpvCode: "90911200",
      valueEur: 480000,
      lengthMonths: 36,
      countries: ["FI"],
      labourProfile: ["labour_intensive", "low_wage", "agency"],
      suppliers: [
        {
          id: randomUUID(),
          name: "Puhdas Koti Oy",
          businessId: "1234567-8",
          tier: 0,
          contactName: "Eeva Esimerkki",
          contactEmail: "eeva@puhdas-koti.example",
        },
        { id: randomUUID(), name: "Siivouspalvelu Tähti Oy", tier: 1 },
        { id: randomUUID(), name: "Staffing Partner OÜ", tier: 2, country: "EE" },
      ],
    }),
    facts({
      title: "School and elderly-care meals",
      stage: "planned",
      cpvCode: "55520000",
      valueEur: 1200000,
      lengthMonths: 48,
      countries: ["FI"],
      labourProfile: ["labour_intensive", "migrant"],
      suppliers: [{ id: randomUUID(), name: "Keittiö Lähellä Oy", tier: 0 }],
    }),
    facts({
      title: "Legal advice on procurement law",
      stage: "running",
      cpvCode: "79110000",
      valueEur: 40000,
      lengthMonths: 24,
      countries: ["FI"],
      suppliers: [{ id: randomUUID(), name: "Asianajotoimisto Laki Oy", tier: 0 }],
    }),
  ];
}

/**
 * Demo contracts for a new installation's register (issue 16): each screened by the rules in force
 * with its recommended clauses and monitoring, and the cleaning contract followed up — an on-site
 * audit finding against the agency, and a corrective action already past its deadline, so the
 * register shows a risk level, clauses and an overdue flag from the first sign-in. Dates are
 * relative to `asOf` so the demo stays current.
 */
export async function seedDemoProcurement(
  db: Database,
  keyring: Keyring,
  m: string,
  asOf: string = new Date().toISOString().slice(0, 10),
): Promise<{ contracts: number }> {
  return withTenant(db, m, async (tx) => {
    const cipher = await keyring.cipherFor(tx, m);
    // The demo's procurement officer registered them; a municipality without one gets none.
    const [officer] = await notificationsDb.listRecipients(tx, m, { roles: ["procurement_officer"] });
    if (!officer) return { contracts: 0 };
    const createdBy = officer.id;
    const contracts = demoContracts();
    for (const [i, facts] of contracts.entries()) {
      const { row } = await insertScreenedContract(tx, cipher, m, facts, createdBy, {
        recommendedClauses: true,
        interviewLanguages: i === 0 ? ["et", "ru"] : [],
      });
      if (i !== 0) continue;
      const agency = facts.suppliers[2]!;
      const finding = await procurementDb.insertFinding(tx, {
        id: randomUUID(),
        municipalityId: m,
        contractId: row.id,
        supplierId: agency.id,
        supplierKey: procurement.supplierKey(agency),
        source: "on_site_audit",
        severity: "major",
        possibleTrafficking: false,
        foundOn: daysFrom(asOf, -40),
        descriptionEnc: cipher.encrypt(
          fields.finding,
          "Agency cleaners had no written pay slips; hours were recorded by the agency only.",
        ),
        createdBy,
      });
      await procurementDb.insertCheck(tx, {
        id: randomUUID(),
        municipalityId: m,
        contractId: row.id,
        method: "on_site_audit",
        doneOn: daysFrom(asOf, -40),
        createdBy,
      });
      const actions = [
        { text: "Written pay slips for every agency worker", days: -10 },
        { text: "Hours recorded by the main supplier, shown to workers", days: 20 },
      ];
      for (const a of actions)
        await procurementDb.insertAction(tx, {
          id: randomUUID(),
          municipalityId: m,
          findingId: finding.id,
          contractId: row.id,
          descriptionEnc: cipher.encrypt(fields.action, a.text),
          deadline: daysFrom(asOf, a.days),
          createdBy,
        });
    }
    await appendAudit(tx, {
      municipalityId: m,
      actorId: null,
      actorName: "ariadne seed-demo",
      action: "seed.demo.procurement",
      recordType: "municipality",
      recordId: m,
      outcome: "success",
      details: { contracts: contracts.length },
    });
    return { contracts: contracts.length };
  });
}
