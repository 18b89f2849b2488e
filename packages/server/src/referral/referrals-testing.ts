import type { DemoSeed } from "../admin/seed-demo.ts";
import type { Agent, TestApp } from "../testing/test-app.ts";

/** The demo person's full identity, so a test can see which fields a referral let through. */
export const referredPerson = {
  givenName: "Marija",
  familyName: "Petrauskaite",
  dateOfBirth: "1998-04-12",
  phone: "+358 40 765 4321",
  address: "Hidden street 7",
  gender: "female",
  ageBand: "24-26",
  citizenship: "LT",
  languages: ["lt", "ru"],
} as const;

export interface ReferralFixture {
  frontline: Agent;
  provider: Agent;
  caseId: string;
  ngoId: string;
  consentId: string | null;
  referral: { id: string; version: number; reference: string };
}

/**
 * A case held by the demo frontline professional, the person's sharing consent for the NGO shelter,
 * and a draft referral to it sharing `fields`; sent too unless `send` is false.
 */
export async function aReferralToTheShelter(
  t: TestApp,
  options: { fields?: string[]; send?: boolean; consent?: boolean; seed?: DemoSeed } = {},
): Promise<ReferralFixture> {
  const seed = options.seed ?? t.seed;
  const frontline = await t.signIn("frontline", seed);
  const provider = await t.signIn("service_provider", seed);
  const orgs = (await frontline.request("GET", "/api/v1/organisations")).json().items;
  const ngoId = orgs.find((o: { name: string }) => o.name.startsWith("Safe Harbour")).id as string;
  const created = await frontline.request("POST", "/api/v1/cases", { person: referredPerson });
  if (created.status !== 201) throw new Error(`case: ${created.status} ${created.body}`);
  const caseId = created.json().case.id as string;
  let consentId: string | null = null;
  if (options.consent !== false) {
    const consent = await frontline.request("POST", `/api/v1/cases/${caseId}/consents`, {
      purpose: "sharing",
      organisationId: ngoId,
      givenOn: "2026-11-01",
      form: "oral",
      language: "en",
      interpreter: false,
    });
    if (consent.status !== 201) throw new Error(`consent: ${consent.status} ${consent.body}`);
    consentId = consent.json().id;
  }
  const draft = await frontline.request("POST", "/api/v1/referrals", {
    caseId,
    receivingOrganisationId: ngoId,
    stage: "accommodation",
    sharedFields: options.fields ?? ["caseCode", "ageBand", "languages", "needs", "givenName"],
    needs: ["shelter"],
  });
  if (draft.status !== 201) throw new Error(`referral: ${draft.status} ${draft.body}`);
  let referral = draft.json();
  if (options.send !== false) {
    const sent = await frontline.request("POST", `/api/v1/referrals/${referral.id}/send`, {
      version: referral.version,
    });
    if (sent.status !== 200) throw new Error(`send: ${sent.status} ${sent.body}`);
    referral = sent.json();
  }
  return {
    frontline,
    provider,
    caseId,
    ngoId,
    consentId,
    referral: { id: referral.id, version: referral.version, reference: referral.reference },
  };
}
