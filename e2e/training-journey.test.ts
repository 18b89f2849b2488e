import { randomUUID } from "node:crypto";
import { mappingDb, withTenant } from "@ariadne/db";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, expectFitsPhone, useJourney } from "./support/journey.ts";
import { signIn, signOut } from "./support/sign-in.ts";

const journey = useJourney("training");

beforeAll(async () => {
  // The local map's "who can identify victims": the social services, not trained yet.
  await withTenant(journey.server.db, journey.server.municipalityId, async (tx) => {
    const [social] = await tx.query<{ id: string }>(
      "select id from organisations where municipality_id = $1 and name = 'Social services'",
      [journey.server.municipalityId],
    );
    await mappingDb.insertMappingEntry(tx, {
      id: randomUUID(),
      municipalityId: journey.server.municipalityId,
      createdBy: null,
      title: "Social workers at the reception centre",
      details: {
        kind: "identifying_actor",
        organisationId: social!.id,
        role: "Social worker",
        contactFrequency: "daily",
        trained: false,
        groupKinds: [],
      },
      source: { kind: "outreach_log", date: "2026-09-01" },
    });
  });
});

/** The trainer has no TOTP (no case data): password only. */
async function signInWithPassword(page: Page, role: "trainer") {
  const c = journey.server.credentials[role];
  if (!page.url().endsWith("/sign-in")) await page.goto(`${journey.server.url}/sign-in`);
  await page.getByLabel("Email address").fill(c.email);
  await page.getByLabel("Password").fill(c.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("heading", { level: 1, name: /^Welcome, / }).waitFor();
}

const actorRow = (page: Page) =>
  page.getByTestId("coverage-actors").getByRole("row", { name: /Social workers at the reception centre/ });

describe("the coordinator sees who is trained", () => {
  it("sees the social workers never trained", async () => {
    const page = journey.page;
    await signIn(page, journey.server, "coordinator");
    await page.goto(`${journey.server.url}/training/coverage`);
    await page.getByRole("heading", { level: 1, name: "Who is trained" }).waitFor();
    await actorRow(page).getByRole("cell", { name: "Never trained", exact: true }).waitFor();
    await expectAccessible(page, "training coverage");
    await signOut(page);
  });
});

describe("the trainer builds a course and runs a session", () => {
  it("builds a course with a lesson and two scenarios", async () => {
    const page = journey.page;
    await signInWithPassword(page, "trainer");
    await page.getByRole("link", { name: "Training" }).first().click();
    await page.getByRole("heading", { level: 1, name: "Training" }).waitFor();
    await page.getByRole("link", { name: "New course" }).click();
    await page.getByRole("heading", { level: 1, name: "New course" }).waitFor();
    await page.getByLabel("Title", { exact: true }).fill("Spotting labour exploitation");
    await page.getByLabel("Language of the course").selectOption("en");
    await page.getByRole("checkbox", { name: "Social care" }).check();
    await page.getByLabel("Lesson title").fill("Our berry farms");
    await page.getByLabel("Lesson text").fill("Berry farms hire seasonal pickers from June to September.");
    await page.getByRole("checkbox", { name: /^Seasonal berry pickers came through an agency/ }).check();
    await page.getByRole("checkbox", { name: /^A greenhouse worker met at a health clinic/ }).check();
    await expectAccessible(page, "course editor");
    await page.getByRole("button", { name: "Save course" }).click();
    await page.getByRole("heading", { level: 1, name: "Spotting labour exploitation" }).waitFor();
    await page.getByRole("heading", { level: 2, name: /Our referral pathway and contacts/ }).waitFor();
    await page.getByRole("heading", { level: 2, name: /Our berry farms/ }).waitFor();
  });

  it("schedules a session and records attendance without accounts", async () => {
    const page = journey.page;
    await page.getByRole("link", { name: "Sessions" }).click();
    await page.getByRole("heading", { level: 1, name: "Sessions" }).waitFor();
    await page.getByLabel("Course", { exact: true }).selectOption({ label: "Spotting labour exploitation" });
    await page.getByLabel("Date", { exact: true }).fill("2026-11-20");
    await page.getByLabel("Place or link").fill("Town hall");
    await page.getByRole("button", { name: "Schedule" }).click();
    const session = page.locator("li[data-session]").filter({ hasText: "Town hall" });
    await session.filter({ hasText: "0 attendees" }).waitFor();
    await session.getByRole("button", { name: "Record attendance" }).click();
    await session.getByLabel("Name").fill("Rūta Petrauskaitė");
    await session.getByLabel("Organisation", { exact: true }).selectOption({ label: "Social services" });
    await session.getByLabel("Professional group").selectOption("social_care");
    await session.getByRole("button", { name: "Add attendee" }).click();
    await session
      .getByRole("table", { name: "Attendees" })
      .getByRole("row", { name: /Rūta Petrauskaitė/ })
      .waitFor();
    await session.filter({ hasText: "1 attendee" }).waitFor();
    await expectAccessible(page, "training sessions");
    await signOut(page);
  });
});

describe("a frontline professional completes the course", () => {
  it("answers the scenarios, gets feedback from the screening engine and completes", async () => {
    const page = journey.page;
    await signIn(page, journey.server, "frontline");
    await page.getByRole("link", { name: "Training" }).first().click();
    await page.getByRole("link", { name: "Spotting labour exploitation" }).click();
    await page.getByRole("heading", { level: 1, name: "Spotting labour exploitation" }).waitFor();
    const berry = page.locator('[data-scenario="agri-berry-fee"]');
    await berry.getByRole("radio", { name: "Keep asking" }).check();
    await berry.getByRole("button", { name: "Check my answer" }).click();
    await berry
      .getByRole("status")
      .filter({ hasText: "The screening engine says: Offer assistance" })
      .waitFor();
    // Four of the five facts the situation shows: enough to pass, and the feedback names the fifth.
    for (const fact of [
      "Paid or owes a recruitment fee or travel costs",
      "Deceived about wages or earnings",
      "Excessive working days or hours",
      "Now, at work or where they live: debt bondage",
    ]) {
      await berry.getByRole("checkbox", { name: fact, exact: true }).check();
    }
    await berry.getByRole("radio", { name: "Offer assistance" }).check();
    await berry.getByRole("button", { name: "Check my answer" }).click();
    await berry
      .getByRole("status")
      .filter({ hasText: "Right: the screening engine says the same." })
      .waitFor();
    await berry.getByRole("status").filter({ hasText: "Low or no pay" }).waitFor();
    const greenhouse = page.locator('[data-scenario="agri-greenhouse-hours"]');
    await greenhouse.getByRole("checkbox", { name: "Excessive working days or hours", exact: true }).check();
    await greenhouse.getByRole("checkbox", { name: "Deceived about wages or earnings", exact: true }).check();
    await greenhouse.getByRole("radio", { name: "Keep asking" }).check();
    await page.getByLabel("Your professional group").selectOption("social_care");
    await expectAccessible(page, "course");
    await page.getByRole("button", { name: "Complete and get the certificate" }).click();
    const done = page.getByRole("status").filter({ hasText: "Completed. Your certificate is ready." });
    await done.waitFor();
  });

  it("downloads the certificate and the public page confirms it", async () => {
    const page = journey.page;
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download the certificate (PDF)" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^certificate-\d{4}-\d{2}-\d{2}\.pdf$/);
    const verifyHref = await page.getByRole("link", { name: "Verification page" }).getAttribute("href");
    await signOut(page);
    // Signed out: anyone holding the code may check it.
    await page.goto(`${journey.server.url}${verifyHref}`);
    await page.getByRole("heading", { level: 1, name: "Certificate check" }).waitFor();
    await page.getByRole("status").filter({ hasText: "This certificate is valid." }).waitFor();
    await page.getByText("Frida Frontline").waitFor();
    await expectAccessible(page, "certificate check");
    const forged = verifyHref!.replace(/.$/, (c) => (c === "A" ? "B" : "A"));
    await page.goto(`${journey.server.url}${forged}`);
    await page.getByRole("alert").filter({ hasText: "No certificate has this code." }).waitFor();
  });
});

describe("coverage changes, in Finnish too, on a phone", () => {
  it("shows the social workers trained, and adds the gaps to the plan", async () => {
    const page = journey.page;
    await signIn(page, journey.server, "coordinator");
    await page.goto(`${journey.server.url}/training/coverage`);
    await actorRow(page).getByRole("cell", { name: "Trained", exact: true }).waitFor();
    // Rūta at the session and Frida by self-study, both of the social services.
    await expect.poll(() => actorRow(page).getByRole("cell").nth(1).innerText()).toBe("2");
    await page.getByRole("button", { name: "Add the gaps to the action plan" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: /action points added to the plan|already holds/ })
      .waitFor();
  });

  it("reads the coverage in Finnish", async () => {
    const page = journey.page;
    await page.getByLabel("Language", { exact: true }).selectOption("fi");
    await page.getByRole("heading", { level: 1, name: "Ketkä on koulutettu" }).waitFor();
    await actorRow(page).getByRole("cell", { name: "Koulutettu", exact: true }).waitFor();
    await expectAccessible(page, "coverage (fi)");
    await page.getByRole("link", { name: "Kurssit" }).click();
    await page.getByRole("link", { name: "Spotting labour exploitation" }).click();
    await page.getByRole("heading", { level: 2, name: /Mitä ihmiskauppa on ja mitä se ei ole/ }).waitFor();
    await page
      .locator('[data-scenario="agri-berry-fee"]')
      .getByText(/^Kausimarjanpoimijat tulivat/)
      .waitFor();
    await expectAccessible(page, "course (fi)");
    await page.getByLabel("Kieli", { exact: true }).selectOption("en");
  });

  it("fits a 390 px phone", async () => {
    const page = journey.page;
    await page.goto(`${journey.server.url}/training/coverage`);
    await page.getByRole("heading", { level: 1, name: "Who is trained" }).waitFor();
    await expectFitsPhone(page, "training coverage", [390]);
    await page.getByRole("link", { name: "Courses" }).click();
    await page.getByRole("link", { name: "Spotting labour exploitation" }).click();
    await page.getByRole("heading", { level: 1, name: "Spotting labour exploitation" }).waitFor();
    await expectFitsPhone(page, "course", [390]);
  });
});
