import type { Locator } from "playwright-core";
import { describe, expect, it } from "vitest";
import { describedText } from "./support/browser.ts";
import { draftKeptOnDevice, draftsOnDevice } from "./support/drafts.ts";
import { expectAccessible, expectNoSidewaysScroll, useJourney } from "./support/journey.ts";
import { signIn } from "./support/sign-in.ts";

const journey = useJourney("screening", { viewport: { width: 390, height: 844 } });
/** The case the screening is saved to, opened again from its timeline further down. */
let savedCase: { id: string; caseCode: string } | undefined;

describe("a frontline worker screens on a phone", () => {
  it("signs in", async () => {
    await journey.page.goto(journey.server.url);
    await journey.page.waitForURL(/\/sign-in$/);
    await signIn(journey.page, journey.server, "frontline");
  });

  it("chooses two lists and a supplementary form, and is asked one question for both lists", async () => {
    await journey.page.goto(`${journey.server.url}/screening`);
    await journey.page.getByRole("heading", { level: 1, name: "Screening" }).waitFor();
    await expectAccessible(journey.page, "screening start");

    const who = journey.page.getByRole("group", { name: "Who is being screened?" });
    await who.getByRole("checkbox", { name: "Adult, labour exploitation" }).check();
    await who.getByRole("checkbox", { name: "Adult, sexual exploitation" }).check();
    await journey.page
      .getByRole("group", { name: "Other forms to look for" })
      .getByRole("checkbox", { name: "Forced begging" })
      .check();
    const question = journey.page.getByRole("region", { name: "Next question", exact: true });
    await question.waitFor();
    await question.getByText("What to look for:").waitFor();
    await question
      .getByText(
        "If present, this brings the result closer for: Adult, labour exploitation, Adult, sexual exploitation",
      )
      .waitFor();
    await journey.page.getByRole("heading", { level: 2, name: "Result" }).waitFor();
    await journey.page
      .getByText("No answers yet. Every indicator counts as not known, never as absent.")
      .waitFor();
    await expectAccessible(journey.page, "first question");
  });

  it("answers with a source and note, and sees the result and its reasons update", async () => {
    const question = journey.page.getByRole("region", { name: "Next question", exact: true });
    const answers = journey.page.getByRole("region", { name: "Answers so far", exact: true });
    await question.getByText("Source and note (optional)").click();
    await question.getByLabel("Source (who said it, what was seen)").fill("outreach visit");
    await question.getByLabel("Note").fill("said the job was not what was promised");
    await question.getByRole("button", { name: "Present", exact: true }).click();
    await answers.getByText("outreach visit").waitFor();
    // The next question takes focus, for keyboard and screen reader users.
    await expect
      .poll(() => journey.page.evaluate(() => document.activeElement?.className ?? ""))
      .toContain("screening-wording");
    for (let i = 1; i < 5; i++) {
      await question.getByRole("button", { name: "Present", exact: true }).click();
      await expect.poll(() => answers.getByRole("listitem").count()).toBe(i + 1);
    }
    await question.getByRole("button", { name: "Not known", exact: true }).click();
    await expect.poll(() => answers.getByRole("listitem").count()).toBe(6);
    await answers.getByText(/: Not known/).waitFor();

    const result = journey.page.getByRole("region", { name: "Result", exact: true });
    await result
      .getByText(/Decided by/)
      .first()
      .waitFor();
    await result.getByRole("heading", { level: 3, name: /^Adult, sexual exploitation: / }).waitFor();
    await expect.poll(() => result.getByText(/: met/).count()).toBeGreaterThan(0);
    // What WCAG 2.4.11 and 2.5.8 ask of the phone's sticky result summary, checked where the
    // worker is: the question that took focus and its answer buttons are clear of the summary.
    const clearOfSummary = () =>
      journey.page.evaluate(() => {
        const bottom = document.querySelector(".screening-summary")!.getBoundingClientRect().bottom;
        const card = document.activeElement!.closest("section")!;
        const targets = [document.activeElement!, ...card.querySelectorAll(".screening-answer")];
        return targets.every((e) => e.getBoundingClientRect().top >= bottom);
      });
    await expect.poll(clearOfSummary).toBe(true);
    // axe places a sticky element where it was laid out, not where it sticks (dequelabs/axe-core
    // #3720), so on a scrolled page it counts whatever passes under the summary, e.g. the card the
    // worker answered before, as obscured. It runs with the summary in its place.
    await journey.page.evaluate(() => window.scrollTo(0, 0));
    await expectAccessible(journey.page, "after answers");
  });

  it("changes one answer and clears another", async () => {
    const answers = journey.page.getByRole("region", { name: "Answers so far", exact: true });
    const presentBefore = await answers.getByText(/: Present$/).count();
    await answers
      .getByRole("listitem")
      .filter({ hasText: ": Present" })
      .first()
      .getByRole("button", { name: /^Change answer: / })
      .click();
    const editor = answers.getByRole("form", { name: /^Change answer: / });
    await editor.getByLabel("Answer").selectOption("absent");
    await editor.getByLabel("Date observed").fill("2026-10-02");
    await editor.getByRole("button", { name: "Save" }).click();
    await answers.getByText(/: Absent$/).waitFor();
    await answers.getByText(/2 Oct 2026/).waitFor();
    // Two observation dates: the result shows how it changed over time.
    await journey.page
      .getByRole("region", { name: "Result", exact: true })
      .getByRole("heading", { level: 3, name: "How the result changed over time" })
      .waitFor();
    // The situation as it stood on the earlier date, then back to the latest.
    const result = journey.page.getByRole("region", { name: "Result", exact: true });
    await result.getByLabel("Show the result as of").fill("2026-10-02");
    await result.getByText("Result as of 2 Oct 2026").waitFor();
    await result.getByRole("button", { name: "Show the latest" }).click();
    await result.getByText("Result as of 2 Oct 2026").waitFor({ state: "detached" });
    await expect.poll(() => answers.getByText(/: Present$/).count()).toBe(presentBefore - 1);
    await expectAccessible(journey.page, "answer changed");

    await answers
      .getByRole("button", { name: /^Clear answer: / })
      .last()
      .click();
    await expect.poll(() => answers.getByRole("listitem").count()).toBe(5);
  });

  it("records what the person tells unprompted from the questions grouped by topic", async () => {
    const browse = journey.page.getByRole("region", { name: "All questions by topic", exact: true });
    const answers = journey.page.getByRole("region", { name: "Answers so far", exact: true });
    const before = await answers.getByRole("listitem").count();
    const group = browse.getByText(/^Deceptive recruitment \(\d+ of 10 answered\)$/);
    const done = Number((await group.textContent())?.match(/\((\d+) of/)?.[1]);
    await group.click();
    const wages = browse.getByLabel("Deceived about wages or earnings");
    await expect.poll(() => wages.inputValue()).toBe("");
    await wages.selectOption("present");
    await browse.getByText(`Deceptive recruitment (${done + 1} of 10 answered)`).waitFor();
    await expect.poll(() => answers.getByRole("listitem").count()).toBe(before + 1);
    await expectAccessible(journey.page, "questions by topic");
  });

  it("answers a supplementary form's question and sees it point to the form, apart from the ILO rule", async () => {
    const formQuestion = journey.page.getByRole("region", {
      name: "Next question about other forms",
      exact: true,
    });
    await formQuestion
      .getByText("These point to a form of exploitation. They do not count in the ILO rule.")
      .waitFor();
    await formQuestion.getByRole("button", { name: "Present", exact: true }).click();
    const other = journey.page.getByRole("region", {
      name: "Other forms (separate from the ILO rule)",
      exact: true,
    });
    await other.getByText("Points to Forced begging").waitFor();
    await journey.page.getByText(/^Forms indicated: .*Forced begging/).waitFor();
  });

  it("records a barrier and is shown how to approach the person; next steps end the page", async () => {
    const barriers = journey.page.getByRole("group", { name: "Why the person may not identify as a victim" });
    const first = barriers.getByRole("checkbox").first();
    await first.check();
    await expect.poll(() => barriers.locator(".screening-approach").count()).toBe(1);
    const steps = journey.page.getByRole("region", { name: "Next steps", exact: true });
    await expect
      .poll(() => steps.getByRole("listitem").allTextContents())
      .toSatisfy(
        (items: string[]) => /danger/i.test(items[0] ?? "") && /referr|assistance/i.test(items.at(-1) ?? ""),
      );
    // Not yet attached to a case: the printout names no case and leaves out free-text notes.
    await journey.page.emulateMedia({ media: "print" });
    await journey.page
      .locator(".screening-print-header")
      .getByText(/^Not attached to a case/)
      .waitFor();
    await expect.poll(() => journey.page.getByText("outreach visit").first().isVisible()).toBe(false);
    await journey.page.emulateMedia({ media: "screen" });
    // The next steps are the last section of the page.
    await expect
      .poll(() => journey.page.locator(".screening-page > section").last().getAttribute("class"))
      .toContain("screening-next-steps");
  });

  it("saves the screening to a case the frontline worker can see", async () => {
    // A demo case, opened through the cases API as the signed-in user.
    const session = await (
      await journey.page.request.get(`${journey.server.url}/api/v1/auth/session`)
    ).json();
    const created = await journey.page.request.post(`${journey.server.url}/api/v1/cases`, {
      data: { person: { aliases: ["Outreach visit, Tuesday"] } },
      headers: { "x-csrf-token": session.csrfToken },
    });
    expect(created.status()).toBe(201);
    const demo = (await created.json()).case;
    savedCase = demo;

    const save = journey.page.getByRole("region", { name: "Save to a case", exact: true });
    await save.getByRole("button", { name: "Show my cases" }).click();
    // The picker says what a worker recognises (pseudonym, initials, last activity) and the code.
    await save.getByLabel("Case", { exact: true }).selectOption(demo.id);
    await save.getByRole("button", { name: "Save to case" }).click();
    await save
      .getByRole("status")
      .filter({ hasText: `Saved to case ${demo.caseCode}.` })
      .waitFor();
    await expectAccessible(journey.page, "saved to case");

    const detail = await (
      await journey.page.request.get(`${journey.server.url}/api/v1/cases/${demo.id}`)
    ).json();
    const entry = detail.content.timeline.find((e: { kind: string }) => e.kind === "screening");
    expect(entry.screening.result.forms.pointedTo).toEqual(["forced_begging"]);
    expect(entry.screening.input.profiles).toEqual(["adult_labour", "adult_sexual"]);
    expect(JSON.stringify(entry.screening.input)).toContain("outreach visit");
    // Saved with its catalogue version; the result read back carries Ariadne's assistance signal.
    expect(entry.screening.input.catalogueVersion).toBe("catalogue-v2");
    expect(entry.screening.result.assistance.level).toMatch(/^(offer_assistance|keep_asking)$/);
  });

  it("prints a summary with date, who, as-of date and the case, without the question controls", async () => {
    await journey.page.emulateMedia({ media: "print" });
    const header = journey.page.locator(".screening-print-header");
    await header.waitFor({ state: "visible" });
    await expect.poll(() => header.textContent()).toMatch(/Printed on \d{1,2} [A-Z][a-z]+ \d{4}/);
    await expect.poll(() => header.textContent()).toContain("Screened by Frida Frontline");
    await expect.poll(() => header.textContent()).toMatch(/Result as of \d{1,2} [A-Z][a-z]+ \d{4}/);
    await expect.poll(() => header.textContent()).toMatch(/Case: /);
    const visible = (locator: Locator) => expect.poll(() => locator.isVisible());
    await visible(journey.page.getByRole("heading", { level: 2, name: "Next question" })).toBe(false);
    await visible(journey.page.getByRole("button", { name: "Print summary" })).toBe(false);
    await visible(journey.page.getByRole("heading", { level: 2, name: "Result" })).toBe(true);
    await visible(
      journey.page.getByRole("heading", { level: 2, name: "Assistance signal (Ariadne's own)" }),
    ).toBe(true);
    await visible(journey.page.getByRole("heading", { level: 2, name: "Next steps" })).toBe(true);
    // Attached to a case, the answers' source and note are printed too; the page intro is not.
    await visible(journey.page.getByText("outreach visit").first()).toBe(true);
    await visible(journey.page.getByText(/^A guided screening/)).toBe(false);
    await journey.page.emulateMedia({ media: "screen" });
  });

  it("sees Ariadne's assistance signal with its reasons apart from the ILO/EC result, and answers a first-contact question", async () => {
    const signal = journey.page.getByRole("region", {
      name: "Assistance signal (Ariadne's own)",
      exact: true,
    });
    await signal.getByText(/^(Offer assistance|Keep asking|No concern recorded)$/).waitFor();
    await signal.getByText(/It is not the ILO\/EC rule further down/).waitFor();
    const elements = signal.getByRole("list", { name: "Elements of trafficking" });
    const reasons = signal.getByRole("list", { name: "Why" });
    await elements
      .getByRole("listitem")
      .filter({ hasText: /^Purpose \(exploitation\): / })
      .waitFor();
    await reasons
      .getByRole("listitem")
      .filter({ hasText: /^Act: / })
      .waitFor();
    await signal.getByRole("heading", { level: 3, name: "What to do now" }).waitFor();

    const answers = journey.page.getByRole("region", { name: "Answers so far", exact: true });
    const before = await answers.getByRole("listitem").count();
    const first = journey.page.getByRole("region", { name: "First-contact question", exact: true });
    // The short set first; the full catalogue when the person is ready.
    const full = journey.page.getByRole("checkbox", {
      name: /^The person is ready: ask from the full catalogue/,
    });
    await full.check();
    await expect.poll(() => full.isChecked()).toBe(true);
    await full.uncheck();
    await first.getByText(/^If present, (the assistance signal becomes|this shows): /).waitFor();
    await first.getByRole("button", { name: "Present", exact: true }).click();
    await expect.poll(() => answers.getByRole("listitem").count()).toBe(before + 1);
    await expectNoSidewaysScroll(journey.page, 390);
    await expectAccessible(journey.page, "assistance signal");
  });

  it("reads in Finnish and still fits the phone", async () => {
    await journey.page.getByRole("button", { name: "Menu" }).click();
    await journey.page.getByLabel("Language", { exact: true }).selectOption("fi");
    await journey.page.getByRole("heading", { level: 1, name: "Seulonta" }).waitFor();
    await journey.page.getByRole("heading", { level: 2, name: "Seuraava kysymys", exact: true }).waitFor();
    await journey.page.getByRole("heading", { level: 2, name: "Tähänastiset vastaukset" }).waitFor();
    await journey.page.getByText("Mihin kiinnittää huomiota:").first().waitFor();
    const signal = journey.page.getByRole("region", { name: "Avun signaali (Ariadnen oma)", exact: true });
    await signal.getByText(/^(Tarjoa apua|Jatka kysymistä|Huolta ei kirjattu)$/).waitFor();
    await signal
      .getByRole("list", { name: "Miksi" })
      .getByRole("listitem")
      .filter({ hasText: /^Tarkoitus \(hyväksikäyttö\): / })
      .waitFor();
    await journey.page
      .getByRole("heading", { level: 2, name: "Ensikontaktin kysymys", exact: true })
      .waitFor();
    await expectNoSidewaysScroll(journey.page, 390);
    await expectAccessible(journey.page, "screening (fi)");
    await journey.page.getByLabel("Kieli", { exact: true }).selectOption("en");
    await journey.page.getByRole("heading", { level: 1, name: "Screening" }).waitFor();
  });

  it("keeps the draft on the device only encrypted across a reload, and discards it", async () => {
    const answered = journey.page.getByRole("heading", { level: 2, name: "Answers so far" });
    await journey.page.reload();
    await answered.waitFor();
    // The draft survives on the device, but only as ciphertext under the user's draft key.
    const kept = async () => (await draftsOnDevice(journey.page)).screening ?? "";
    await expect.poll(kept).toContain('"iv"');
    expect(await kept()).not.toMatch(/outreach|present|adult_labour/);
    await journey.page.getByRole("button", { name: "Discard draft" }).click();
    await answered.waitFor({ state: "detached" });
    await expect.poll(kept).toBe("");
    await expectNoSidewaysScroll(journey.page, 390);
    await expectAccessible(journey.page, "discarded");
    expect(journey.browser.problems).toEqual([]);
  });

  it("screens a group met at one workplace: shared answers once, each person's own result, a child with the child lists", async () => {
    await journey.page.getByRole("link", { name: "Screen a group met at one workplace" }).click();
    await journey.page.getByRole("heading", { level: 1, name: "Screening a group" }).waitFor();
    const shared = journey.page.getByRole("region", { name: "What they all share (answered once)" });
    await shared.getByLabel("Excessive working days or hours").selectOption("present");
    await shared.getByLabel("Low or no pay").selectOption("present");
    const first = journey.page.getByRole("article", { name: "Person 1" });
    const second = journey.page.getByRole("article", { name: "Person 2" });
    await first.getByText("Assistance signal (Ariadne's own): Keep asking").waitFor();
    await second.getByLabel("Accompanying child (screened with the child lists)").check();
    await second.getByText("Assistance signal (Ariadne's own): Offer assistance").waitFor();
    await first.getByText("Own answers: Person 1").click();
    await first
      .getByLabel("The employer or someone else holds the person's bank account, card or wages")
      .selectOption("present");
    await first.getByText("Assistance signal (Ariadne's own): Offer assistance").waitFor();
    await first.getByRole("heading", { level: 2, name: "Save Person 1 to a case" }).waitFor();
    await expectNoSidewaysScroll(journey.page, 390);
    await expectAccessible(journey.page, "group screening");
    expect(journey.browser.problems).toEqual([]);
  });

  it("opens the saved screening from the case timeline: result, answers with their dates and notes, who and when; prints it", async () => {
    const c = savedCase!;
    await journey.page.goto(`${journey.server.url}/cases/${c.id}`);
    const timeline = journey.page.getByTestId("case-timeline");
    await timeline
      .getByText(/^Assistance signal: (Offer assistance|Keep asking); ILO\/EC outcome: /)
      .waitFor();
    await timeline.getByRole("link", { name: /^Open the screening of / }).click();
    await journey.page.getByRole("heading", { level: 1, name: "Saved screening" }).waitFor();
    await journey.page
      .getByTestId("saved-screening-recorded")
      .filter({ hasText: "by Frida Frontline" })
      .waitFor();
    const answers = journey.page.getByTestId("saved-screening-answers");
    await answers.getByRole("listitem").filter({ hasText: "outreach visit" }).first().waitFor();
    await journey.page
      .getByRole("region", { name: "Assistance signal (Ariadne's own)", exact: true })
      .waitFor();
    await journey.page.getByRole("heading", { level: 2, name: "Result" }).waitFor();
    await expectNoSidewaysScroll(journey.page, 390);
    await expectAccessible(journey.page, "saved screening");

    await journey.page.emulateMedia({ media: "print" });
    const header = journey.page.locator(".screening-print-header");
    await header.waitFor({ state: "visible" });
    await expect.poll(() => header.textContent()).toContain(c.caseCode);
    await expect
      .poll(() => journey.page.getByRole("button", { name: "Print", exact: true }).isVisible())
      .toBe(false);
    await journey.page.emulateMedia({ media: "screen" });
  });

  it("screens again from the saved answers, saves to the same case, and the timeline shows what changed", async () => {
    const c = savedCase!;
    await journey.page.getByRole("link", { name: "Screen again from these answers" }).click();
    await journey.page.getByRole("heading", { level: 1, name: "Screening" }).waitFor();
    await journey.page
      .getByRole("status")
      .filter({ hasText: `Screening again for case ${c.caseCode}` })
      .waitFor();
    const answers = journey.page.getByRole("region", { name: "Answers so far", exact: true });
    await answers.getByText("outreach visit").first().waitFor();
    const before = await answers.getByRole("listitem").count();
    const question = journey.page.getByRole("region", { name: "Next question", exact: true });
    await question.getByRole("button", { name: "Present", exact: true }).click();
    await expect.poll(() => answers.getByRole("listitem").count()).toBe(before + 1);
    const save = journey.page.getByRole("region", { name: "Save to a case", exact: true });
    await save.getByRole("button", { name: `Save to case ${c.caseCode}` }).click();
    await save
      .getByRole("status")
      .filter({ hasText: `Saved to case ${c.caseCode}.` })
      .waitFor();

    await journey.page.goto(`${journey.server.url}/cases/${c.id}`);
    const timeline = journey.page.getByTestId("case-timeline");
    await timeline.getByText(/^Since the previous screening: [1-9]\d* new, 0 no longer present\.$/).waitFor();
    await expect.poll(() => timeline.getByRole("link", { name: /^Open the screening of / }).count()).toBe(2);
    // Newest first: the re-screening, with what appeared since the first.
    await timeline
      .getByRole("link", { name: /^Open the screening of / })
      .first()
      .click();
    await journey.page
      .getByTestId("saved-screening-changes")
      .getByText(/^New facts: /)
      .waitFor();
    await journey.page.getByText(/^Previous screening /).waitFor();
    await expectAccessible(journey.page, "re-screening");
  });

  it("keeps the pseudonym typed for a new case when the worker leaves the page and comes back", async () => {
    const page = journey.page;
    // The re-screening was saved: the device keeps no draft of it, so this is a new screening.
    await page.goto(`${journey.server.url}/screening`);
    await page
      .getByRole("group", { name: "Who is being screened?" })
      .getByRole("checkbox", { name: "Adult, labour exploitation" })
      .check();
    const question = page.getByRole("region", { name: "Next question", exact: true });
    await question.getByRole("button", { name: "Present", exact: true }).click();
    const save = page.getByRole("region", { name: "Save to a case", exact: true });
    await save.getByLabel("Pseudonym or code").fill("Mira at the car wash");
    await expect
      .poll(async () => JSON.stringify(await draftKeptOnDevice(page, "screening")))
      .toContain("Mira at the car wash");
    await page.getByRole("button", { name: "Menu" }).click();
    await page.getByRole("link", { name: "Cases", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Cases" }).waitFor();
    await page.goBack();
    await page.getByRole("heading", { level: 1, name: "Screening" }).waitFor();
    await expect.poll(() => save.getByLabel("Pseudonym or code").inputValue()).toBe("Mira at the car wash");
  });

  it("opens a new case from the screening with only a pseudonym, lands on a link to it, and nothing is left as unsaved", async () => {
    const page = journey.page;
    const save = page.getByRole("region", { name: "Save to a case", exact: true });
    // The list is read before the case exists: it must not be what the worker sees after.
    await save.getByRole("button", { name: "Show my cases" }).click();
    await save.getByLabel("Case", { exact: true }).waitFor();
    await save.getByRole("button", { name: "Open the case and save the screening" }).click();
    const done = save
      .getByRole("status")
      .filter({ hasText: /^Case C\d{4}-[2-9A-Z]{4}-[2-9A-Z]{4} opened and the screening saved to it\./ });
    await done.waitFor();
    const code = (await done.textContent())?.match(/C\d{4}-[2-9A-Z]{4}-[2-9A-Z]{4}/)?.[0];
    // Focus is on the confirmation, which links to the case.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest(".screening-saved") !== null))
      .toBe(true);
    const link = save.getByRole("link", { name: `Go to case ${code}` });
    await link.waitFor();
    // Nothing offers to save the same screening again.
    await save.getByLabel("Pseudonym or code").waitFor({ state: "detached" });
    await save.getByRole("button", { name: "Show my cases" }).waitFor({ state: "detached" });
    await save.getByLabel("Case", { exact: true }).waitFor({ state: "detached" });
    // Saved, so no longer kept on the device as unsent work.
    await expect.poll(async () => Object.keys(await draftsOnDevice(page))).not.toContain("screening");
    await expectNoSidewaysScroll(page, 390);
    await expectAccessible(page, "case from screening");

    await link.click();
    await page.getByRole("heading", { level: 1, name: `Case ${code}` }).waitFor();
    // Known by its pseudonym, not as a case with no name at all.
    await page.getByText("Pseudonym: Mira at the car wash (no name recorded)", { exact: true }).waitFor();
    // One case of that name: the save was not made twice.
    const list = await (await page.request.get(`${journey.server.url}/api/v1/cases?limit=200`)).json();
    expect(
      list.items.filter((c: { label: string | null }) => c.label === "Mira at the car wash"),
    ).toHaveLength(1);
    // Back on the screening page, nothing of the saved screening waits to be saved.
    await page.goto(`${journey.server.url}/screening`);
    await page.getByRole("group", { name: "Who is being screened?" }).waitFor();
    await page.getByRole("region", { name: "Save to a case", exact: true }).waitFor({ state: "detached" });
    await page.getByText("Work you had not yet saved").waitFor({ state: "detached" });
    expect(journey.browser.problems).toEqual([]);
  });
  it("pressing 'Open the case' with no pseudonym is told one is needed, at the field, which takes focus", async () => {
    const page = journey.page;
    await page.goto(`${journey.server.url}/screening`);
    await page
      .getByRole("group", { name: "Who is being screened?" })
      .getByRole("checkbox", { name: "Adult, labour exploitation" })
      .check();
    const question = page.getByRole("region", { name: "Next question", exact: true });
    await question.getByRole("button", { name: "Present", exact: true }).click();
    const save = page.getByRole("region", { name: "Save to a case", exact: true });
    const pseudonym = save.getByLabel("Pseudonym or code");
    const open = save.getByRole("button", { name: "Open the case and save the screening" });
    // Enabled, so the worker can press it and be told what is missing (a disabled button says nothing).
    expect(await open.isEnabled()).toBe(true);
    await open.click();
    const needed = "Give a pseudonym or code so the case can be found again.";
    await save.locator(".field-error").filter({ hasText: needed }).waitFor();
    await expect.poll(() => pseudonym.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect.poll(() => describedText(pseudonym)).toContain(needed);
    expect(await pseudonym.getAttribute("aria-invalid")).toBe("true");
    // Nothing was sent: no case opened, the answers still wait to be saved.
    expect(await save.getByRole("status").count()).toBe(0);
    await expectNoSidewaysScroll(page, 390);
    await expectAccessible(page, "new case without a pseudonym");

    await pseudonym.fill("Sami at the bakery");
    await save.locator(".field-error").waitFor({ state: "detached" });
    await open.click();
    await save
      .getByRole("status")
      .filter({ hasText: /^Case C\d{4}-[2-9A-Z]{4}-[2-9A-Z]{4} opened and the screening saved to it\./ })
      .waitFor();
  });

  it("pressing save in a group member's screening before any answer is told an answer is needed first", async () => {
    const page = journey.page;
    await page.goto(`${journey.server.url}/screening`);
    await page.getByRole("link", { name: "Screen a group met at one workplace" }).click();
    await page.getByRole("heading", { level: 1, name: "Screening a group" }).waitFor();
    const first = page.getByRole("article", { name: "Person 1" });
    const save = first.getByRole("region", { name: "Save Person 1 to a case" });
    const open = save.getByRole("button", { name: "Open the case and save the screening" });
    const needed = "Answer at least one question before saving: this screening has no answers yet.";
    // Said before the button is pressed, and tied to it for a screen reader.
    await save.getByText(needed).waitFor();
    await expect.poll(() => describedText(open)).toBe(needed);
    await save.getByLabel("Pseudonym or code").fill("Man at the scaffold");
    expect(await open.isEnabled()).toBe(true);
    await open.click();
    await save.getByRole("alert").filter({ hasText: needed }).waitFor();
    expect(await save.getByRole("status").count()).toBe(0);
    expect(await save.getByLabel("Pseudonym or code").inputValue()).toBe("Man at the scaffold");
    await expectNoSidewaysScroll(page, 390);
    await expectAccessible(page, "group member saved before any answer");

    // Once an answer is given the reason goes, and the button is no longer described by it.
    const shared = page.getByRole("region", { name: "What they all share (answered once)" });
    await shared.getByLabel("Low or no pay").selectOption("present");
    await save.getByText(needed).waitFor({ state: "detached" });
    expect(await open.getAttribute("aria-describedby")).toBeNull();
    expect(journey.browser.problems).toEqual([]);
  });
});
