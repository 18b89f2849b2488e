import { describe, expect, it } from "vitest";
import { expectAccessible, expectFitsPhone, useJourney } from "./support/journey.ts";
import { signIn, signOut } from "./support/sign-in.ts";

/**
 * The case team's tools: duplicates merged explicitly, encrypted attachments, the team, the
 * person's rectification, break-glass with its review, and anonymisation — in a browser, axe clean.
 */

const journey = useJourney("cases-team");
const run = Date.now().toString(36);
const givenName = `Rūta ${run}`;
let caseUrl = "";
let caseCode = "";

const panel = (name: string) =>
  journey.page.locator("section", { has: journey.page.getByRole("heading", { name }) });

describe("the case team's tools", () => {
  it("merges a duplicate into a case after an explicit confirmation", async () => {
    await signIn(journey.page, journey.server, "frontline");
    await journey.page.goto(`${journey.server.url}/cases`);
    const form = panel("Open a new case");
    for (let i = 0; i < 2; i++) {
      await form.getByLabel("Given name").fill(givenName);
      await form.getByLabel("Family name").fill("Petrauskaitė");
      await form.getByLabel("Date of birth").fill("1999-02-03");
      await form.getByRole("button", { name: "Open case" }).click();
      await journey.page.getByRole("heading", { level: 1, name: /^Case C\d{4}-/ }).waitFor();
      if (i === 0) await journey.page.getByRole("link", { name: "Back to the case list" }).click();
    }
    caseUrl = journey.page.url();
    caseCode = ((await journey.page.getByRole("heading", { level: 1 }).textContent()) ?? "").replace(
      "Case ",
      "",
    );
    const duplicates = journey.page.locator("section", {
      has: journey.page.getByRole("heading", { name: "Possible duplicates" }),
      hasText: "merge it into this case",
    });
    const start = duplicates.getByRole("button", { name: /^Merge C\d{4}-.* into this case…$/ });
    const label = (await start.textContent()) ?? "";
    const other = label.replace(/^Merge /, "").replace(/ into this case…$/, "");
    await start.click();
    await duplicates.getByText(`${other} is closed as a duplicate for good`, { exact: false }).waitFor();
    await expectAccessible(journey.page, "merge confirmation");
    await duplicates.getByRole("button", { name: `Merge ${other} now` }).click();
    await journey.page
      .getByRole("status")
      .filter({ hasText: `${other} merged into ${caseCode}.` })
      .waitFor();
    // The page reloads the case after the notice: wait for the merged duplicate to leave the panel.
    await journey.page
      .getByRole("button", { name: /^Merge / })
      .first()
      .waitFor({ state: "detached" });
  });

  it("uploads an attachment within the limits and downloads it, never inline", async () => {
    const upload = panel("Add an attachment");
    await upload.getByText("PDF, PNG, JPEG only, at most 716.8 kB.", { exact: false }).first().waitFor();
    const file = upload.getByLabel("File");
    await file.setInputFiles({
      name: "too-big.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(800 * 1024)]),
    });
    await upload.getByText("The file is larger than 716.8 kB.").waitFor();
    await file.setInputFiles({
      name: "statement.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from(`%PDF-1.4\n% witness statement ${run}\n%%EOF\n`),
    });
    await upload.getByRole("button", { name: "Upload" }).click();
    await journey.page.getByRole("status").filter({ hasText: "statement.pdf attached." }).waitFor();
    const link = journey.page
      .getByTestId("case-attachments")
      .getByRole("link", { name: "Download statement.pdf" });
    const href = (await link.getAttribute("href")) ?? "";
    const headers = await journey.page.evaluate(async (h) => {
      const res = await fetch(h);
      return {
        status: res.status,
        disposition: res.headers.get("content-disposition"),
        body: await res.text(),
      };
    }, href);
    expect(headers.status).toBe(200);
    expect(headers.disposition).toMatch(/^attachment; filename="statement.pdf"/);
    expect(headers.body).toContain(`witness statement ${run}`);
    const download = journey.page.waitForEvent("download");
    await link.click();
    expect((await download).suggestedFilename()).toBe("statement.pdf");
    await expectAccessible(journey.page, "attachments");
  });

  it("adds an organisation to the case team from the list, and removes it", async () => {
    const grant = panel("Add to the team");
    await grant.getByLabel("Organisation or colleague").selectOption({ label: "Police department" });
    await grant.getByRole("button", { name: "Add to team" }).click();
    await journey.page
      .getByRole("status")
      .filter({ hasText: "Police department added to the team." })
      .waitFor();
    await journey.page.getByTestId("case-grants").getByText("Police department").waitFor();
    // The list of candidates is reloaded with the team: Police department leaves it.
    const options = () => grant.getByLabel("Organisation or colleague").locator("option").allTextContents();
    await expect.poll(options).not.toContain("Police department");
    await expect.poll(async () => (await options()).some((o) => o.startsWith("Sven Shelter"))).toBe(false);
    await expectAccessible(journey.page, "case team");
    await journey.page.getByRole("button", { name: "Remove Police department from the team" }).click();
    await journey.page
      .getByRole("status")
      .filter({ hasText: "Police department removed from the team." })
      .waitFor();
    await journey.page.getByTestId("case-grants").waitFor({ state: "detached" });
  });

  it("records consent to sharing with an organisation picked from the list", async () => {
    const consent = panel("Record consent");
    await consent.getByLabel("Purpose").selectOption("sharing");
    await consent.getByRole("button", { name: "Record consent" }).click();
    await consent.locator(".field-error").first().waitFor();
    await consent.getByLabel("Shared with (organisation)").selectOption({ label: "Labour inspection" });
    await consent.getByRole("button", { name: "Record consent" }).click();
    await journey.page.getByRole("status").filter({ hasText: "Consent recorded." }).waitFor();
    await journey.page
      .getByTestId("case-timeline")
      .getByText("Sharing with Labour inspection", { exact: false })
      .waitFor();
  });

  it("corrects the person's name and shows the earlier value as a version", async () => {
    const form = panel("Correct the person's details");
    await form.getByLabel("Family name").fill("Petrauskienė");
    // Citizenship is chosen by the country's name, never typed as a code.
    await form.getByLabel("Citizenship").selectOption({ label: "Lithuania" });
    await form.getByRole("button", { name: "Save corrections" }).click();
    await journey.page
      .getByRole("status")
      .filter({ hasText: "The person's details were corrected." })
      .waitFor();
    await journey.page.getByText(`${givenName} Petrauskienė`).waitFor();
    await journey.page.getByRole("button", { name: "Show earlier versions" }).click();
    await journey.page
      .getByTestId("case-versions")
      .getByText("Family name changed from Petrauskaitė to Petrauskienė")
      .waitFor();
    await expect
      .poll(() => panel("Correct the person's details").getByLabel("Citizenship").inputValue())
      .toBe("LT");
    await journey.page
      .getByTestId("case-versions")
      .getByText(/Citizenship .*Lithuania/)
      .waitFor();
    await expectAccessible(journey.page, "versions");
    await expectFitsPhone(journey.page, "case page with team tools");
  });

  it("assigns the case, records its sector and finds it with the form and assignee filters", async () => {
    const form = panel("Case details");
    await form.getByLabel("Assigned to").selectOption({ label: "Frida Frontline" });
    await form.getByLabel("Domestic servitude").check();
    await form.getByLabel("Sector of exploitation").selectOption({ label: "Domestic work" });
    await form.getByRole("button", { name: "Save" }).click();
    await journey.page.getByRole("status").filter({ hasText: "Case details saved." }).waitFor();
    const sector = journey.page.locator("dt", { hasText: /^Sector of exploitation$/ }).locator("+ dd");
    await expect.poll(() => sector.textContent()).toBe("Domestic work");
    await journey.page.getByRole("link", { name: "Back to the case list" }).click();
    await journey.page.getByRole("heading", { level: 1, name: "Cases" }).waitFor();
    await journey.page.getByLabel("Form of exploitation").selectOption("domestic_servitude");
    await journey.page.getByLabel("Assignee").selectOption("me");
    await journey.page.getByRole("button", { name: "Show", exact: true }).click();
    const id = new URL(caseUrl).pathname.split("/").pop() ?? "";
    await journey.page.locator(`a[href="/cases/${id}"]`).waitFor();
    await journey.page.getByText(/^Page 1 of the list; \d+ cases match\.$/).waitFor();
    await expectAccessible(journey.page, "case list filtered by assignee");
    await journey.page.goto(caseUrl);
  });

  it("a coordinator outside the team opens the case with a reason, under a clear banner", async () => {
    await signOut(journey.page);
    await signIn(journey.page, journey.server, "coordinator");
    await journey.page.goto(caseUrl);
    await journey.page.getByText("You can see that this case exists, but not its content.").waitFor();
    await expect.poll(() => journey.page.getByText(givenName).count()).toBe(0);
    const form = panel("Emergency access");
    await form.getByRole("button", { name: "Open with emergency access" }).click();
    await form.locator(".field-error").first().waitFor();
    await form.getByText("Please correct the fields marked below.").waitFor();
    await form.getByLabel("Reason").fill("short");
    await form.getByRole("button", { name: "Open with emergency access" }).click();
    await form.getByText("Write at least 10 characters.").waitFor();
    await expectAccessible(journey.page, "break-glass form");
    // Fixing the field clears its error and the form's line about it, before anything is sent.
    await form.getByLabel("Reason").fill(`Person at the emergency room tonight ${run}`);
    await expect.poll(() => form.locator(".field-error").count()).toBe(0);
    await expect.poll(() => form.getByText("Please correct the fields marked below.").count()).toBe(0);
    await form.getByRole("button", { name: "Open with emergency access" }).click();
    const banner = journey.page.getByTestId("break-glass-banner");
    await expect.poll(() => banner.textContent()).toContain("emergency access");
    await expect.poll(() => banner.textContent()).toMatch(/Your access ends .+\./);
    await journey.page.getByText(`${givenName} Petrauskienė`).waitFor();
    await expect.poll(() => journey.page.getByRole("heading", { name: "Add a note" }).count()).toBe(0);
    await expectAccessible(journey.page, "case via break-glass");
    await expectFitsPhone(journey.page, "case via break-glass");
  });

  it("the coordinator reviews the emergency access with its reason", async () => {
    await journey.page.goto(`${journey.server.url}/cases`);
    await journey.page.getByRole("link", { name: "Review emergency accesses" }).click();
    await journey.page.getByRole("heading", { level: 1, name: "Emergency accesses to review" }).waitFor();
    const row = journey.page.locator("tr", { hasText: `Person at the emergency room tonight ${run}` });
    await row.getByText("Kaisa Coordinator").waitFor();
    await expectAccessible(journey.page, "break-glass review");
    await expectFitsPhone(journey.page, "break-glass review");
    await row.getByRole("button", { name: "Mark reviewed" }).click();
    await journey.page.getByRole("status").filter({ hasText: "Marked as reviewed." }).waitFor();
    await journey.page
      .locator("tr", { hasText: `emergency room tonight ${run}` })
      .waitFor({ state: "detached" });
  });

  it("the coordinator finds the cases a colleague is assigned to", async () => {
    await journey.page.goto(`${journey.server.url}/cases`);
    await journey.page.getByRole("heading", { level: 1, name: "Cases" }).waitFor();
    await journey.page.getByLabel("Assignee").selectOption({ label: "Frida Frontline" });
    // The list is asked for her cases (the server's filter has its own tests).
    const asked = journey.page.waitForRequest((r) =>
      /\/api\/v1\/cases\?.*assigneeId=[0-9a-f-]{36}/.test(r.url()),
    );
    await journey.page.getByRole("button", { name: "Show", exact: true }).click();
    await asked;
    const id = new URL(caseUrl).pathname.split("/").pop() ?? "";
    await journey.page.locator(`a[href="/cases/${id}"]`).waitFor();
    await expectAccessible(journey.page, "case list filtered by a colleague");
  });

  it("the team closes the case and anonymises it after a confirmation that keeps coded statistics", async () => {
    await signOut(journey.page);
    await signIn(journey.page, journey.server, "frontline");
    await journey.page.goto(caseUrl);
    const status = panel("Change status");
    await status.getByLabel("New status").selectOption("closed");
    await status.getByLabel("Reason for closing").selectOption("assistance_completed");
    await status.getByRole("button", { name: "Change status" }).click();
    await journey.page.getByRole("status").filter({ hasText: "Status changed to “Closed”." }).waitFor();
    const erase = panel("Erase the person's identity");
    await erase.getByRole("button", { name: "Anonymise this case…" }).click();
    await erase.getByText("The coded statistics stay", { exact: false }).waitFor();
    await expectAccessible(journey.page, "anonymise confirmation");
    await erase.getByRole("button", { name: "Anonymise now" }).click();
    await journey.page.getByRole("status").filter({ hasText: "The case was anonymised." }).waitFor();
    await journey.page.getByText("This case has been anonymised", { exact: false }).waitFor();
    await expect.poll(() => journey.page.getByText(givenName).count()).toBe(0);
    await expect.poll(() => journey.page.getByTestId("case-attachments").count()).toBe(0);
    await expectAccessible(journey.page, "anonymised case");
  });

  it("met no console error, CSP refusal or script error on any page", () => {
    expect(journey.visited.length).toBeGreaterThan(8);
    expect(journey.browser.problems).toEqual([]);
  });
});
