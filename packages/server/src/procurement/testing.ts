import { randomUUID } from "node:crypto";
import type { Agent } from "../testing/test-app.ts";

/** The journey's contract: cleaning of schools, two subcontracting levels, agency workers. */
export function cleaningContract(overrides: Record<string, unknown> = {}) {
  return {
    title: "Cleaning of schools and day-care centres",
    stage: "planned",
    cpvCode: "90911200",
    valueEur: 480000,
    lengthMonths: 36,
    countries: ["FI"],
    labourProfile: ["agency"],
    suppliers: [
      {
        id: randomUUID(),
        name: "Puhdas Oy",
        businessId: "1234567-8",
        tier: 0,
        contactName: "Eeva Esimerkki",
        contactEmail: "eeva@puhdas.example",
      },
      { id: randomUUID(), name: "Siivouspalvelu Tähti Oy", tier: 1 },
      { id: randomUUID(), name: "Staffing Partner OÜ", tier: 2, country: "EE" },
    ],
    ...overrides,
  };
}

export async function aContractOf(agent: Agent, overrides: Record<string, unknown> = {}) {
  const res = await agent.request("POST", "/api/v1/procurement-contracts", {
    facts: cleaningContract(overrides),
  });
  if (res.status !== 201) throw new Error(`contract not created: ${res.status} ${res.body}`);
  return res.json();
}

export const goodAnswers = () => ({
  answers: {
    written_contracts: "yes",
    collective_agreement_wages: "yes",
    recruitment_fees: "no",
    documents_held: "yes",
    subcontractors_listed: "yes",
    workers_count: 24,
    grievance_channel: "Shop steward; phone line in Finnish, Estonian and Russian.",
  },
  respondentName: "Eeva Esimerkki",
});

/** Sends the questionnaire to the contract's first supplier; returns its id and token from the link. */
export async function aQuestionnaireLink(
  agent: Agent,
  contract: { id: string; facts: { suppliers: { id: string }[] } },
  language = "fi",
) {
  const res = await agent.request("POST", `/api/v1/procurement-contracts/${contract.id}/questionnaires`, {
    supplierId: contract.facts.suppliers[0]!.id,
    language,
  });
  if (res.status !== 201) throw new Error(`questionnaire not sent: ${res.status} ${res.body}`);
  const { id, link } = res.json();
  return { id: id as string, token: String(link).split("#")[1]!, link: link as string };
}
