import { prevention } from "@ariadne/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bodyLimitBytes } from "../app.ts";
import { aReferralToTheShelter, type ReferralFixture } from "../referral/referrals-testing.ts";
import { type Agent, createTestApp, type TestApp } from "../testing/test-app.ts";

let t: TestApp;
let sysadmin: Agent;
let coordinator: Agent;
let ids: { organisation: string; user: string };

beforeAll(async () => {
  t = await createTestApp();
  sysadmin = await t.signIn("system_admin");
  coordinator = await t.signIn("coordinator");
  const orgs = (await coordinator.request("GET", "/api/v1/organisations")).json().items;
  const users = (await coordinator.request("GET", "/api/v1/users")).json().items;
  ids = { organisation: orgs[0].id, user: users.find((u: { role: string }) => u.role === "trainer").id };
  const created = (
    await (await t.signIn("frontline")).request("POST", "/api/v1/cases", { person: { aliases: ["Mira"] } })
  ).json();
  caseIds = { case: created.case.id, person: created.case.personId };
  referralFixture = await aReferralToTheShelter(t);
  procurementRules = (await coordinator.request("GET", "/api/v1/procurement-rules")).json().rules;
  campaignId = (
    await coordinator.request("POST", "/api/v1/campaigns", {
      title: "Leaflets",
      targetGroups: ["general_public"],
      startsOn: "2026-11-01",
    })
  ).json().id;
  notificationId = (await referralFixture.provider.request("GET", "/api/v1/notifications")).json().items[0]
    .id;
});
let caseIds: { case: string; person: string };
let referralFixture: ReferralFixture;
let notificationId: string;
let procurementRules: unknown;
let campaignId: string;
/** A questionnaire link's token as the public routes take it (43 URL-safe characters). */
const anyToken = "A".repeat(43);
const pdfBase64 = Buffer.from("%PDF-1.4\n%test\n").toString("base64");
afterAll(async () => {
  await t.close();
});

/** Any well-formed id: bodies that fail validation never reach a handler that would look it up. */
const anyId = "00000000-0000-4000-8000-000000000001";

/** A valid body for every write route; a new write route without one fails the coverage test. */
const validBodies = (): Record<
  string,
  { url: string; body: Record<string, unknown>; agent: () => Agent }
> => ({
  "POST /api/v1/auth/sign-in": {
    url: "/api/v1/auth/sign-in",
    body: { email: "a@example.org", password: "x" },
    agent: () => coordinator,
  },
  "POST /api/v1/auth/totp/enrol": {
    url: "/api/v1/auth/totp/enrol",
    body: { enrolmentToken: "token", totp: "123456" },
    agent: () => coordinator,
  },
  "POST /api/v1/auth/password/set": {
    url: "/api/v1/auth/password/set",
    body: { token: "token", newPassword: "a long enough passphrase" },
    agent: () => coordinator,
  },
  "POST /api/v1/auth/password": {
    url: "/api/v1/auth/password",
    body: { currentPassword: "x", newPassword: "a long enough passphrase" },
    agent: () => coordinator,
  },
  "POST /api/v1/users/:id/password-reset": {
    url: `/api/v1/users/${anyId}/password-reset`,
    body: { resetTotp: false },
    agent: () => coordinator,
  },
  "PUT /api/v1/auth/locale": {
    url: "/api/v1/auth/locale",
    body: { locale: "pl" },
    agent: () => coordinator,
  },
  "PUT /api/v1/municipality/locale": {
    url: "/api/v1/municipality/locale",
    body: { locale: "et" },
    agent: () => coordinator,
  },
  "POST /api/v1/municipalities": {
    url: "/api/v1/municipalities",
    body: { name: "Town", country: "SE" },
    agent: () => sysadmin,
  },
  "POST /api/v1/regions": {
    url: "/api/v1/regions",
    body: { name: "Uusimaa", municipalityIds: [] },
    agent: () => sysadmin,
  },
  "PATCH /api/v1/regions/:id": {
    url: `/api/v1/regions/${anyId}`,
    body: { name: "Uusimaa", version: 1 },
    agent: () => sysadmin,
  },
  "POST /api/v1/organisations": {
    url: "/api/v1/organisations",
    body: { name: "Org", kind: "ngo" },
    agent: () => coordinator,
  },
  "PATCH /api/v1/organisations/:id": {
    url: `/api/v1/organisations/${ids.organisation}`,
    body: { name: "Renamed", version: 1 },
    agent: () => coordinator,
  },
  "POST /api/v1/users": {
    url: "/api/v1/users",
    body: { email: "u@example.org", displayName: "U", organisationId: ids.organisation, role: "trainer" },
    agent: () => coordinator,
  },
  "POST /api/v1/screenings/evaluate": {
    url: "/api/v1/screenings/evaluate",
    body: { profiles: ["adult_labour"], observations: [], asOf: "2026-10-01" },
    agent: () => coordinator,
  },
  "POST /api/v1/screenings/evaluate-group": {
    url: "/api/v1/screenings/evaluate-group",
    body: {
      profiles: ["adult_labour"],
      shared: [],
      people: [{ ref: "P1", child: false, answers: [] }],
    },
    agent: () => coordinator,
  },
  "POST /api/v1/mapping": {
    url: "/api/v1/mapping",
    body: {
      title: "Berry pickers",
      details: { kind: "vulnerable_group", groupKind: "seasonal_and_posted_workers" },
      source: { kind: "outreach_log", date: "2026-08-01" },
    },
    agent: () => coordinator,
  },
  "PATCH /api/v1/mapping/:id": {
    url: `/api/v1/mapping/${anyId}`,
    body: { title: "T", version: 1 },
    agent: () => coordinator,
  },
  "PUT /api/v1/mapping/boundary": {
    url: "/api/v1/mapping/boundary",
    body: {
      boundary: {
        type: "Polygon",
        coordinates: [
          [
            [24, 60],
            [25, 60],
            [25, 61],
            [24, 60],
          ],
        ],
      },
      version: 0,
    },
    agent: () => coordinator,
  },
  "POST /api/v1/priorities": {
    url: "/api/v1/priorities",
    body: {
      form: "forced_labour",
      ratings: { prevalence: 3, severity: 4, hiddenness: 4, fewTrainedActors: 2, lowCoverage: 3 },
      rationale: "Berry season",
    },
    agent: () => coordinator,
  },
  "PUT /api/v1/priorities/weights": {
    url: "/api/v1/priorities/weights",
    body: {
      weights: { prevalence: 1, severity: 2, hiddenness: 1, fewTrainedActors: 1, lowCoverage: 1 },
      version: 0,
    },
    agent: () => coordinator,
  },
  "PATCH /api/v1/priorities/:id": {
    url: `/api/v1/priorities/${anyId}`,
    body: { rationale: "R", version: 1 },
    agent: () => coordinator,
  },
  "POST /api/v1/action-plan": {
    url: "/api/v1/action-plan",
    body: { chapter: "mapping", title: "Map the berry farms", deadline: "2027-05-01" },
    agent: () => coordinator,
  },
  "POST /api/v1/action-plan/seed": {
    url: "/api/v1/action-plan/seed",
    body: { templateActionIds: ["mapping.locations"] },
    agent: () => coordinator,
  },
  "PATCH /api/v1/action-plan/:id": {
    url: `/api/v1/action-plan/${anyId}`,
    body: { title: "T", version: 1 },
    agent: () => coordinator,
  },
  "POST /api/v1/self-assessments": {
    url: "/api/v1/self-assessments",
    body: { assessedOn: "2026-11-01", answers: { "mapping.locations": "partly" }, note: "First round" },
    agent: () => coordinator,
  },
  "PATCH /api/v1/self-assessments/:id": {
    url: `/api/v1/self-assessments/${anyId}`,
    body: { note: "N", version: 1 },
    agent: () => coordinator,
  },
  "POST /api/v1/partnerships": {
    url: "/api/v1/partnerships",
    body: { details: { kind: "meeting", heldOn: "2026-11-01", title: "Network meeting" } },
    agent: () => coordinator,
  },
  "PATCH /api/v1/partnerships/:id": {
    url: `/api/v1/partnerships/${anyId}`,
    body: { archived: true, version: 1 },
    agent: () => coordinator,
  },
  "POST /api/v1/cases": {
    url: "/api/v1/cases",
    body: { person: { givenName: "A" }, highRisk: false, forms: ["forced_labour"], why: "Seen at work site" },
    agent: () => coordinator,
  },
  "PATCH /api/v1/cases/:id": {
    url: `/api/v1/cases/${caseIds.case}`,
    body: { highRisk: true, version: 1 },
    agent: () => coordinator,
  },
  "POST /api/v1/cases/:id/transitions": {
    url: `/api/v1/cases/${caseIds.case}/transitions`,
    body: { to: "screening", why: "Indicators seen", version: 1 },
    agent: () => coordinator,
  },
  "POST /api/v1/cases/:id/merge": {
    url: `/api/v1/cases/${caseIds.case}/merge`,
    body: { duplicateCaseId: caseIds.case, version: 1 },
    agent: () => coordinator,
  },
  "POST /api/v1/cases/:id/break-glass": {
    url: `/api/v1/cases/${caseIds.case}/break-glass`,
    body: { reason: "Emergency at the shelter" },
    agent: () => coordinator,
  },
  "POST /api/v1/cases/:id/break-glass/:accessId/review": {
    url: `/api/v1/cases/${caseIds.case}/break-glass/${caseIds.case}/review`,
    body: {},
    agent: () => coordinator,
  },
  "POST /api/v1/cases/:id/notes": {
    url: `/api/v1/cases/${caseIds.case}/notes`,
    body: { text: "Note" },
    agent: () => coordinator,
  },
  "POST /api/v1/cases/:id/contacts": {
    url: `/api/v1/cases/${caseIds.case}/contacts`,
    body: { kind: "meeting", occurredAt: "2026-11-01T10:00:00Z", summary: "Met", interpreterUsed: true },
    agent: () => coordinator,
  },
  "POST /api/v1/cases/:id/tasks": {
    url: `/api/v1/cases/${caseIds.case}/tasks`,
    body: { title: "Call back", dueOn: "2026-12-01" },
    agent: () => coordinator,
  },
  "PATCH /api/v1/cases/:id/tasks/:taskId": {
    url: `/api/v1/cases/${caseIds.case}/tasks/${caseIds.case}`,
    body: { done: true, version: 1 },
    agent: () => coordinator,
  },
  "POST /api/v1/cases/:id/screenings": {
    url: `/api/v1/cases/${caseIds.case}/screenings`,
    body: { profiles: ["adult_labour"], observations: [], asOf: "2026-10-01" },
    agent: () => coordinator,
  },
  "POST /api/v1/cases/:id/attachments": {
    url: `/api/v1/cases/${caseIds.case}/attachments`,
    body: { fileName: "letter.pdf", mediaType: "application/pdf", contentBase64: pdfBase64 },
    agent: () => coordinator,
  },
  "POST /api/v1/cases/:id/consents": {
    url: `/api/v1/cases/${caseIds.case}/consents`,
    body: { purpose: "processing", givenOn: "2026-11-01", form: "oral", language: "fi", interpreter: false },
    agent: () => coordinator,
  },
  "POST /api/v1/cases/:id/consents/:consentId/withdraw": {
    url: `/api/v1/cases/${caseIds.case}/consents/${caseIds.case}/withdraw`,
    body: { withdrawnOn: "2026-11-02" },
    agent: () => coordinator,
  },
  "POST /api/v1/cases/:id/grants": {
    url: `/api/v1/cases/${caseIds.case}/grants`,
    body: { organisationId: ids.organisation },
    agent: () => coordinator,
  },
  "POST /api/v1/cases/:id/grants/:grantId/revoke": {
    url: `/api/v1/cases/${caseIds.case}/grants/${caseIds.case}/revoke`,
    body: {},
    agent: () => coordinator,
  },
  "PATCH /api/v1/persons/:id": {
    url: `/api/v1/persons/${caseIds.person}`,
    body: { familyName: "B", version: 1 },
    agent: () => coordinator,
  },
  "POST /api/v1/persons/:id/anonymise": {
    url: `/api/v1/persons/${caseIds.person}/anonymise`,
    body: { version: 1 },
    agent: () => coordinator,
  },
  "PUT /api/v1/retention-policy": {
    url: "/api/v1/retention-policy",
    body: { monthsAfterClosure: 24, version: 0 },
    agent: () => coordinator,
  },
  "POST /api/v1/retention-runs": {
    url: "/api/v1/retention-runs",
    body: { dryRun: true, asOf: "2026-11-29" },
    agent: () => coordinator,
  },
  "POST /api/v1/services": {
    url: "/api/v1/services",
    body: { organisationId: ids.organisation, name: "Night shelter", type: "shelter", languages: ["fi"] },
    agent: () => coordinator,
  },
  "PATCH /api/v1/services/:id": {
    url: `/api/v1/services/${anyId}`,
    body: { name: "Renamed", version: 1 },
    agent: () => coordinator,
  },
  "DELETE /api/v1/services/:id": {
    url: `/api/v1/services/${anyId}`,
    body: { version: 1 },
    agent: () => coordinator,
  },
  "POST /api/v1/services/import": {
    url: "/api/v1/services/import",
    body: { csv: "name,organisation,type\nNight shelter,Health centre,shelter\n" },
    agent: () => coordinator,
  },
  "POST /api/v1/services/match": {
    url: "/api/v1/services/match",
    body: { needs: { types: ["shelter"] }, profile: { languages: ["ru"] } },
    agent: () => coordinator,
  },
  "POST /api/v1/referrals": {
    url: "/api/v1/referrals",
    body: {
      caseId: caseIds.case,
      receivingOrganisationId: ids.organisation,
      stage: "health",
      sharedFields: ["caseCode"],
      needs: ["shelter"],
      notesSummary: "Summary",
    },
    agent: () => referralFixture.frontline,
  },
  ...Object.fromEntries(
    (["send", "accept", "start", "complete", "decline", "end", "withdraw", "messages"] as const).map(
      (step) => [
        `POST /api/v1/referrals/:id/${step}`,
        {
          url: `/api/v1/referrals/${referralFixture.referral.id}/${step}`,
          body:
            step === "messages"
              ? { body: "Hello" }
              : ["decline", "end", "withdraw"].includes(step)
                ? { version: 1, reason: "A reason" }
                : { version: 1 },
          agent: () =>
            ["send", "withdraw", "messages"].includes(step)
              ? referralFixture.frontline
              : referralFixture.provider,
        },
      ],
    ),
  ),
  "PUT /api/v1/scheme-of-assistance": {
    url: "/api/v1/scheme-of-assistance",
    body: { steps: [], version: 1 },
    agent: () => coordinator,
  },
  "POST /api/v1/notifications/:id/read": {
    url: `/api/v1/notifications/${notificationId}/read`,
    body: {},
    agent: () => referralFixture.provider,
  },
  "POST /api/v1/notifications/read-all": {
    url: "/api/v1/notifications/read-all",
    body: {},
    agent: () => referralFixture.provider,
  },
  "PATCH /api/v1/users/:id": {
    url: `/api/v1/users/${ids.user}`,
    body: { displayName: "T", version: 1 },
    agent: () => coordinator,
  },
  "POST /api/v1/training/courses": {
    url: "/api/v1/training/courses",
    body: {
      language: "en",
      title: "Basics",
      groups: ["police"],
      refresherMonths: 24,
      lessons: [{ kind: "barriers" }],
    },
    agent: () => coordinator,
  },
  "PATCH /api/v1/training/courses/:id": {
    url: `/api/v1/training/courses/${anyId}`,
    body: { version: 1, archived: true },
    agent: () => coordinator,
  },
  "POST /api/v1/training/images": {
    url: "/api/v1/training/images",
    body: {
      mediaType: "image/png",
      contentBase64:
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
    },
    agent: () => coordinator,
  },
  "POST /api/v1/training/scenarios": {
    url: "/api/v1/training/scenarios",
    body: {
      language: "en",
      situation: "Pickers paid a fee",
      sector: "agriculture",
      profiles: ["adult_labour"],
      present: ["alx.exp.01"],
    },
    agent: () => coordinator,
  },
  "PATCH /api/v1/training/scenarios/:scenarioId": {
    url: `/api/v1/training/scenarios/${anyId}`,
    body: { archived: true },
    agent: () => coordinator,
  },
  "POST /api/v1/training/sessions": {
    url: "/api/v1/training/sessions",
    body: { courseId: anyId, heldOn: "2026-11-20", format: "online", place: "Town hall" },
    agent: () => coordinator,
  },
  "POST /api/v1/training/attendances": {
    url: "/api/v1/training/attendances",
    body: { sessionId: anyId, attendees: [{ name: "A", organisationName: "B", group: "police" }] },
    agent: () => coordinator,
  },
  "POST /api/v1/training/courses/:id/attempts": {
    url: `/api/v1/training/courses/${anyId}/attempts`,
    body: { courseVersion: 1, group: "police", language: "en", answers: [] },
    agent: () => coordinator,
  },
  "POST /api/v1/training/coverage/gaps-to-plan": {
    url: "/api/v1/training/coverage/gaps-to-plan",
    body: { asOf: "2026-11-20" },
    agent: () => coordinator,
  },
  "POST /api/v1/procurement-contracts": {
    url: "/api/v1/procurement-contracts",
    body: { facts: { title: "Cleaning of schools", cpvCode: "90911200" } },
    agent: () => coordinator,
  },
  "PATCH /api/v1/procurement-contracts/:id": {
    url: `/api/v1/procurement-contracts/${anyId}`,
    body: { version: 1, clauseIds: ["ilo_core_conventions"] },
    agent: () => coordinator,
  },
  "POST /api/v1/procurement-contracts/:id/screen": {
    url: `/api/v1/procurement-contracts/${anyId}/screen`,
    body: { version: 1 },
    agent: () => coordinator,
  },
  "PUT /api/v1/procurement-rules": {
    url: "/api/v1/procurement-rules",
    body: { basedOnVersion: 1, rules: procurementRules, note: "Stricter on agency work" },
    agent: () => coordinator,
  },
  "POST /api/v1/procurement-contracts/:id/questionnaires": {
    url: `/api/v1/procurement-contracts/${anyId}/questionnaires`,
    body: { supplierId: anyId, language: "fi", validDays: 14 },
    agent: () => coordinator,
  },
  "POST /api/v1/procurement-contracts/:id/checks": {
    url: `/api/v1/procurement-contracts/${anyId}/checks`,
    body: { method: "document_checks", doneOn: "2026-11-20" },
    agent: () => coordinator,
  },
  "POST /api/v1/procurement-contracts/:id/findings": {
    url: `/api/v1/procurement-contracts/${anyId}/findings`,
    body: { source: "questionnaire", severity: "major", foundOn: "2026-11-20", description: "Fees charged" },
    agent: () => coordinator,
  },
  "POST /api/v1/procurement-findings/:id/actions": {
    url: `/api/v1/procurement-findings/${anyId}/actions`,
    body: { description: "Refund the fees", deadline: "2027-01-31" },
    agent: () => coordinator,
  },
  "PATCH /api/v1/procurement-actions/:id": {
    url: `/api/v1/procurement-actions/${anyId}`,
    body: { version: 1, status: "done" },
    agent: () => coordinator,
  },
  "POST /api/v1/supplier-questionnaires/:id/open": {
    url: `/api/v1/supplier-questionnaires/${anyId}/open`,
    body: { token: anyToken },
    agent: () => coordinator,
  },
  "POST /api/v1/supplier-questionnaires/:id/answers": {
    url: `/api/v1/supplier-questionnaires/${anyId}/answers`,
    body: {
      token: anyToken,
      answers: {
        written_contracts: "yes",
        collective_agreement_wages: "yes",
        recruitment_fees: "no",
        documents_held: "no",
        subcontractors_listed: "yes",
        workers_count: 12,
        grievance_channel: "Shop steward",
      },
      respondentName: "Eeva Esimerkki",
    },
    agent: () => coordinator,
  },
  "POST /api/v1/outreach-visits": {
    url: "/api/v1/outreach-visits",
    body: { title: "Berry farm", plannedOn: "2026-11-20", conversations: 2, notes: "Met the pickers" },
    agent: () => coordinator,
  },
  "PATCH /api/v1/outreach-visits/:id": {
    url: `/api/v1/outreach-visits/${anyId}`,
    body: { version: 1, status: "planned", conversations: 3 },
    agent: () => coordinator,
  },
  "PATCH /api/v1/concerns/:id": {
    url: `/api/v1/concerns/${anyId}`,
    body: { version: 1, status: "in_progress", reply: "Thank you, we are looking into it." },
    agent: () => coordinator,
  },
  "POST /api/v1/concerns/:id/outreach-visit": {
    url: `/api/v1/concerns/${anyId}/outreach-visit`,
    body: { plannedOn: "2026-11-20" },
    agent: () => coordinator,
  },
  "POST /api/v1/concerns/:id/mapping-entry": {
    url: `/api/v1/concerns/${anyId}/mapping-entry`,
    body: {
      title: "Car wash",
      details: { kind: "location", sector: "car_washes" },
      source: { kind: "other", date: "2026-11-01" },
    },
    agent: () => coordinator,
  },
  "POST /api/v1/concerns/:id/hand-offs": {
    url: `/api/v1/concerns/${anyId}/hand-offs`,
    body: { version: 1, toUserId: anyId, note: "Please visit this week" },
    agent: () => coordinator,
  },
  "POST /api/v1/concern-hand-offs/:id/case": {
    url: `/api/v1/concern-hand-offs/${anyId}/case`,
    body: { person: { aliases: ["Car wash worker"] }, highRisk: false, why: "From a report of concern" },
    agent: () => referralFixture.frontline,
  },
  "POST /api/v1/concern-hand-offs/:id/hand-back": {
    url: `/api/v1/concern-hand-offs/${anyId}/hand-back`,
    body: { reason: "A police matter" },
    agent: () => referralFixture.frontline,
  },
  "POST /api/v1/campaigns/:id/materials": {
    url: `/api/v1/campaigns/${campaignId}/materials`,
    body: {
      title: "Leaflet",
      fileName: "leaflet.pdf",
      mediaType: "application/pdf",
      contentBase64: pdfBase64,
    },
    agent: () => coordinator,
  },
  "POST /api/v1/campaigns": {
    url: "/api/v1/campaigns",
    body: {
      title: "Taxi drivers",
      targetGroups: ["taxi_drivers"],
      startsOn: "2026-11-01",
      reachPlanned: 300,
    },
    agent: () => coordinator,
  },
  "PATCH /api/v1/campaigns/:id": {
    url: `/api/v1/campaigns/${anyId}`,
    body: { version: 1, title: "Taxi drivers, winter", costEuros: 1200 },
    agent: () => coordinator,
  },
});
const bodyless = new Set([
  "POST /api/v1/auth/sign-out",
  "POST /api/v1/auth/sign-out-everywhere",
  // Deleting one material version names it in the path; there is nothing to send.
  "DELETE /api/v1/campaigns/:id/materials/:fileId",
]);

const writeRoutes = () => t.routes.filter((r) => r.method !== "GET").map((r) => `${r.method} ${r.url}`);

function wrongTypeFor(value: unknown): unknown {
  if (typeof value === "string") return 12345;
  if (typeof value === "number") return "not a number";
  if (typeof value === "boolean") return "yes";
  return "wrong";
}

async function send(key: string, payload: string, extraHeaders: Record<string, string> = {}) {
  const spec = validBodies()[key];
  const method = key.split(" ")[0] as "POST";
  const agent = spec?.agent() ?? coordinator;
  const url = spec?.url ?? key.split(" ")[1]!;
  const res = await t.app.inject({
    method,
    url,
    headers: {
      cookie: agent.cookie,
      "x-csrf-token": agent.csrfToken,
      "content-type": "application/json",
      ...extraHeaders,
    },
    payload,
  });
  return { status: res.statusCode, json: () => res.json() };
}

/** Routes whose body may be larger than the API's limit: file uploads. */
const ownBodyLimits: Record<string, number> = {
  "POST /api/v1/campaigns/:id/materials": prevention.materialBodyLimitBytes,
};

describe("bad input on every write route", () => {
  it("has a valid example body for every write route", () => {
    const missing = writeRoutes().filter((key) => !bodyless.has(key) && !validBodies()[key]);
    expect(missing).toEqual([]);
  });

  it("answers malformed JSON with 400, never 500", async () => {
    for (const key of writeRoutes()) {
      if (bodyless.has(key)) continue;
      const res = await send(key, '{"name": ');
      expect(res.status, key).toBe(400);
      expect(res.json().error.issues[0].path, key).toBe("body");
    }
  });

  it("answers a JSON array or scalar instead of an object with 400", async () => {
    for (const key of writeRoutes()) {
      if (bodyless.has(key)) continue;
      for (const payload of ["[]", "42", '"text"', "null"]) {
        const res = await send(key, payload);
        expect(res.status, `${key} ${payload}`).toBe(400);
      }
    }
  });

  it("answers unknown fields with 400 naming the field", async () => {
    for (const key of writeRoutes()) {
      if (bodyless.has(key)) continue;
      const res = await send(key, JSON.stringify({ ...validBodies()[key]!.body, isAdmin: true }));
      expect(res.status, key).toBe(400);
      expect(JSON.stringify(res.json().error.issues), key).toContain("isAdmin");
    }
  });

  it("answers each field of the wrong type with 400 naming that field", async () => {
    for (const key of writeRoutes()) {
      if (bodyless.has(key)) continue;
      const valid = validBodies()[key]!.body;
      for (const field of Object.keys(valid)) {
        const res = await send(key, JSON.stringify({ ...valid, [field]: wrongTypeFor(valid[field]) }));
        expect(res.status, `${key} ${field}`).toBe(400);
        expect(
          res.json().error.issues.map((i: { path: string }) => i.path),
          `${key} ${field}`,
        ).toContain(`body.${field}`);
      }
    }
  });

  it("answers over-long strings with 400 naming the field", async () => {
    for (const key of writeRoutes()) {
      if (bodyless.has(key)) continue;
      const valid = validBodies()[key]!.body;
      for (const field of Object.keys(valid).filter((f) => typeof valid[f] === "string")) {
        const res = await send(key, JSON.stringify({ ...valid, [field]: "x".repeat(5000) }));
        expect(res.status, `${key} ${field}`).toBe(400);
        expect(
          res.json().error.issues.map((i: { path: string }) => i.path),
          `${key} ${field}`,
        ).toContain(`body.${field}`);
      }
    }
  });

  it("answers an oversized body with 413", async () => {
    for (const key of writeRoutes()) {
      const huge = JSON.stringify({ name: "x".repeat((ownBodyLimits[key] ?? bodyLimitBytes) + 10) });
      const res = await send(key, huge);
      expect(res.status, key).toBe(413);
    }
  });

  it("answers a form post with 415 and a bodyless route with no 500", async () => {
    const res = await send("POST /api/v1/organisations", "name=x", {
      "content-type": "application/x-www-form-urlencoded",
    });
    expect(res.status).toBe(415);
    for (const key of bodyless) {
      expect((await send(key, '{"x":')).status, key).toBeLessThan(500);
    }
  });

  it("answers a malformed id with 400 naming it", async () => {
    const res = await coordinator.request("GET", "/api/v1/organisations/not-a-uuid");
    expect(res.status).toBe(400);
    expect(res.json().error.issues[0].path).toBe("params.id");
  });
});
