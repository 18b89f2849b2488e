import { randomUUID } from "node:crypto";
import { mappingDb, withTenant } from "@ariadne/db";
import { screening, training } from "@ariadne/domain";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, expectFitsPhone, expectNoSidewaysScroll, useJourney } from "./support/journey.ts";
import { chooseLanguage, msg } from "./support/messages.ts";
import { signIn, signOut } from "./support/sign-in.ts";

const journey = useJourney("training");
/** A 1×1 PNG: a lesson's illustration. */
const farmPng =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

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
    // Another actor of the same organisation, whom the session does not train.
    await mappingDb.insertMappingEntry(tx, {
      id: randomUUID(),
      municipalityId: journey.server.municipalityId,
      createdBy: null,
      title: "Child welfare workers",
      details: {
        kind: "identifying_actor",
        organisationId: social!.id,
        role: "Child welfare worker",
        contactFrequency: "weekly",
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
    // Saved with no group chosen: the groups say that one must be, and a screen reader hears it.
    await page.getByRole("button", { name: "Save course" }).click();
    const groups = page.getByRole("group", { name: "Professional groups" });
    await groups.getByText("Choose at least one professional group.").waitFor();
    const describedBy = (el: Element) =>
      (el.getAttribute("aria-describedby") ?? "")
        .split(" ")
        .map((id) => document.getElementById(id)?.textContent ?? "")
        .join(" ")
        .trim();
    expect(await groups.evaluate(describedBy)).toBe("Choose at least one professional group.");
    expect(await page.getByRole("checkbox", { name: "Social care" }).evaluate(describedBy)).toBe(
      "Choose at least one professional group.",
    );
    await page.getByLabel("Title", { exact: true }).fill("Spotting labour exploitation");
    await page.getByLabel("Language of the course").selectOption("en");
    await page.getByRole("checkbox", { name: "Social care" }).check();
    // The four lessons written from what Ariadne holds are there to start with; add three of our own.
    await page.locator('li[data-lesson="4"]').waitFor();
    const addLesson = async (kind: string) => {
      await page.getByLabel("Kind of lesson to add").selectOption({ label: kind });
      await page.getByRole("button", { name: "Add lesson", exact: true }).click();
    };
    await addLesson("Your own text");
    await page.getByLabel("Lesson title").fill("Our berry farms");
    await page.getByLabel("Lesson text").fill("Berry farms hire seasonal pickers from June to September.");
    // A file that only calls itself a PNG is refused by its content; a real one is uploaded to the app.
    const addImage = page.getByLabel("Add an image");
    await addImage.setInputFiles({
      name: "farm.png",
      mimeType: "image/png",
      buffer: Buffer.from("not a picture"),
    });
    await page.getByRole("alert").filter({ hasText: "The file is not one of: PNG, JPEG." }).waitFor();
    await addImage.setInputFiles({
      name: "farm.png",
      mimeType: "image/png",
      buffer: Buffer.from(farmPng, "base64"),
    });
    await page.getByLabel("What the image shows (alt text)").fill("A berry field with pickers' caravans");
    await page.getByRole("button", { name: "Add a link" }).click();
    await page.getByLabel("Link text").fill("Labour inspection: seasonal work");
    await page.getByLabel("Web address (https://)").fill("http://www.tyosuojelu.fi/en/seasonal-work");
    await addLesson("Scenario exercise");
    await addLesson("Scenario exercise");
    await page.locator('li[data-lesson="6"]').getByLabel("Scenario").selectOption("agri-berry-fee");
    await page.locator('li[data-lesson="7"]').getByLabel("Scenario").selectOption("agri-greenhouse-hours");
    await expectAccessible(page, "course editor");
    await page.getByRole("button", { name: "Save course" }).click();
    // Only secure links: the plain-http address is marked where it was typed.
    await page
      .locator(".field-invalid")
      .filter({ has: page.getByLabel("Web address (https://)") })
      .getByText("Enter a web address starting https://, such as https://www.example.fi/page.")
      .waitFor();
    await page.getByLabel("Web address (https://)").fill("https://www.tyosuojelu.fi/en/seasonal-work");
    await page.getByRole("button", { name: "Save course" }).click();
    await page.getByRole("heading", { level: 1, name: "Spotting labour exploitation" }).waitFor();
    await page.getByRole("heading", { level: 2, name: /Our referral pathway and contacts/ }).waitFor();
    await page.getByRole("heading", { level: 2, name: /Our berry farms/ }).waitFor();
    // The image comes from Ariadne itself, read out by its alt text.
    const image = page.getByRole("img", { name: "A berry field with pickers' caravans" });
    await image.waitFor();
    expect(new URL((await image.getAttribute("src"))!, journey.server.url).origin).toBe(journey.server.url);
    await expect.poll(() => image.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBe(1);
    const link = page.getByRole("link", { name: "Labour inspection: seasonal work" });
    expect(await link.getAttribute("href")).toBe("https://www.tyosuojelu.fi/en/seasonal-work");
    expect(await link.getAttribute("rel")).toBe("noopener noreferrer");
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
    await session
      .getByLabel("On the local map, who they are (optional)")
      .selectOption({ label: "Social workers at the reception centre" });
    await session.getByLabel("Professional group").selectOption("social_care");
    // Her certificate in her own language, not the trainer's.
    const certificateLanguage = session.getByLabel("Language of the certificate");
    await expect.poll(() => certificateLanguage.inputValue()).toBe("en");
    await certificateLanguage.selectOption("lt");
    await session.getByRole("button", { name: "Add attendee" }).click();
    const ruta = session
      .getByRole("table", { name: "Attendees" })
      .getByRole("row", { name: /Rūta Petrauskaitė/ });
    await ruta.waitFor();
    await session.filter({ hasText: "1 attendee" }).waitFor();
    const pdf = await page.request.get(
      new URL((await ruta.getByRole("link", { name: "PDF" }).getAttribute("href"))!, journey.server.url).href,
    );
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-language"]).toBe("lt");
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

const courseHeading = (page: Page) =>
  page.getByRole("heading", { level: 1, name: "Spotting labour exploitation" });

describe("the trainer changes the course", () => {
  let editUrl = "";
  it("edits title, group and lessons, and a session that ends mid-edit loses nothing", async () => {
    const page = journey.page;
    await signInWithPassword(page, "trainer");
    await page.getByRole("link", { name: "Training" }).first().click();
    await page.getByRole("link", { name: "Spotting labour exploitation" }).click();
    await courseHeading(page).waitFor();
    await page.getByText("Version 1", { exact: true }).waitFor();
    await page.getByRole("link", { name: "Edit course" }).click();
    await page.getByRole("heading", { level: 1, name: "Edit course" }).waitFor();
    editUrl = page.url();
    await expect
      .poll(() => page.getByLabel("Title", { exact: true }).inputValue())
      .toBe("Spotting labour exploitation");
    await page.getByLabel("Title", { exact: true }).fill("Spotting labour exploitation on farms");
    await page.getByRole("checkbox", { name: "Labour inspection" }).check();
    // Our own lesson first; the barriers lesson goes; the text changes.
    for (let i = 0; i < 4; i++) {
      await page.getByRole("button", { name: `Move up: lesson ${5 - i}` }).click();
    }
    await page.locator('li[data-lesson="1"]').getByLabel("Lesson title").waitFor();
    await page.getByRole("button", { name: "Remove: lesson 4" }).click();
    await page
      .getByLabel("Lesson text")
      .fill("Berry farms hire seasonal pickers from June to September. Ask who arranged the journey.");
    await expectAccessible(page, "course editor (edit)");
    await expectFitsPhone(page, "course editor", [390]);

    // The session ends before the trainer saves: after signing in again, the edit is still there.
    await page.context().clearCookies();
    await page.goto(`${journey.server.url}/sign-in`);
    await signInWithPassword(page, "trainer");
    await page.getByRole("status").getByRole("link", { name: "Course being edited" }).click();
    await page.getByRole("heading", { level: 1, name: "Edit course" }).waitFor();
    expect(page.url()).toBe(editUrl);
    await expect
      .poll(() => page.getByLabel("Title", { exact: true }).inputValue())
      .toBe("Spotting labour exploitation on farms");
    await expect
      .poll(() => page.getByLabel("Lesson text").inputValue())
      .toContain("Ask who arranged the journey.");
    await expect.poll(() => page.getByRole("checkbox", { name: "Labour inspection" }).isChecked()).toBe(true);
    await page.getByRole("button", { name: "Save course" }).click();

    await page.getByRole("heading", { level: 1, name: "Spotting labour exploitation on farms" }).waitFor();
    await page.getByText("Version 2", { exact: true }).waitFor();
    await page.getByRole("heading", { level: 2, name: "1. Our berry farms" }).waitFor();
    await expect
      .poll(() => page.getByRole("heading", { level: 2, name: /Why people seldom tell/ }).count())
      .toBe(0);
    await page.getByText("Ask who arranged the journey.").waitFor();
    await signOut(page);
  });
});

describe("the learner who completed the old version is told", () => {
  it("finds the notice in the inbox, and the course asks them to take the new version", async () => {
    const page = journey.page;
    await signIn(page, journey.server, "frontline");
    await page.getByRole("link", { name: /^Inbox 1 unread/ }).click();
    await page.getByRole("heading", { level: 1, name: "Inbox" }).waitFor();
    const notice = page.getByRole("link", {
      name: "The course “Spotting labour exploitation on farms” you completed has changed: take the new version",
    });
    await expectAccessible(page, "inbox with a course notice");
    await notice.click();
    await page.getByRole("heading", { level: 1, name: "Spotting labour exploitation on farms" }).waitFor();
    await page
      .getByRole("status")
      .filter({ hasText: "You completed version 1; the course has changed since (now version 2)." })
      .waitFor();
    await signOut(page);
  });
});

describe("coverage changes, in Finnish too, on a phone", () => {
  it("shows the social workers trained, and adds the gaps to the plan", async () => {
    const page = journey.page;
    await signIn(page, journey.server, "coordinator");
    await page.goto(`${journey.server.url}/training/coverage`);
    await actorRow(page).getByRole("cell", { name: "Trained", exact: true }).waitFor();
    // Rūta at the session and Frida by self-study, both of the social services.
    await expect.poll(() => actorRow(page).getByRole("cell").nth(1).textContent()).toBe("2");
    // Rūta was recorded as a reception-centre social worker: child welfare counts Frida only.
    const childWelfare = page
      .getByTestId("coverage-actors")
      .getByRole("row", { name: /Child welfare workers/ });
    await expect.poll(() => childWelfare.getByRole("cell").nth(1).textContent()).toBe("1");
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

describe("the trainer writes a scenario of their own", () => {
  it("marks the facts, sees the screening engine's answer key, and puts it in the course", async () => {
    const page = journey.page;
    await signOut(page);
    await signInWithPassword(page, "trainer");
    await page.goto(`${journey.server.url}/training/scenarios`);
    await page.getByRole("heading", { level: 1, name: "Our own scenarios" }).waitFor();
    const situation =
      "Car wash workers paid a broker, work from six to ten and owe the broker for the journey.";
    await page.getByLabel("The situation").fill(situation);
    await page.getByLabel("Sector or form").selectOption("cleaning");
    await page.getByRole("checkbox", { name: "The work began voluntarily" }).check();
    const preview = page.getByRole("region", { name: "The answer key" });
    await preview.getByText("The screening engine says: No concern recorded").waitFor();
    // The berry pickers' facts, in a car wash: the engine's key is the same as for them.
    const berry = training.scenarioById("agri-berry-fee")!;
    const shows = page.getByRole("group", { name: "What the situation shows" });
    for (const id of berry.present) await shows.locator(`input[value="${id}"]`).check();
    const expected = `The screening engine says: ${screening.assistanceLevelLabels[training.answerKey(berry).level].en}`;
    await preview.getByText(expected).waitFor();
    await expectAccessible(page, "own scenarios");
    await page.getByRole("button", { name: "Save scenario" }).click();
    await page.getByRole("status").filter({ hasText: "Scenario saved." }).waitFor();
    const written = page.locator("li[data-own-scenario]").filter({ hasText: situation });
    await written.getByText(expected).waitFor();
    const ownId = await written.getAttribute("data-own-scenario");

    await page.getByRole("link", { name: "Courses" }).click();
    await page.getByRole("link", { name: "Spotting labour exploitation on farms" }).click();
    await page.getByRole("link", { name: "Edit course" }).click();
    await page.getByRole("heading", { level: 1, name: "Edit course" }).waitFor();
    await page.getByLabel("Kind of lesson to add").selectOption({ label: "Scenario exercise" });
    await page.getByRole("button", { name: "Add lesson", exact: true }).click();
    await page.locator('li[data-lesson="7"]').getByLabel("Scenario").selectOption(ownId!);
    await page.getByRole("button", { name: "Save course" }).click();
    await page.getByText("Version 3", { exact: true }).waitFor();
    await page.locator(`[data-scenario="${ownId}"]`).getByText(situation).waitFor();
    await signOut(page);
  });
});

describe("the training pages in Polish on a phone (issue 18)", () => {
  it("writes a Polish course at 390 px, the library's situations offered in Polish, every page axe clean", async () => {
    const page = journey.page;
    const desktop = page.viewportSize();
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await signInWithPassword(page, "trainer");
      await chooseLanguage(page, "pl", "en");
      await page.goto(`${journey.server.url}/training/courses/new`);
      await page.getByRole("heading", { level: 1, name: msg("pl", "training.editor.title") }).waitFor();
      await page
        .getByLabel(msg("pl", "training.editor.courseTitle"), { exact: true })
        .fill("Praca przymusowa");
      // A new course is written in the reader's language, whichever of the eleven it is.
      const language = page.getByLabel(msg("pl", "training.editor.language"), { exact: true });
      await expect.poll(() => language.inputValue()).toBe("pl");
      await page.getByRole("checkbox", { name: msg("pl", "training.groups.social_care") }).check();
      await page
        .getByLabel(msg("pl", "training.editor.addKind"))
        .selectOption({ label: msg("pl", "training.editor.kinds.scenario") });
      await page.getByRole("button", { name: msg("pl", "training.editor.add"), exact: true }).click();
      // The library's scenarios are offered in the course's language.
      const scenario = page.locator('li[data-lesson="5"]').getByLabel(msg("pl", "training.editor.scenario"));
      await expect
        .poll(() => scenario.locator('option[value="agri-berry-fee"]').textContent())
        .toMatch(/^Sezonowi zbieracze jagód/);
      await scenario.selectOption("agri-berry-fee");
      await expectNoSidewaysScroll(page, 390, "course editor (pl)");
      await expectAccessible(page, "course editor (pl, 390 px)");
      await page.getByRole("button", { name: msg("pl", "training.editor.save") }).click();

      const polishCourse = page.getByRole("heading", { level: 1, name: "Praca przymusowa" });
      await polishCourse.waitFor();
      const courseUrl = page.url();
      await page
        .locator('[data-scenario="agri-berry-fee"]')
        .getByText(/^Sezonowi zbieracze jagód/)
        .waitFor();
      // The certificate is offered in the reader's language too.
      const certificate = page.getByLabel(msg("pl", "training.complete.language"), { exact: true });
      await expect.poll(() => certificate.inputValue()).toBe("pl");
      await expectNoSidewaysScroll(page, 390, "course (pl)");
      await expectAccessible(page, "course (pl, 390 px)");

      for (const [path, title] of [
        ["/training", "training.title"],
        ["/training/sessions", "training.sessions.title"],
        ["/training/scenarios", "training.scenarios.title"],
      ] as const) {
        await page.goto(`${journey.server.url}${path}`);
        await page.getByRole("heading", { level: 1, name: msg("pl", title) }).waitFor();
        await expectNoSidewaysScroll(page, 390, `${path} (pl)`);
        await expectAccessible(page, `${path} (pl, 390 px)`);
      }
      // The trainer's language is kept on the server: back to English for whoever signs in next.
      await chooseLanguage(page, "en", "pl");
      // Read in English, the course's own words still say they are Polish (WCAG 3.1.2).
      await page.goto(courseUrl);
      await polishCourse.waitFor();
      expect(await polishCourse.getAttribute("lang")).toBe("pl");
      await page.getByRole("heading", { level: 2, name: /What trafficking is/ }).waitFor();
    } finally {
      if (desktop) await page.setViewportSize(desktop);
    }
    await signOut(page);
  });
});
