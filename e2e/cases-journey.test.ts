import { describe, expect, it } from "vitest";
import { expectAccessible, expectNoSidewaysScroll, useJourney } from "./support/journey.ts";
import { signIn, signOut } from "./support/sign-in.ts";

const journey = useJourney("cases");
const run = Date.now().toString(36);
const noteText = `First meeting at the drop-in centre ${run}`;
let caseUrl = "";

describe("a frontline professional works a case", () => {
  it("signs in with password and TOTP and opens the case list", async () => {
    await journey.page.goto(journey.server.url);
    await journey.page.waitForURL(/\/sign-in$/);
    await signIn(journey.page, journey.server, "frontline");

    const modules = journey.page.getByRole("navigation", { name: "Modules" });
    await modules.getByRole("link", { name: "Cases" }).waitFor();
    // Nothing in Administration opens for a frontline professional, so it is not offered.
    await expect.poll(() => modules.getByRole("link", { name: "Administration" }).count()).toBe(0);
    await modules.getByRole("link", { name: "Cases" }).click();
    await journey.page.getByRole("heading", { level: 1, name: "Cases" }).waitFor();
    await journey.page.getByRole("heading", { name: "Open a new case" }).waitFor();
    await expectAccessible(journey.page, "case list");
  });

  it("is not offered emergency access as if an unknown address were a case", async () => {
    const before = journey.browser.problems.length;
    await journey.page.goto(`${journey.server.url}/cases/00000000-0000-4000-8000-000000000000`);
    await journey.page
      .getByRole("alert")
      .filter({ hasText: "There is no case at this address that you may see" })
      .waitFor();
    await expect.poll(() => journey.page.getByRole("heading", { name: "Emergency access" }).count()).toBe(0);
    await journey.page
      .getByRole("button", { name: "I know this case exists: ask for emergency access" })
      .waitFor();
    await expectAccessible(journey.page, "no case here");
    await journey.page.getByRole("link", { name: "Back to the case list" }).click();
    await journey.page.getByRole("heading", { name: "Open a new case" }).waitFor();
    // The API's 404 for that address is the answer this step asks for; anything else stays a problem.
    const seen = journey.browser.problems.splice(before);
    journey.browser.problems.push(...seen.filter((p) => !/status of 404/.test(p)));
  });

  it("opens a pseudonymous case", async () => {
    const form = journey.page.locator("section", {
      has: journey.page.getByRole("heading", { name: "Open a new case" }),
    });
    // A case of nothing is refused, at the pseudonym field; one detail is enough and clears it.
    await form.getByRole("button", { name: "Open case" }).click();
    const minimum = "Give at least a pseudonym, or one detail about the person or the concern.";
    await form.locator(".field-error").filter({ hasText: minimum }).waitFor();
    await form.getByRole("alert").filter({ hasText: "Please correct the fields marked below." }).waitFor();
    await form.getByLabel("Age band").selectOption("21-23");
    await expect.poll(() => form.locator(".field-error").count()).toBe(0);
    await expect.poll(() => form.getByText("Please correct the fields marked below.").count()).toBe(0);
    // Codes typed as such are taken with Enter, and listed by name.
    await form.getByLabel("Languages").fill("fi, ru");
    await form.getByLabel("Languages").press("Enter");
    await form.getByRole("button", { name: "Remove Finnish" }).waitFor();
    await form.getByRole("button", { name: "Remove Russian" }).waitFor();
    await form.getByLabel("Forced labour").check();
    await form.getByRole("button", { name: "Open case" }).click();
    await journey.page.getByRole("heading", { level: 1, name: /^Case C\d{4}-/ }).waitFor();
    caseUrl = journey.page.url();
    await journey.page
      .getByRole("status")
      .filter({ hasText: /^Case C\d{4}-.* opened\.$/ })
      .waitFor();
    await expect.poll(() => journey.page.getByTestId("case-status").textContent()).toBe("Concern raised");
    await expect.poll(() => journey.page.getByText("Pseudonymous: no name recorded").count()).toBe(1);
    await expectAccessible(journey.page, "case page");
  });

  it("adds a note and records consent, and sees both on the timeline", async () => {
    const note = journey.page.locator("section", {
      has: journey.page.getByRole("heading", { name: "Add a note" }),
    });
    await note.getByRole("button", { name: "Add note" }).click();
    await note.locator(".field-error").filter({ hasText: "Fill in this field." }).waitFor();
    await note.getByLabel("Note").fill(noteText);
    await note.getByRole("button", { name: "Add note" }).click();
    await journey.page.getByRole("status").filter({ hasText: "Note added." }).waitFor();
    const timeline = journey.page.getByTestId("case-timeline");
    await timeline.getByText(noteText).waitFor();

    const consent = journey.page.locator("section", {
      has: journey.page.getByRole("heading", { name: "Record consent" }),
    });
    await consent.getByLabel("Purpose").selectOption("processing");
    await consent.getByLabel("Written").check();
    await consent.getByLabel("Language of consent").selectOption("ru");
    await consent.getByLabel("An interpreter was used").check();
    await consent.getByRole("button", { name: "Record consent" }).click();
    await journey.page.getByRole("status").filter({ hasText: "Consent recorded." }).waitFor();
    const consentItem = timeline.locator("li").filter({ hasText: "Processing of personal data" });
    await expect.poll(() => consentItem.textContent()).toContain("with interpreter");
    await expect.poll(() => consentItem.textContent()).toContain("in force");
    await expect.poll(() => timeline.locator("li").count()).toBe(2);
    await expectAccessible(journey.page, "case timeline");
  });

  it("records a meeting", async () => {
    const form = journey.page.locator("section", {
      has: journey.page.getByRole("heading", { name: "Record a contact or meeting" }),
    });
    await form.getByLabel("Meeting").check();
    await form.getByLabel("Summary").fill(`Met at the service point ${run}`);
    await form.getByLabel("An interpreter was used").check();
    await form.getByRole("button", { name: "Record contact" }).click();
    await journey.page.getByRole("status").filter({ hasText: "Contact recorded." }).waitFor();
    await journey.page
      .getByTestId("case-timeline")
      .getByText(`Meeting: Met at the service point ${run} (with interpreter)`)
      .waitFor();
  });

  it("adds tasks and marks one done", async () => {
    const form = journey.page.locator("section", {
      has: journey.page.getByRole("heading", { name: "Add a task" }),
    });
    for (const title of ["Book an interpreter", "Call the shelter"]) {
      await form.getByLabel("Task").fill(title);
      await form.getByRole("button", { name: "Add task" }).click();
      await journey.page.getByRole("status").filter({ hasText: "Task added." }).waitFor();
      await journey.page
        .getByTestId("case-timeline")
        .getByText(new RegExp(`^${title}, due`))
        .waitFor();
    }
    await journey.page.getByRole("button", { name: "Mark done: Call the shelter" }).click();
    await journey.page.getByRole("status").filter({ hasText: "Task marked done." }).waitFor();
    await journey.page
      .getByTestId("case-timeline")
      .getByText(/^Call the shelter, due .* \(done\)$/)
      .waitFor();
    await expect
      .poll(() => journey.page.getByRole("button", { name: "Mark done: Call the shelter" }).count())
      .toBe(0);
    await journey.page.getByRole("button", { name: "Mark done: Book an interpreter" }).waitFor();
  });

  it("moves the case to screening", async () => {
    const form = journey.page.locator("section", {
      has: journey.page.getByRole("heading", { name: "Change status" }),
    });
    await form.getByLabel("New status").selectOption("screening");
    await form.getByRole("button", { name: "Change status" }).click();
    await journey.page.getByRole("status").filter({ hasText: "Status changed to “Screening”." }).waitFor();
    // The notice can come before the case has reloaded; wait for the page to show the new status.
    await expect.poll(() => journey.page.getByTestId("case-status").textContent()).toBe("Screening");
  });

  it("is told of a conflicting change and sees the current status", async () => {
    const form = journey.page.locator("section", {
      has: journey.page.getByRole("heading", { name: "Change status" }),
    });
    await form.getByLabel("New status").selectOption("potential_victim");
    // Someone else moves the case meanwhile (the same session, through the API).
    const status = await journey.page.evaluate(async (url) => {
      const id = new URL(url).pathname.split("/").pop();
      const session = await (await fetch("/api/v1/auth/session")).json();
      const current = await (await fetch(`/api/v1/cases/${id}`)).json();
      const res = await fetch(`/api/v1/cases/${id}/transitions`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-csrf-token": session.csrfToken },
        body: JSON.stringify({ to: "presumed_victim", version: current.version }),
      });
      return res.status;
    }, caseUrl);
    expect(status).toBe(200);
    await form.getByRole("button", { name: "Change status" }).click();
    await journey.page
      .getByRole("alert")
      .filter({ hasText: "Someone else changed this record meanwhile." })
      .waitFor();
    await journey.page.getByTestId("case-status").filter({ hasText: "Presumed victim" }).waitFor();
  });

  it("withdraws the consent", async () => {
    await journey.page.getByRole("button", { name: "Withdraw consent: Processing of personal data" }).click();
    await journey.page.getByRole("status").filter({ hasText: "Consent withdrawn." }).waitFor();
    const item = journey.page.getByTestId("case-timeline").locator("li").filter({ hasText: "Processing" });
    await item.filter({ hasText: "withdrawn on" }).waitFor();
  });

  it("exports the person's data as JSON and PDF", async () => {
    const json = journey.page.getByRole("link", { name: "Download as JSON" });
    const pdf = journey.page.getByRole("link", { name: "Download as PDF" });
    await expect
      .poll(() => json.getAttribute("href"))
      .toMatch(/^\/api\/v1\/persons\/[0-9a-f-]+\/export\?format=json/);
    await expect.poll(() => pdf.getAttribute("href")).toMatch(/format=pdf/);
    const [jsonHref, pdfHref] = [await json.getAttribute("href"), await pdf.getAttribute("href")];
    const result = await journey.page.evaluate(
      async ({ j, p }) => {
        const a = await fetch(j as string);
        const b = await fetch(p as string);
        const bytes = new Uint8Array(await b.arrayBuffer());
        return {
          jsonStatus: a.status,
          disposition: a.headers.get("content-disposition"),
          body: await a.text(),
          pdfStatus: b.status,
          pdfType: b.headers.get("content-type"),
          pdfMagic: String.fromCharCode(...bytes.slice(0, 5)),
        };
      },
      { j: jsonHref, p: pdfHref },
    );
    expect(result.jsonStatus).toBe(200);
    expect(result.disposition).toMatch(/^attachment/);
    expect(result.body).toContain(noteText);
    expect(result.pdfStatus).toBe(200);
    expect(result.pdfType).toContain("application/pdf");
    expect(result.pdfMagic).toBe("%PDF-");

    const download = journey.page.waitForEvent("download");
    await json.click();
    expect((await download).suggestedFilename()).toMatch(/\.json$/);
  });

  it("finds the case in the filtered list", async () => {
    await journey.page.getByRole("link", { name: "Back to the case list" }).click();
    await journey.page.getByRole("heading", { level: 1, name: "Cases" }).waitFor();
    await journey.page.getByLabel("Status", { exact: true }).selectOption("presumed_victim");
    await journey.page.getByLabel("Only cases with tasks due").check();
    await journey.page.getByRole("button", { name: "Show", exact: true }).click();
    const code = new URL(caseUrl).pathname.split("/").pop() ?? "";
    await journey.page.locator(`a[href="/cases/${code}"]`).waitFor();
    await expectAccessible(journey.page, "filtered case list");
  });

  it("keeps the filter in the address: Back from a case, a reload and a shared link show the same list", async () => {
    const page = journey.page;
    const code = new URL(caseUrl).pathname.split("/").pop() ?? "";
    const status = page.getByLabel("Status", { exact: true });
    const due = page.getByLabel("Only cases with tasks due");
    const statuses = () => page.locator('td[data-label="Status"]').allTextContents();
    const filteredListShown = async () => {
      await expect.poll(() => status.inputValue()).toBe("presumed_victim");
      await expect.poll(() => due.isChecked()).toBe(true);
      await page.locator(`a[href="/cases/${code}"]`).waitFor();
      await expect.poll(async () => [...new Set(await statuses())]).toEqual(["Presumed victim"]);
    };
    await expect
      .poll(() => Object.fromEntries(new URL(page.url()).searchParams))
      .toEqual({ status: "presumed_victim", dueTasks: "true" });
    const filteredUrl = page.url();
    await page.locator(`a[href="/cases/${code}"]`).click();
    await page.getByRole("heading", { level: 1, name: /^Case C\d{4}-/ }).waitFor();
    await page.goBack();
    await expect.poll(() => page.url()).toBe(filteredUrl);
    await filteredListShown();
    await page.reload();
    await filteredListShown();
    // A link with values the list cannot use shows the list without them, and says so.
    await page.goto(`${journey.server.url}/cases?status=nonsense&highRisk=maybe&after=garbage&assignee=x`);
    await page.getByText("Some filters in the address could not be used and are not applied.").waitFor();
    await page
      .getByRole("status")
      .filter({ hasText: /^Page 1 of the list/ })
      .waitFor();
    await expect.poll(() => status.inputValue()).toBe("");
    // The shared link works as it was copied.
    await page.goto(filteredUrl);
    await filteredListShown();
    await expect.poll(() => page.getByText(/could not be used/).count()).toBe(0);
  });

  it("is warned of a possible duplicate when opening a case for the same person again", async () => {
    const form = journey.page.locator("section", {
      has: journey.page.getByRole("heading", { name: "Open a new case" }),
    });
    const fillIdentity = async () => {
      await form.getByLabel("Given name").fill(`Anna ${run}`);
      await form.getByLabel("Family name").fill("Virtanen");
      await form.getByLabel("Date of birth").fill("2001-04-05");
    };
    await fillIdentity();
    await form.getByRole("button", { name: "Open case" }).click();
    await journey.page.getByRole("heading", { level: 1, name: /^Case C\d{4}-/ }).waitFor();
    await expect
      .poll(() => journey.page.getByRole("heading", { name: "Possible duplicates" }).count())
      .toBe(0);
    const firstCode =
      (await journey.page.getByRole("heading", { level: 1 }).textContent())?.replace("Case ", "") ?? "";

    await journey.page.getByRole("link", { name: "Back to the case list" }).click();
    await journey.page.getByRole("heading", { level: 1, name: "Cases" }).waitFor();
    await fillIdentity();
    await form.getByRole("button", { name: "Open case" }).click();
    const warning = journey.page.locator("section", {
      has: journey.page.getByRole("heading", { name: "Possible duplicates" }),
    });
    await expect
      .poll(() => warning.getByRole("link").first().textContent())
      .toBe(`${firstCode}: strong match on name, date of birth`);
    await expectAccessible(journey.page, "duplicate warning");
  });

  it("works on a 390 px phone without sideways scrolling", async () => {
    const phone = await journey.browser.context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(`${journey.server.url}/cases`);
    await phone.getByRole("heading", { level: 1, name: "Cases" }).waitFor();
    await phone.waitForSelector("table");
    await expectNoSidewaysScroll(phone, 390);
    await expectAccessible(phone, "case list (phone)");
    await phone.goto(caseUrl);
    await phone.getByTestId("case-timeline").waitFor();
    await expectNoSidewaysScroll(phone, 390);
    await expectAccessible(phone, "case page (phone)");

    // Finnish words are long: the case page must still fit the phone.
    await phone.getByRole("button", { name: "Menu" }).click();
    await phone.getByLabel("Language", { exact: true }).selectOption("fi");
    await phone.getByRole("heading", { level: 2, name: "Aikajana" }).waitFor();
    await expectNoSidewaysScroll(phone, 390);
    await expectAccessible(phone, "case page (phone, fi)");
    await phone.getByLabel("Kieli", { exact: true }).selectOption("en");
    await phone.getByRole("heading", { level: 2, name: "Timeline" }).waitFor();
    await phone.close();
  });

  it("a coordinator outside the team sees only that the case exists", async () => {
    await signOut(journey.page);
    await signIn(journey.page, journey.server, "coordinator");
    await journey.page.goto(caseUrl);
    await journey.page.getByRole("heading", { level: 1, name: /^Case C\d{4}-/ }).waitFor();
    await journey.page.getByText("You can see that this case exists, but not its content.").waitFor();
    await expect.poll(() => journey.page.getByTestId("case-status").textContent()).toBe("Presumed victim");
    await expect.poll(() => journey.page.getByTestId("case-timeline").count()).toBe(0);
    await expect.poll(() => journey.page.getByRole("heading", { name: "Add a note" }).count()).toBe(0);
    await expect.poll(() => journey.page.getByRole("link", { name: "Download as JSON" }).count()).toBe(0);
    await expect.poll(() => journey.page.getByText(noteText).count()).toBe(0);
    await expectAccessible(journey.page, "case existence only");
  });

  it("met no console error, CSP refusal or script error on any page", () => {
    expect(journey.visited.length).toBeGreaterThan(5);
    expect(journey.browser.problems).toEqual([]);
  });
});
