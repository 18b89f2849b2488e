import type { Locator } from "playwright-core";
import { describe, expect, it } from "vitest";
import { describedText } from "./support/browser.ts";
import { draftKeptOnDevice, draftsOnDevice } from "./support/drafts.ts";
import { expectAccessible, useJourney } from "./support/journey.ts";
import { freshTotp, signIn, signOut } from "./support/sign-in.ts";

/** A frontline worker mid-interview whose session ends: nothing typed is lost. */
const journey = useJourney("session");
const noteText = "Met at the car wash; says the manager keeps his passport";
let caseUrl = "";

/** The same worker on their phone: signs in through the API and signs out on all devices. */
async function signOutEverywhereFromAnotherDevice() {
  const c = journey.server.credentials.frontline;
  const signedIn = await fetch(`${journey.server.url}/api/v1/auth/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: c.email, password: c.password, totp: await freshTotp(c) }),
  });
  expect(signedIn.status).toBe(200);
  const cookie = (signedIn.headers.get("set-cookie") ?? "").split(";")[0]!;
  const { session } = (await signedIn.json()) as { session: { csrfToken: string } };
  const out = await fetch(`${journey.server.url}/api/v1/auth/sign-out-everywhere`, {
    method: "POST",
    headers: { cookie, "x-csrf-token": session.csrfToken, "content-type": "application/json" },
    body: "{}",
  });
  expect(out.status).toBe(204);
}

async function signInAgainInDialog() {
  const page = journey.page;
  const c = journey.server.credentials.frontline;
  const dialog = page.getByRole("dialog", { name: "Your session has ended" });
  await dialog.waitFor();
  await expectAccessible(page, "sign in again");
  await dialog.getByLabel("Password", { exact: true }).fill(c.password);
  await dialog.getByLabel("Authentication code").fill(await freshTotp(c));
  await dialog.getByRole("button", { name: "Sign in and continue" }).click();
  await dialog.waitFor({ state: "detached" });
}

describe("session journey", () => {
  it("a worker types a note on a case", async () => {
    const page = journey.page;
    await signIn(page, journey.server, "frontline");
    await page.goto(`${journey.server.url}/cases`);
    const form = page.locator("section", { has: page.getByRole("heading", { name: "Open a new case" }) });
    await form.getByLabel("Age band").selectOption("21-23");
    await form.getByRole("button", { name: "Open case" }).click();
    await page.getByRole("heading", { level: 1, name: /^Case C\d{4}-/ }).waitFor();
    caseUrl = page.url();
    const note = page.locator("section", { has: page.getByRole("heading", { name: "Add a note" }) });
    await note.getByLabel("Note").fill(noteText);
  });

  it("signed out everywhere from another device, the save waits for a sign-in over the page and then goes through", async () => {
    const page = journey.page;
    await signOutEverywhereFromAnotherDevice();

    const note = page.locator("section", { has: page.getByRole("heading", { name: "Add a note" }) });
    await note.getByRole("button", { name: "Add note" }).click();
    await signInAgainInDialog();
    await page.getByRole("status").filter({ hasText: "Note added." }).waitFor();
    await page.getByTestId("case-timeline").getByText(noteText).waitFor();
    await expect.poll(() => note.getByLabel("Note").inputValue()).toBe("");
  });

  it("a screening and a note in progress survive the idle limit and a reload, and come back after signing in", async () => {
    const page = journey.page;
    const note = page.locator("section", { has: page.getByRole("heading", { name: "Add a note" }) });
    await note.getByLabel("Note").fill("Second visit: lives above the workshop");
    // The draft is sealed and written a moment after the keystroke; leave the page once it is kept.
    const caseId = new URL(caseUrl).pathname.split("/").pop();
    await expect
      .poll(() => draftKeptOnDevice(page, `note:${caseId}`))
      .toMatchObject({ text: "Second visit: lives above the workshop" });

    await page.goto(`${journey.server.url}/screening`);
    const who = page.getByRole("group", { name: "Who is being screened?" });
    await who.getByRole("checkbox", { name: "Adult, labour exploitation" }).check();
    const question = page.getByRole("region", { name: "Next question", exact: true });
    const answers = page.getByRole("region", { name: "Answers so far", exact: true });
    await question.getByRole("button", { name: "Present", exact: true }).click();
    await expect.poll(() => answers.getByRole("listitem").count()).toBe(1);
    await expect.poll(async () => Object.keys(await draftsOnDevice(page))).toContain("screening");

    // The idle limit passes on the server; the worker comes back and reloads the page.
    await journey.server.db.query(
      "update sessions set last_seen_at = now() - interval '2 hours' where user_id = (select id from users where email = $1)",
      [journey.server.credentials.frontline.email],
    );
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
    const c = journey.server.credentials.frontline;
    await page.getByLabel("Email address").fill(c.email);
    await page.getByLabel("Password").fill(c.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByLabel("Authentication code").fill(await freshTotp(c));
    await page.getByRole("button", { name: "Sign in" }).click();

    const restored = page.getByRole("status").filter({ hasText: "Work you had not yet saved" });
    await restored.getByRole("link", { name: "Note on a case" }).waitFor();
    await expectAccessible(page, "drafts restored");
    await restored.getByRole("link", { name: "Screening in progress" }).click();
    await page.getByRole("heading", { level: 1, name: "Screening" }).waitFor();
    await expect
      .poll(() =>
        page.getByRole("region", { name: "Answers so far", exact: true }).getByRole("listitem").count(),
      )
      .toBe(1);

    await page.goto(caseUrl);
    const noteAgain = page.locator("section", { has: page.getByRole("heading", { name: "Add a note" }) });
    await expect
      .poll(() => noteAgain.getByLabel("Note").inputValue())
      .toBe("Second visit: lives above the workshop");
  });

  it("warns two minutes before the idle limit and keeps the session on request", async () => {
    // A second tab of the signed-in worker, with a clock the test moves.
    const page = await journey.browser.context.newPage();
    await page.clock.install();
    await page.goto(journey.server.url);
    await page.getByRole("heading", { level: 1, name: /^Welcome, / }).waitFor();
    // 30 minutes idle, less the minute the server may lag and the two of the warning.
    await page.clock.fastForward("27:30");
    const warning = page.getByRole("dialog", { name: "You will be signed out soon" });
    await warning.waitFor();
    await expectAccessible(page, "idle warning");
    await warning.getByRole("button", { name: "Stay signed in" }).click();
    await warning.waitFor({ state: "detached" });
    await page.getByRole("heading", { level: 1, name: /^Welcome, / }).waitFor();
    await page.close();
  });

  it("told when the device cannot keep a draft, the worker still has the text on the page, and the warning goes once it is kept", async () => {
    const page = journey.page;
    // On a phone, where the note form lies below the case's details: the warning must reach the
    // worker where they type, not only at the top of the page.
    await page.setViewportSize({ width: 390, height: 700 });
    await page.goto(caseUrl);
    const note = page.locator("section", { has: page.getByRole("heading", { name: "Add a note" }) });
    await expect
      .poll(() => note.getByLabel("Note").inputValue())
      .toBe("Second visit: lives above the workshop");
    // The browser's storage refuses writes, as when its quota is used up.
    await page.evaluate(() => {
      const w = window as unknown as { realPut?: typeof IDBObjectStore.prototype.put };
      w.realPut = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = () => {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      };
    });
    await note.getByLabel("Note").fill("Second visit: lives above the workshop, with four others");
    const warning = page.getByRole("alert").filter({ hasText: "could not keep what you are typing" });
    await warning.waitFor();
    await expect.poll(() => wholeOnScreen(warning)).toBe(true);
    // The next control reached with Tab is scrolled clear of the warning, not left under it.
    await note.getByLabel("Note").press("Tab");
    await expect.poll(() => focusClearAbove(warning)).toBe(true);
    // axe counts a control scrolled under a sticky bar as too small a target, though scrolling
    // uncovers it (axe-core #3720): checked at the page's foot, where the bar covers nothing.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expectAccessible(page, "draft not kept");
    await expect
      .poll(() => note.getByLabel("Note").inputValue())
      .toBe("Second visit: lives above the workshop, with four others");

    await page.evaluate(() => {
      const w = window as unknown as { realPut?: typeof IDBObjectStore.prototype.put };
      IDBObjectStore.prototype.put = w.realPut!;
    });
    await note.getByLabel("Note").fill("Second visit: lives above the workshop with four others");
    await warning.waitFor({ state: "detached" });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it("once the note and the screening are saved, the notice of unsaved work no longer offers them, on any page", async () => {
    const page = journey.page;
    // Opened again in the last step: the note and the screening were found on the device.
    const restored = page.getByRole("status").filter({ hasText: "Work you had not yet saved" });
    await restored.getByRole("link", { name: "Note on a case" }).waitFor();
    await restored.getByRole("link", { name: "Screening in progress" }).waitFor();

    const note = page.locator("section", { has: page.getByRole("heading", { name: "Add a note" }) });
    await note.getByRole("button", { name: "Add note" }).click();
    await page.getByRole("status").filter({ hasText: "Note added." }).waitFor();
    await restored.getByRole("link", { name: "Note on a case" }).waitFor({ state: "detached" });

    await restored.getByRole("link", { name: "Screening in progress" }).click();
    await page.getByRole("heading", { level: 1, name: "Screening" }).waitFor();
    const save = page.getByRole("region", { name: "Save to a case", exact: true });
    await save.getByLabel("Pseudonym or code").fill("Lives above the workshop");
    await save.getByRole("button", { name: "Open the case and save the screening" }).click();
    await save
      .getByRole("status")
      .filter({ hasText: /^Case C\d{4}-[2-9A-Z]{4}-[2-9A-Z]{4} opened and the screening saved to it\./ })
      .waitFor();
    await restored.waitFor({ state: "detached" });
    await expect
      .poll(async () => Object.keys(await draftsOnDevice(page)).filter((n) => !n.startsWith("outreach.")))
      .toEqual([]);

    await page.getByRole("link", { name: "Cases", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Cases" }).waitFor();
    await expect.poll(() => restored.count()).toBe(0);
    await expectAccessible(page, "saved work not offered as unsaved");
  });

  it("is told when a pasted note is longer than a note may be, and nothing of it is cut", async () => {
    await journey.page.goto(caseUrl);
    const note = journey.page.locator("section", {
      has: journey.page.getByRole("heading", { name: "Add a note" }),
    });
    const field = note.getByLabel("Note");
    const long = `${"Says the manager keeps his passport and the wages. ".repeat(80).slice(0, 4011)}.`;
    await field.fill(long);
    await expect.poll(async () => (await field.inputValue()).length).toBe(4012);
    await note.getByText("4012 of at most 4000 characters").waitFor();
    await note.locator(".field-error").filter({ hasText: "At most 4000 characters." }).waitFor();
    await note.getByRole("button", { name: "Add note" }).click();
    // Refused before sending: the text stays whole, the field keeps its error and takes focus.
    await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect.poll(async () => (await field.inputValue()).length).toBe(4012);
    await journey.page
      .getByRole("alert")
      .filter({ hasText: "Please correct the fields marked below." })
      .waitFor();
    expect(await journey.page.getByTestId("case-timeline").getByText(long.slice(0, 60)).count()).toBe(0);
    await expectAccessible(journey.page, "note too long");
    await field.fill(long.slice(0, 4000));
    await note.getByText("4000 of at most 4000 characters").waitFor();
    await note.locator(".field-error").waitFor({ state: "detached" });
    await field.fill("");
  });

  it("a wrong authentication code is said to be not accepted at the code field, the rest stays, and the current code signs in", async () => {
    const page = journey.page;
    await signOut(page);
    // On a phone, as a worker signs in out in the field.
    await page.setViewportSize({ width: 390, height: 844 });
    const c = journey.server.credentials.frontline;
    await page.getByLabel("Email address").fill(c.email);
    await page.getByLabel("Password").fill(c.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    const code = page.getByLabel("Authentication code");
    const current = await freshTotp(c);
    // Each digit moved by one: not the code of this step nor of its neighbours (all but surely).
    const wrong = current.replace(/\d/g, (d) => String((Number(d) + 1) % 10));
    await code.fill(wrong);
    await page.getByRole("button", { name: "Sign in" }).click();

    const refused =
      "The code was not accepted: it is wrong, has expired or was already used. Type the current 6-digit code from your authenticator app.";
    await page.getByRole("alert").filter({ hasText: refused }).waitFor();
    // The code field is emptied for the next code, takes focus and says why, not "Fill in this field.".
    await expect.poll(() => code.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect.poll(() => describedText(code)).toContain(refused);
    expect(await code.getAttribute("aria-invalid")).toBe("true");
    expect(await code.inputValue()).toBe("");
    expect(await page.getByText("Fill in this field.").count()).toBe(0);
    // Nothing else the worker typed is lost.
    expect(await page.getByLabel("Email address").inputValue()).toBe(c.email);
    expect(await page.getByLabel("Password").inputValue()).toBe(c.password);
    await expectAccessible(page, "wrong authentication code");

    await code.fill(current);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { level: 1, name: /^Welcome, / }).waitFor();
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});

/** True when the element lies wholly inside the viewport as the page stands (no scrolling). */
function wholeOnScreen(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
  });
}

/** True when the focused element is on screen and ends above the top of `cover`. */
function focusClearAbove(cover: Locator): Promise<boolean> {
  return cover.evaluate((el) => {
    const focused = document.activeElement;
    if (!focused || focused === document.body) return false;
    const box = focused.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= el.getBoundingClientRect().top;
  });
}
