import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { adminDb, withSystem, withTenant } from "@ariadne/db";
import { createMunicipality } from "@ariadne/server/admin/municipalities.ts";
import { seedDemoStatistics } from "@ariadne/server/stats/seed-demo-statistics.ts";
import { beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, expectFitsPhone, useJourney } from "./support/journey.ts";
import { signIn, signOut } from "./support/sign-in.ts";

const journey = useJourney("stats");

beforeAll(async () => {
  // Historic, anonymised cases over three years, skewed so that some counts are small.
  await seedDemoStatistics(journey.server.db, journey.server.municipalityId, {
    count: 240,
    years: [2023, 2024, 2025],
  });
});

const table = (name: string) => journey.page.getByRole("table", { name: `${name}: the figures` });

describe("the coordinator reads the municipality's figures", () => {
  it("opens Statistics from the menu", async () => {
    await signIn(journey.page, journey.server, "coordinator");
    await journey.page.getByRole("link", { name: "Statistics" }).first().click();
    await journey.page.getByRole("heading", { level: 1, name: "Statistics" }).waitFor();
    await journey.page.getByRole("heading", { level: 2, name: /^Cases \d{4}–\d{4}$/ }).waitFor();
    await expectAccessible(journey.page, "statistics");
  });

  it("filters one year, and the per-year table shows that year alone", async () => {
    const page = journey.page;
    await page.getByLabel("From year").fill("2024");
    await page.getByLabel("To year").fill("2024");
    await page.getByRole("button", { name: "Show figures" }).click();
    await page.getByRole("heading", { level: 2, name: "Cases 2024–2024" }).waitFor();
    const rows = table("Cases per year of first contact").getByRole("row");
    await expect
      .poll(() => rows.allInnerTexts())
      .toEqual([
        expect.stringMatching(/^Year\s+Count$/),
        expect.stringMatching(/^2024\s+\d+$/),
        expect.stringMatching(/^Total\s+\d+$/),
      ]);
  });

  it("says a bad period next to the year fields, asks the server nothing, and keeps the last figures", async () => {
    const page = journey.page;
    const asked: string[] = [];
    const onRequest = (r: { url(): string }) => {
      if (r.url().includes("/api/v1/stats/")) asked.push(r.url());
    };
    page.on("request", onRequest);
    const description = (label: string) =>
      page.getByLabel(label).evaluate((el) =>
        (el.getAttribute("aria-describedby") ?? "")
          .split(" ")
          .map((id) => document.getElementById(id)?.textContent ?? "")
          .join(" ")
          .trim(),
      );
    // The allowed years are said before anything goes wrong.
    expect(await description("From year")).toBe("A year from 1990 to 2100.");
    await page.getByLabel("From year").fill("2030");
    await page.getByLabel("To year").fill("2020");
    await page.getByRole("button", { name: "Show figures" }).click();
    await page.getByText("The To year cannot be before the From year.").waitFor();
    expect(await description("To year")).toBe("The To year cannot be before the From year.");
    await expect
      .poll(() =>
        page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent),
      )
      .toBe("To year");
    await page.getByLabel("From year").fill("1900");
    await page.getByRole("button", { name: "Show figures" }).click();
    await expect.poll(() => description("From year")).toBe("A year from 1990 to 2100.");
    await page.getByLabel("From year").locator("xpath=..").locator(".field-error").waitFor();
    // The figures and downloads are still those of the last period shown.
    await page.getByRole("heading", { level: 2, name: "Cases 2024–2024" }).waitFor();
    await page.getByRole("link", { name: "Cases 2024–2024 in the CTDC format (CSV)" }).waitFor();
    expect(await page.getByText("Some fields are not valid.").count()).toBe(0);
    page.off("request", onRequest);
    expect(asked).toEqual([]);
    await page.getByLabel("From year").fill("2024");
    await page.getByLabel("To year").fill("2024");
    await page.getByRole("button", { name: "Show figures" }).click();
    await expect.poll(() => page.locator(".stats-filter .field-error").count()).toBe(0);
  });

  it("shows screenings, training, outreach, service gaps, response times and the plan, each with its table", async () => {
    const page = journey.page;
    for (const name of [
      "Persons screened per year",
      "Persons screened by ILO/EC outcome",
      "Persons screened by assistance signal",
      "Referrals by time to answer",
      "Professionals trained by group",
      "People met on outreach by group",
      "Active services by type",
      "Unmet needs by service type",
    ])
      await table(name)
        .getByRole("row", { name: /^Total/ })
        .waitFor();
    await table("Action plan: mean progress per chapter")
      .getByRole("row", { name: /^All chapters/ })
      .waitFor();
    const outcomes = table("Persons screened by ILO/EC outcome").getByRole("row");
    await expect.poll(() => outcomes.count()).toBe(5);
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download “Persons screened by ILO/EC outcome” as CSV" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe("screeningOutcome-2024-2024.csv");
    const csv = readFileSync((await file.path()) as string, "utf8");
    expect(csv.split("\r\n")[0]).toBe("ILO/EC outcome,Count");
    expect(csv).toContain("Trafficking indicated,");
  });

  it("downloads a chart's figures as CSV, the same numbers as its table", async () => {
    const page = journey.page;
    const total = await table("Cases by gender")
      .getByRole("row", { name: /^Total/ })
      .getByRole("cell")
      .textContent();
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download “Cases by gender” as CSV" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe("byGender-2024-2024.csv");
    const csv = readFileSync((await file.path()) as string, "utf8");
    expect(csv.split("\r\n")[0]).toBe("Gender,Count");
    expect(csv).toContain(`Total,${total?.trim()}`);
  });

  it("downloads the year's annual report as a PDF that reads back with its figures", async () => {
    const page = journey.page;
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Annual report 2024 (PDF)" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe("annual-report-2024.pdf");
    const path = (await file.path()) as string;
    expect(readFileSync(path).subarray(0, 5).toString()).toBe("%PDF-");
    const text = execFileSync("pdftotext", ["-enc", "UTF-8", path, "-"])
      .toString("utf8")
      .replace(/\s+/g, " ");
    // The report is in the reader's language (issue 18): the coordinator reads English here.
    expect(text).toContain("Human trafficking: annual figures 2024");
    expect(text).toContain("Disclosure control: no figure identifies a person");
    execFileSync("pdftoppm", ["-png", "-r", "30", "-f", "1", "-l", "1", path, `${path}-page`]);
    expect(readFileSync(`${path}-page-1.png`).subarray(1, 4).toString()).toBe("PNG");
  });

  it("counts cases by sector, and filters one sector to its cases per year and by form", async () => {
    const page = journey.page;
    await page.getByLabel("From year").fill("2023");
    await page.getByLabel("To year").fill("2025");
    await page.getByRole("button", { name: "Show figures" }).click();
    await page.getByRole("heading", { level: 2, name: "Cases 2023–2025" }).waitFor();
    // The demo's sectors are mostly small over three years, so hidden; "not recorded" is shown.
    const bySector = table("Cases by sector of exploitation");
    await expect.poll(() => bySector.locator('td[data-suppressed="true"]').count()).toBeGreaterThan(0);
    const notRecorded = bySector.getByRole("row", { name: /^Sector not recorded/ });
    await expect
      .poll(() => notRecorded.allInnerTexts())
      .toEqual([expect.stringMatching(/^Sector not recorded\s+\d+$/)]);
    const count = (await notRecorded.allInnerTexts()).join("").replace(/\D+/g, "");
    await page
      .getByLabel("Sector of exploitation", { exact: true })
      .selectOption({ label: "Sector not recorded" });
    await page.getByRole("button", { name: "Show figures" }).click();
    await page
      .getByText(
        /^Filtered to the sector “Sector not recorded”: cases per year and by form are of this sector/,
      )
      .waitFor();
    for (const name of ["Cases per year of first contact", "Cases by form of exploitation"]) {
      const total = table(name).getByRole("row", { name: /^Total/ });
      await expect
        .poll(() => total.allInnerTexts())
        .toEqual([expect.stringMatching(new RegExp(`^Total\\s+${count}$`))]);
    }
    await page.getByLabel("Sector of exploitation", { exact: true }).selectOption({ label: "All sectors" });
    await page.getByRole("button", { name: "Show figures" }).click();
    await page.getByText(/^Filtered to the sector /).waitFor({ state: "detached" });
  });

  it("fits a 390 px phone", async () => {
    await expectFitsPhone(journey.page, "statistics", [390]);
    await signOut(journey.page);
  });
});

describe("the analyst sees figures, never a person", () => {
  it("signs in and sees a small count marked as hidden", async () => {
    const page = journey.page;
    await signIn(page, journey.server, "analyst");
    await expect.poll(() => page.getByRole("link", { name: "Cases" }).count()).toBe(0);
    await page.getByRole("link", { name: "Statistics" }).first().click();
    const citizenship = table("Cases by citizenship");
    await citizenship.waitFor();
    const hidden = citizenship.locator('td[data-suppressed="true"]');
    await expect.poll(() => hidden.count()).toBeGreaterThan(0);
    expect((await hidden.first().textContent())?.trim()).toBe("hidden");
    await expectAccessible(page, "statistics (analyst)");
  });
});

describe("the regional analyst sees the region's roll-up, never a municipality's small count", () => {
  it("signs in, opens Statistics and reads the region's cases by municipality", async () => {
    const page = journey.page;
    await signOut(page);
    await signIn(page, journey.server, "regional_analyst");
    await expect.poll(() => page.getByRole("link", { name: "Cases" }).count()).toBe(0);
    await page.getByRole("link", { name: "Statistics" }).first().click();
    await page.getByRole("heading", { level: 1, name: "Regional statistics" }).waitFor();
    await page.getByLabel("From year").fill("2023");
    await page.getByLabel("To year").fill("2025");
    await page.getByRole("button", { name: "Show figures" }).click();
    await page
      .getByRole("heading", { level: 2, name: "Cases in Demo municipality region, 2023–2025" })
      .waitFor();
    const rows = table("Cases by municipality").getByRole("row");
    await expect
      .poll(() => rows.allInnerTexts())
      .toEqual([
        expect.stringMatching(/^Municipality\s+Count$/),
        expect.stringMatching(/^Demo municipality\s+240$/),
        expect.stringMatching(/^Total\s+240$/),
      ]);
    // The demo's rare forms are small: hidden, written as such, never as 0.
    const hidden = table("Cases by form of exploitation").locator('td[data-suppressed="true"]');
    await expect.poll(() => hidden.count()).toBeGreaterThan(0);
    expect((await hidden.first().textContent())?.trim()).toBe("hidden");
    await expectAccessible(page, "regional statistics");
  });

  it("downloads the municipalities' figures as CSV and fits a 390 px phone", async () => {
    const page = journey.page;
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download “Cases by municipality” as CSV" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe("regional-by-municipality-2023-2025.csv");
    const csv = readFileSync((await file.path()) as string, "utf8");
    expect(csv.split("\r\n")[0]).toBe("Municipality,Count");
    expect(csv).toContain("Total,240");
    await expectFitsPhone(page, "regional statistics", [390]);
  });
});

describe("the system admin draws a region, and its regional analyst sees both municipalities", () => {
  const run = Date.now().toString(36);
  const town = `Lakeside ${run}`;
  const regionName = `Lake district ${run}`;
  const analyst = { email: `regional-${run}@demo.ariadne.test`, name: `Rea Region ${run}`, password: "" };

  beforeAll(async () => {
    // A second municipality with its own historic cases, in no region yet.
    const db = journey.server.db;
    const m = await withSystem(db, (tx) => createMunicipality(tx, { name: town, country: "FI" }));
    await withTenant(db, m.id, (tx) =>
      adminDb.insertOrganisation(tx, {
        id: randomUUID(),
        municipalityId: m.id,
        name: "Lakeside social services",
        kind: "social_services",
      }),
    );
    await seedDemoStatistics(db, m.id, { count: 120, years: [2023, 2024, 2025] });
  });

  it("opens Regions (no municipality to choose), moves the demo municipality out of its region and creates one with two", async () => {
    const page = journey.page;
    await signOut(page);
    await signIn(page, journey.server, "system_admin");
    await page
      .getByRole("navigation", { name: "Modules" })
      .getByRole("link", { name: "Administration" })
      .click();
    await page
      .getByRole("navigation", { name: "Administration sections" })
      .getByRole("link", { name: "Regions" })
      .click();
    await page.getByRole("heading", { level: 1, name: "Regions" }).waitFor();
    await page.getByRole("heading", { level: 2, name: "Demo municipality region" }).waitFor();
    expect(await page.getByLabel("Municipality", { exact: true }).count()).toBe(0);

    // Regions never overlap: the demo municipality leaves its region before joining the new one.
    await page
      .getByRole("button", { name: "Remove Demo municipality from Demo municipality region" })
      .click();
    await page
      .getByRole("status")
      .filter({ hasText: "Demo municipality removed from Demo municipality region." })
      .waitFor();

    const form = page.getByRole("region", { name: "New region" });
    await form.getByRole("button", { name: "Create region" }).click();
    await form.locator(".field-error").first().waitFor();
    await form.getByLabel("Name of the region").fill(regionName);
    await form.getByLabel("Demo municipality").check();
    await form.getByLabel(town).check();
    await form.getByRole("button", { name: "Create region" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: `Region “${regionName}” created.` })
      .waitFor();
    const members = page.getByRole("list", { name: `Municipalities of ${regionName}` }).getByRole("listitem");
    await expect
      .poll(() => members.allInnerTexts())
      .toEqual([
        expect.stringMatching(/^Demo municipality\s+Remove$/),
        expect.stringMatching(new RegExp(`^${town}\\s+Remove$`)),
      ]);
    await expectAccessible(page, "regions");
    await expectFitsPhone(page, "regions", [390]);
  });

  it("adds a regional analyst of the new region", async () => {
    const page = journey.page;
    await page
      .getByRole("navigation", { name: "Administration sections" })
      .getByRole("link", { name: "Users" })
      .click();
    await page.getByRole("heading", { level: 1, name: "Users" }).waitFor();
    await page.getByLabel("Municipality", { exact: true }).selectOption({ label: "Demo municipality" });
    const form = page.locator("section", { has: page.getByRole("heading", { name: "Add a user" }) });
    await form.getByLabel("Email address").fill(analyst.email);
    await form.getByLabel("Name").fill(analyst.name);
    await form.getByLabel("Organisation").selectOption({ label: "Anti-trafficking coordination office" });
    await form.getByLabel("Role").selectOption("regional_analyst");
    await form.getByLabel("Region").selectOption({ label: regionName });
    await form.getByRole("button", { name: "Add user" }).click();
    const password = page.getByTestId("initial-password");
    await expect.poll(async () => (await password.textContent())?.length ?? 0).toBeGreaterThanOrEqual(12);
    analyst.password = (await password.textContent()) ?? "";
    await page.getByRole("button", { name: "I have noted the password" }).click();
    await password.waitFor({ state: "detached" });
    await signOut(page);
  });

  it("the regional analyst signs in and reads both municipalities in the region's roll-up", async () => {
    const page = journey.page;
    await page.getByLabel("Email address").fill(analyst.email);
    await page.getByLabel("Password").fill(analyst.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { level: 1, name: "Choose your own password" }).waitFor();
    await page.getByLabel("New password", { exact: true }).fill("lanterns along the shore");
    await page.getByLabel("New password again").fill("lanterns along the shore");
    await page.getByRole("button", { name: "Save password and continue" }).click();
    await page.getByRole("heading", { level: 1, name: `Welcome, ${analyst.name}` }).waitFor();
    await page.getByRole("link", { name: "Statistics" }).first().click();
    await page.getByRole("heading", { level: 1, name: "Regional statistics" }).waitFor();
    await page.getByLabel("From year").fill("2023");
    await page.getByLabel("To year").fill("2025");
    await page.getByRole("button", { name: "Show figures" }).click();
    await page.getByRole("heading", { level: 2, name: `Cases in ${regionName}, 2023–2025` }).waitFor();
    const rows = table("Cases by municipality").getByRole("row");
    await expect
      .poll(() => rows.allInnerTexts())
      .toEqual([
        expect.stringMatching(/^Municipality\s+Count$/),
        expect.stringMatching(/^Demo municipality\s+240$/),
        expect.stringMatching(new RegExp(`^${town}\\s+120$`)),
        expect.stringMatching(/^Total\s+360$/),
      ]);
  });
});
