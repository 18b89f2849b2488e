import { withTenant } from "@ariadne/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../testing/test-app.ts";
import { readPersonForSharing } from "./index.ts";
import { aCase, demoDirectory } from "./testing.ts";

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe("readPersonForSharing", () => {
  it("gives the case's person in the clear, without aliases or document numbers", async () => {
    const m = t.seed.municipalityId;
    const dir = await demoDirectory(t.db, m);
    const c = await aCase(t.db, t.keyring, m, {
      ownerOrganisationId: dir.org("social_services"),
      person: {
        givenName: "Ana",
        familyName: "Ionescu",
        dateOfBirth: "2001-02-03",
        aliases: ["Ani"],
        documentNumbers: ["RO1234567"],
        phone: "+358 40 111 2222",
        languages: ["ro"],
        gender: "female",
      },
    });
    const person = await withTenant(t.db, m, (tx) =>
      readPersonForSharing(tx, t.keyring, m, { personId: c.personId, caseCode: c.caseCode }),
    );
    expect(person).toMatchObject({
      caseCode: c.caseCode,
      givenName: "Ana",
      familyName: "Ionescu",
      dateOfBirth: "2001-02-03",
      phone: "+358 40 111 2222",
      address: null,
      languages: ["ro"],
      gender: "female",
    });
    expect(Object.keys(person!)).not.toContain("aliases");
    expect(JSON.stringify(person)).not.toContain("RO1234567");
  });
});
