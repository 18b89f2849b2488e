import type { Locator } from "playwright-core";
import { describe, expect, it } from "vitest";
import { draftKeptOnDevice } from "./support/drafts.ts";
import { expectAccessible, expectNoSidewaysScroll, useJourney } from "./support/journey.ts";
import { signIn } from "./support/sign-in.ts";

const phone = { width: 390, height: 844 };
const journey = useJourney("screening-phone", { viewport: phone });

/** True when the element is laid out wholly inside the viewport, as it stands (no scrolling). */
async function inViewport(locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const size = locator.page().viewportSize();
  if (!box || !size) return false;
  return box.y >= 0 && box.x >= 0 && box.y + box.height <= size.height && box.x + box.width <= size.width;
}

async function expectAllInViewport(locators: Locator[], message: string) {
  await expect
    .poll(async () => (await Promise.all(locators.map(inViewport))).every(Boolean), { message })
    .toBe(true);
}

const answerButtons = (card: Locator, names: readonly string[]) =>
  names.map((name) => card.getByRole("button", { name, exact: true }));

describe("a frontline worker screens on a phone, one question at a time", () => {
  it("signs in", async () => {
    await journey.page.goto(journey.server.url);
    await journey.page.waitForURL(/\/sign-in$/);
    await signIn(journey.page, journey.server, "frontline");
  });

  it("chooses who is screened, starts, and finds the first question's answers above the fold", async () => {
    const page = journey.page;
    await page.goto(`${journey.server.url}/screening`);
    await page.getByRole("heading", { level: 1, name: "Screening" }).waitFor();
    await page
      .getByRole("group", { name: "Who is being screened?" })
      .getByRole("checkbox", { name: "Adult, labour exploitation" })
      .check();
    await page.getByRole("button", { name: "Start the questions" }).click();
    // The setup folds to one line, with a way back to it.
    await page.getByText(/^Screening: Adult, labour exploitation · \d{1,2} [A-Z][a-z]{2} \d{4}$/).waitFor();
    await page.getByRole("button", { name: "Change who is screened" }).waitFor();
    await page.getByRole("group", { name: "Who is being screened?" }).waitFor({ state: "hidden" });
    // Focus goes to the first question.
    const first = page.getByRole("region", { name: "First-contact question", exact: true });
    await expect
      .poll(() =>
        first.evaluate((card) => card.contains(document.activeElement) && document.activeElement !== card),
      )
      .toBe(true);
    await page.evaluate(() => window.scrollTo(0, 0));
    const summary = page.getByRole("region", { name: "Result summary", exact: true });
    await summary
      .locator("summary")
      .filter({ hasText: /^Assistance: No concern recorded · ILO\/EC: Not indicated yet$/ })
      .waitFor();
    await expectAllInViewport(
      [...answerButtons(first, ["Present", "Absent", "Not known"]), summary],
      "the first question's answers and the summary are above the fold",
    );
    await expectNoSidewaysScroll(page, phone.width);
    await expectAccessible(page, "phone: first question");
  });

  it("answers, keeps the summary in sight, and moves on to the next question", async () => {
    const page = journey.page;
    const first = page.getByRole("region", { name: "First-contact question", exact: true });
    const summary = page.getByRole("region", { name: "Result summary", exact: true });
    const wording = first.locator(".screening-wording");
    for (let i = 0; i < 3; i++) {
      const before = await wording.textContent();
      await first.getByRole("button", { name: "Present", exact: true }).click();
      await expect.poll(() => wording.textContent()).not.toBe(before);
      // The next question takes focus; the summary stays in sight at the top.
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.className ?? ""))
        .toContain("screening-wording");
      await expectAllInViewport([summary, wording], "summary and the next question in sight");
    }
    await summary
      .locator("summary")
      .filter({ hasText: /^Assistance: (Keep asking|Offer assistance) · ILO\/EC: / })
      .waitFor();
    // Only the one line is announced, politely.
    await expect
      .poll(() => summary.locator("[aria-live=polite]").allTextContents())
      .toEqual([expect.stringMatching(/^Assistance: (Keep asking|Offer assistance) · ILO\/EC: /)]);
    await expectAccessible(page, "phone: answering");
  });

  it("opens the summary: what can still change, the same words as the full result", async () => {
    const page = journey.page;
    const summary = page.getByRole("region", { name: "Result summary", exact: true });
    await summary.locator("summary").click();
    const said = summary.getByRole("listitem").filter({
      hasText:
        /^Adult, labour exploitation: Not indicated yet — Adult, labour exploitation: can still change/,
    });
    await said.waitFor();
    const statement = page
      .getByRole("region", { name: "Result", exact: true })
      .locator("[data-result-change=adult_labour]");
    await expect
      .poll(async () => (await said.textContent())?.endsWith((await statement.textContent()) ?? "-"))
      .toBe(true);
    await expectAccessible(page, "phone: summary open");
    await summary.locator("summary").click();
    await expect.poll(() => summary.locator("details").getAttribute("open")).toBeNull();
  });

  it("shows the full list of questions and answers behind a toggle", async () => {
    const page = journey.page;
    const toggle = page.getByRole("button", { name: /^All questions and answers \(3 answered\)$/ });
    const answers = page.getByRole("region", { name: "Answers so far", exact: true });
    await expect.poll(() => toggle.getAttribute("aria-expanded")).toBe("false");
    await answers.waitFor({ state: "hidden" });
    await toggle.click();
    await expect.poll(() => toggle.getAttribute("aria-expanded")).toBe("true");
    await expect.poll(() => answers.getByRole("listitem").count()).toBe(3);
    await page.getByRole("region", { name: "All questions by topic", exact: true }).waitFor();
    await expectAccessible(page, "phone: lists open");
    await toggle.click();
    await answers.waitFor({ state: "hidden" });
  });

  it("reads in Finnish with the first question's answers above the fold", async () => {
    const page = journey.page;
    await page.getByRole("button", { name: "Menu" }).click();
    await page.getByLabel("Language", { exact: true }).selectOption("fi");
    await page.getByRole("heading", { level: 1, name: "Seulonta" }).waitFor();
    await page.keyboard.press("Escape");
    await page.evaluate(() => window.scrollTo(0, 0));
    const first = page.getByRole("region", { name: "Ensikontaktin kysymys", exact: true });
    const summary = page.getByRole("region", { name: "Tuloksen yhteenveto", exact: true });
    await summary
      .locator("summary")
      .filter({ hasText: /^Apu: (Jatka kysymistä|Tarjoa apua) · ILO\/EC: / })
      .waitFor();
    await page.getByRole("button", { name: "Muuta, ketä seulotaan" }).waitFor();
    await expectAllInViewport(
      [...answerButtons(first, ["Kyllä", "Ei", "Ei tiedossa"]), summary],
      "Finnish: the first question's answers and the summary are above the fold",
    );
    await expectNoSidewaysScroll(page, phone.width);
    await expectAccessible(page, "phone: first question (fi)");
    await page.getByRole("button", { name: "Valikko" }).click();
    await page.getByLabel("Kieli", { exact: true }).selectOption("en");
    await page.getByRole("heading", { level: 1, name: "Screening" }).waitFor();
    await page.keyboard.press("Escape");
  });

  it("reloaded mid-question, is back on the questions with the note typed before answering", async () => {
    const page = journey.page;
    const first = page.getByRole("region", { name: "First-contact question", exact: true });
    await first.getByText("Source and note (optional)").click();
    await first.getByLabel("Note").fill("typed before answering");
    // The note lives in the encrypted draft a moment after the keystroke.
    await expect
      .poll(async () => JSON.stringify(await draftKeptOnDevice(page, "screening")))
      .toContain("typed before answering");
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Screening" }).waitFor();
    // Where the worker was: the questions, the setup folded to its line.
    await page.getByRole("button", { name: "Change who is screened" }).waitFor();
    await page.getByRole("group", { name: "Who is being screened?" }).waitFor({ state: "hidden" });
    // The note is there, its fold open, and goes with the answer.
    await expect.poll(() => first.getByLabel("Note").inputValue()).toBe("typed before answering");
    await first.getByRole("button", { name: "Present", exact: true }).click();
    await expect
      .poll(async () => {
        const kept = (await draftKeptOnDevice(page, "screening")) as {
          answers: Record<string, { note: string }>;
          details: object;
        };
        return { notes: Object.values(kept.answers).map((a) => a.note), details: kept.details };
      })
      .toEqual({ notes: expect.arrayContaining(["typed before answering"]), details: {} });
    await expectNoSidewaysScroll(page, phone.width);
    await expectAccessible(page, "phone: back on the questions after a reload");
  });

  it("is asked a question both cards would ask once, in the first-contact card, which says why the lists ask it too", async () => {
    const page = journey.page;
    const first = page.getByRole("region", { name: "First-contact question", exact: true });
    const next = page.getByRole("region", { name: "Next question", exact: true });
    // Four first-contact answers in: the signal and the ILO/EC lists would both ask now about
    // documents taken away, the lists' best question all along.
    const asked = (await first.locator(".screening-wording").textContent()) ?? "";
    expect(asked).toMatch(/identity documents taken away$/i);
    await first.getByText("It is also the next question for the ILO/EC result.", { exact: false }).waitFor();
    await expect.poll(() => next.locator(".screening-wording").textContent()).not.toBe(asked);
    await expect.poll(() => page.locator(".screening-wording").filter({ hasText: asked }).count()).toBe(1);
    await expectNoSidewaysScroll(page, phone.width);
    await expectAccessible(page, "phone: a question both cards would ask, asked once");

    // Answered there, it is recorded once, and neither card asks it again.
    const keptAnswers = async () =>
      Object.keys(((await draftKeptOnDevice(page, "screening")) as { answers: object }).answers);
    const before = await keptAnswers();
    await first.getByRole("button", { name: "Present", exact: true }).click();
    await expect.poll(async () => (await keptAnswers()).length).toBe(before.length + 1);
    expect((await keptAnswers()).filter((key) => !before.includes(key))).toEqual([
      "coercion_at_destination:confiscation-of-documents",
    ]);
    await expect.poll(() => page.locator(".screening-wording").filter({ hasText: asked }).count()).toBe(0);
  });

  it("is unchanged on a desktop: no summary line or toggles, the setup and lists shown", async () => {
    const page = journey.page;
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole("group", { name: "Who is being screened?" }).waitFor();
    await page.getByRole("region", { name: "Answers so far", exact: true }).waitFor();
    await page.getByRole("region", { name: "Result summary", exact: true }).waitFor({ state: "hidden" });
    await page.getByRole("button", { name: /^All questions and answers/ }).waitFor({ state: "hidden" });
    await page.setViewportSize(phone);
    await page.getByRole("region", { name: "Result summary", exact: true }).waitFor();
    expect(journey.browser.problems).toEqual([]);
  });
});
