import { adminDb, withSystem } from "@ariadne/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Agent, createTestApp, seedOtherMunicipality, type TestApp } from "../testing/test-app.ts";

let t: TestApp;
let coordinator: Agent;
let frontline: Agent;

beforeAll(async () => {
  t = await createTestApp();
  coordinator = await t.signIn("coordinator");
  frontline = await t.signIn("frontline");
});
afterAll(async () => {
  await t.close();
});

const session = async (agent: Agent) => (await agent.request("GET", "/api/v1/auth/session")).json().user;

describe("the language a user reads in (issue 18)", () => {
  it("is the municipality's default until the user chooses their own, and theirs after", async () => {
    expect(await session(frontline)).toMatchObject({
      locale: "en",
      ownLocale: null,
      municipalityLocale: "en",
    });

    const set = await coordinator.request("PUT", "/api/v1/municipality/locale", { locale: "et" });
    expect(set.status).toBe(200);
    expect(set.json().defaultLocale).toBe("et");
    expect(await session(frontline)).toMatchObject({
      locale: "et",
      ownLocale: null,
      municipalityLocale: "et",
    });

    const own = await frontline.request("PUT", "/api/v1/auth/locale", { locale: "pl" });
    expect(own.status).toBe(200);
    expect(own.json()).toEqual({ locale: "pl", own: "pl", municipalityDefault: "et" });
    expect(await session(frontline)).toMatchObject({ locale: "pl", ownLocale: "pl" });

    // Back to following the municipality.
    expect((await frontline.request("PUT", "/api/v1/auth/locale", { locale: null })).json().locale).toBe(
      "et",
    );
  });

  it("is read for e-mails and PDFs through one accessor", async () => {
    await frontline.request("PUT", "/api/v1/auth/locale", { locale: "lt" });
    const preference = await withSystem(t.db, (tx) => adminDb.readerLocale(tx, frontline.me.id));
    expect(preference).toEqual({ locale: "lt", own: "lt", municipalityDefault: "et" });
    expect(
      await withSystem(t.db, (tx) => adminDb.readerLocale(tx, "00000000-0000-4000-8000-000000000000")),
    ).toBe(null);
  });

  it("refuses a language Ariadne does not speak with a 400 naming the field", async () => {
    for (const [url, agent] of [
      ["/api/v1/auth/locale", frontline],
      ["/api/v1/municipality/locale", coordinator],
    ] as const) {
      const res = await agent.request("PUT", url, { locale: "xx" });
      expect(res.status, url).toBe(400);
      expect(JSON.stringify(res.json()), url).toContain("body.locale");
    }
    expect((await coordinator.request("PUT", "/api/v1/municipality/locale", { locale: null })).status).toBe(
      400,
    );
  });

  it("lets only who manages the municipality's organisations set its default, and only its own", async () => {
    expect((await frontline.request("PUT", "/api/v1/municipality/locale", { locale: "fi" })).status).toBe(
      403,
    );
    const other = await seedOtherMunicipality(t);
    const res = await coordinator.request(
      "PUT",
      `/api/v1/municipality/locale?municipalityId=${other.municipalityId}`,
      {
        locale: "fi",
      },
    );
    expect(res.status).toBe(404);
    const otherCoordinator = await t.signIn("coordinator", other);
    expect((await session(otherCoordinator)).municipalityLocale).toBe("en");
  });

  it("audits both changes", async () => {
    for (const action of ["municipalities.locale_change", "auth.locale_change"]) {
      const res = await coordinator.request("GET", `/api/v1/audit?action=${action}`);
      expect(res.json().entries.length, action).toBeGreaterThan(0);
    }
  });
});
