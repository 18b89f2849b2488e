import { withTenant } from "@ariadne/db";
import type { TestServer } from "@ariadne/server/testing/start-test-server.ts";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, expectFitsPhone, useJourney } from "./support/journey.ts";
import { signIn, signOut } from "./support/sign-in.ts";

/**
 * A referral between organisations (issue 5): a frontline professional records the person's consent
 * to share with the NGO shelter, refers the case sharing a few chosen fields, the shelter's user finds
 * it in the inbox with only those fields and accepts it, and the professional sees the new status.
 * The pathway diagram renders. Every page is axe clean and fits a phone.
 */

const journey = useJourney("referrals");
let server: TestServer;
let page: Page;
beforeAll(() => {
  server = journey.server;
  page = journey.page;
  page.on("pageerror", (e) => console.error(`page error: ${e.message}`));
});
const run = Date.now().toString(36);
const givenName = `Marija ${run}`;
const familyName = `Petrauskaitė${run}`;
const shelter = "Safe Harbour victim support (NGO)";
let caseId = "";
let referralUrl = "";

const panel = (name: string) => page.locator("section", { has: page.getByRole("heading", { name }) });

/** On the case page: the person's oral consent to share with `organisation`. */
async function recordSharingConsent(organisation: string) {
  const consent = panel("Record consent");
  await consent.getByLabel("Purpose").selectOption("sharing");
  await consent.getByLabel("Shared with (organisation)").selectOption({ label: organisation });
  await consent.getByLabel("Oral").check();
  await consent.getByRole("button", { name: "Record consent" }).click();
  await page.getByRole("status").filter({ hasText: "Consent recorded." }).waitFor();
}

describe("a referral to the NGO shelter", () => {
  it("shows the pathway as a diagram of ordered stages, with a printable PDF", async () => {
    await signIn(page, server, "frontline");
    await page.goto(`${server.url}/referrals/scheme`);
    await page.getByRole("heading", { level: 1, name: "Scheme of assistance" }).waitFor();
    const flow = page.getByRole("list", { name: "Referral pathway, from first contact to closure" });
    const stages = async () =>
      (await flow.getByRole("heading", { level: 3 }).allTextContents()).map((s) => s.replace(/^\d+\s*/, ""));
    await expect
      .poll(stages)
      .toEqual([
        "First contact and immediate safety",
        "Needs assessment",
        "Accommodation",
        "Health",
        "Legal status and rights",
        "Long-term support",
        "Closure or return",
      ]);
    await expect.poll(() => flow.getByText("Safe Harbour shelter duty phone").count()).toBe(1);
    const pdf = await page.getByRole("link", { name: "Print / PDF" }).getAttribute("href");
    const res = await page.request.get(`${server.url}${pdf}`);
    expect(res.headers()["content-type"]).toBe("application/pdf");
    await expectAccessible(page, "scheme of assistance");
    await expectFitsPhone(page, "scheme of assistance", [360]);
  });

  it("opens a case and records the person's consent to share with the shelter", async () => {
    await page.goto(`${server.url}/cases`);
    const form = panel("Open a new case");
    await form.getByLabel("Given name").fill(givenName);
    await form.getByLabel("Family name").fill(familyName);
    await form.getByLabel("Age band").selectOption("24-26");
    await form.getByLabel("Gender").selectOption("female");
    // Languages from the searchable list, by keyboard: a name typed, the suggestion taken with Enter.
    const languages = form.getByRole("combobox", { name: "Languages" });
    await languages.fill("Lithuan");
    await form.getByRole("option", { name: /^Lithuanian/ }).waitFor();
    await languages.press("Enter");
    await languages.fill("russ");
    await form.getByRole("option", { name: /^Russian/ }).waitFor();
    await languages.press("ArrowDown");
    await languages.press("ArrowUp");
    await languages.press("Enter");
    await form.getByRole("button", { name: "Remove Russian" }).waitFor();
    await form.getByRole("button", { name: "Remove Lithuanian" }).waitFor();
    await expectAccessible(page, "language picker");
    await form.getByRole("button", { name: "Open case" }).click();
    await page.getByRole("heading", { level: 1, name: /^Case C\d{4}-/ }).waitFor();
    caseId = new URL(page.url()).pathname.split("/").pop() ?? "";
    await recordSharingConsent(shelter);
  });

  it("says what is missing in words, at the field, with focus there; without a case, where to start", async () => {
    await page.goto(`${server.url}/referrals/inbox/new?case=${caseId}`);
    await page.getByRole("heading", { level: 1, name: "Refer to another organisation" }).waitFor();
    const receiver = page.getByLabel("Receiving organisation");
    // Sent from the bottom of the page with no receiver chosen.
    const save = page.getByRole("button", { name: "Save the draft" });
    await save.scrollIntoViewIfNeeded();
    await save.click();
    await page.getByText("Choose the receiving organisation.").waitFor();
    await page.getByText("Please correct the fields marked below.").waitFor();
    await expect.poll(() => receiver.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect
      .poll(() =>
        receiver.evaluate((el) => {
          const box = el.getBoundingClientRect();
          return box.top >= 0 && box.bottom <= window.innerHeight;
        }),
      )
      .toBe(true);
    await expect.poll(() => page.getByText(/Invalid UUID/i).count()).toBe(0);
    await page.getByLabel("Language", { exact: true }).selectOption("fi");
    await page.getByText("Valitse vastaanottava organisaatio.").waitFor();
    await expect.poll(() => page.getByText(/Invalid UUID/i).count()).toBe(0);
    await page.getByLabel("Kieli", { exact: true }).selectOption("en");
    await page.getByText("Choose the receiving organisation.").waitFor();

    await page.goto(`${server.url}/referrals/inbox/new`);
    await page.getByText("A referral is made from a case.", { exact: false }).waitFor();
    await expect.poll(() => page.getByText("Some fields are not valid.").count()).toBe(0);
    await expectAccessible(page, "refer form without a case");
    await page.getByRole("link", { name: "Choose a case" }).click();
    await page.waitForURL(`${server.url}/cases`);
  });

  it("proposes the stage from the pathway, the service and the case, and keeps the one the worker chose", async () => {
    await page.goto(`${server.url}/referrals/inbox/new?case=${caseId}`);
    const stage = page.getByLabel("Stage of the pathway");
    const stageName = () => stage.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent);
    // A new case is not yet identified: help starts at first contact, never silently at accommodation.
    await expect.poll(stageName).toBe("First contact and immediate safety");
    await page
      .getByText("Proposed as the pathway's first stage, as the case is not yet identified.")
      .waitFor();
    // The scheme of assistance names the health centre for the health stage.
    await page.getByLabel("Receiving organisation").selectOption({ label: "Health centre" });
    await expect.poll(stageName).toBe("Health");
    await page
      .getByText("Proposed from the scheme of assistance, which names Health centre for this stage.")
      .waitFor();
    // The NGO answers two stages; its legal counselling service says which.
    await page.getByLabel("Receiving organisation").selectOption({ label: shelter });
    await expect.poll(stageName).toBe("Accommodation");
    await page.getByLabel("Service (optional)").selectOption({ label: "Legal counselling for victims" });
    await expect.poll(stageName).toBe("Legal status and rights");
    await expectAccessible(page, "refer form with a proposed stage");
    // Chosen by the worker, the stage stays: through another receiver and a reload of the kept draft.
    await stage.selectOption("needs_assessment");
    await page.getByLabel("Receiving organisation").selectOption({ label: "Health centre" });
    await expect.poll(stageName).toBe("Needs assessment");
    await expect.poll(() => page.getByText(/^Proposed /).count()).toBe(0);
    await page.reload();
    await expect.poll(stageName).toBe("Needs assessment");
    await page.getByLabel("Receiving organisation").selectOption({ label: "Choose…" });
  });

  it("says while drafting that no consent is recorded on a new case, and leads to recording it", async () => {
    await page.goto(`${server.url}/cases`);
    const form = panel("Open a new case");
    await form.getByLabel("Given name").fill(`Ona ${run}`);
    await form.getByRole("button", { name: "Open case" }).click();
    await page.getByRole("heading", { level: 1, name: /^Case C\d{4}-/ }).waitFor();
    const newCaseUrl = page.url();
    await page.getByRole("link", { name: "Refer to a service" }).click();
    await page.getByRole("heading", { level: 1, name: "Refer to another organisation" }).waitFor();
    // The consent ground is the default, and the form says at once that it would not hold.
    const notice = page
      .getByRole("status")
      .filter({ hasText: "No consent to share is recorded on this case yet." });
    await notice.waitFor();
    await expectAccessible(page, "refer form without a recorded consent");
    const toCase = new URL(newCaseUrl).pathname;
    await expect
      .poll(() => notice.getByRole("link", { name: "Record the consent on the case" }).getAttribute("href"))
      .toBe(toCase);
    // Saved anyway and sent: the refusal leads to the case as well, where the consent is recorded.
    await page.getByLabel("Receiving organisation").selectOption({ label: shelter });
    await page.getByRole("button", { name: "Save the draft" }).click();
    await page.getByRole("heading", { level: 1, name: /^Referral R-/ }).waitFor();
    await page.getByRole("button", { name: "Send", exact: true }).click();
    const refused = page.getByRole("alert").filter({ hasText: "Not sent: record the person's consent" });
    await refused.getByRole("link", { name: "Record the consent on the case" }).click();
    await expect.poll(() => page.url()).toBe(newCaseUrl);
    await recordSharingConsent(shelter);

    await page.getByRole("link", { name: "Refer to a service" }).click();
    const receiver = page.getByLabel("Receiving organisation");
    await receiver.selectOption({ label: shelter });
    await expect.poll(() => page.getByText(/No consent to share/).count()).toBe(0);
    // Another receiver: the consent recorded is for the shelter only.
    const others = (await receiver.locator("option").allTextContents()).filter(
      (name) => name !== shelter && name !== "Choose…",
    );
    await receiver.selectOption({ label: others[0]! });
    await page
      .getByText("No consent to share with this organisation is recorded on the case.", { exact: false })
      .waitFor();
    // A legal basis is the other way: the notice goes.
    await page.getByLabel("A legal basis, with a written reason").check();
    await expect.poll(() => page.getByText(/No consent to share/).count()).toBe(0);
  });

  it("refers the case, choosing the fields to share, and sends it", async () => {
    await page.goto(`${server.url}/referrals/inbox/new?case=${caseId}`);
    await page.getByRole("heading", { level: 1, name: "Refer to another organisation" }).waitFor();
    await page.getByLabel("Receiving organisation").selectOption({ label: shelter });
    await page.getByLabel("Stage of the pathway").selectOption("accommodation");
    await page.getByLabel("Given name").check();
    await page.getByLabel("Emergency accommodation").check();
    await expectAccessible(page, "refer form");
    await expectFitsPhone(page, "refer form", [360]);
    await page.getByRole("button", { name: "Save the draft" }).click();
    await page.getByRole("heading", { level: 1, name: /^Referral R-/ }).waitFor();
    await expect.poll(() => page.getByTestId("referral-status").textContent()).toBe("Draft");
    await page.getByRole("button", { name: "Send", exact: true }).click();
    await page.getByTestId("referral-status").filter({ hasText: "Sent, awaiting an answer" }).waitFor();
    referralUrl = page.url();
    await expectAccessible(page, "referral as sender");
    await signOut(page);
  });

  it("shows the coordinator the referral once overdue, status only", async () => {
    // The shelter has not answered for 30 hours: past the accommodation stage's response time.
    const id = new URL(referralUrl).pathname.split("/").pop();
    await withTenant(server.db, server.municipalityId, (tx) =>
      tx.query("update referrals set sent_at = now() - interval '30 hours' where id = $1", [id]),
    );
    await signIn(page, server, "coordinator");
    await page.goto(`${server.url}/referrals/inbox`);
    const overdue = panel("Overdue referrals");
    await overdue.getByRole("link", { name: /^R-/ }).waitFor();
    await overdue.getByText(shelter).waitFor();
    await expect.poll(() => page.content()).not.toContain(givenName);
    await expectAccessible(page, "overdue referrals");
    await expectFitsPhone(page, "overdue referrals", [360]);
    await signOut(page);
  });

  it("lets the shelter find it in the inbox, with only the shared fields, and accept it", async () => {
    await signIn(page, server, "service_provider");
    await page.getByRole("link", { name: "Inbox 1 unread" }).click();
    await page.getByRole("heading", { level: 1, name: "Inbox" }).waitFor();
    await expectAccessible(page, "inbox");
    await page.getByRole("link", { name: /^New referral R-\S+ for your organisation$/ }).click();
    await page.getByRole("heading", { level: 1, name: /^Referral R-/ }).waitFor();
    await page.waitForURL(referralUrl);
    const shared = panel("Shared with the receiver");
    await shared.getByText(givenName).waitFor();
    await expect
      .poll(async () => (await shared.locator("dt").allTextContents()).sort())
      .toEqual(["Age band", "Case code", "Gender", "Given name", "Languages", "Needs"].sort());
    await expect.poll(() => shared.getByText("Emergency accommodation").count()).toBe(1);
    await expect.poll(() => page.content()).not.toContain(familyName);
    // Stored codes read as words in the reader's language: gender and languages, never the codes.
    const fields = page.locator("dl.shared-fields");
    await fields.getByText("Female", { exact: true }).waitFor();
    await fields.getByText("Lithuanian, Russian", { exact: true }).waitFor();
    await page.getByLabel("Language", { exact: true }).selectOption("sv");
    await fields.getByText("Kvinna", { exact: true }).waitFor();
    await fields.getByText("litauiska, ryska", { exact: true }).waitFor();
    await expect.poll(() => fields.getByText(/\bfemale\b|\blt, ru\b/).count()).toBe(0);
    await page.getByLabel("Språk", { exact: true }).selectOption("fi");
    await fields.getByText("Nainen", { exact: true }).waitFor();
    await fields.getByText("liettua, venäjä", { exact: true }).waitFor();
    await expect.poll(() => fields.getByText(/\bfemale\b|\blt, ru\b/).count()).toBe(0);
    await expectAccessible(page, "shared fields in Finnish");
    await page.getByLabel("Kieli", { exact: true }).selectOption("en");
    await fields.getByText("Female", { exact: true }).waitFor();
    await expectAccessible(page, "referral as receiver");
    await expectFitsPhone(page, "referral as receiver", [360]);
    await page.getByRole("button", { name: "Accept" }).click();
    await page.getByTestId("referral-status").filter({ hasText: "Accepted" }).waitFor();
    await signOut(page);
  });

  it("shows the professional the new status", async () => {
    await signIn(page, server, "frontline");
    await page.goto(`${server.url}/referrals/inbox`);
    const sent = panel("Sent by your organisation");
    await sent.getByText("Accepted").waitFor();
    await expectAccessible(page, "referral lists");
    // The accepted one (the list holds drafts too: the one refused for want of a consent).
    await sent.getByRole("row").filter({ hasText: "Accepted" }).getByRole("link", { name: /^R-/ }).click();
    await page.getByTestId("referral-status").filter({ hasText: "Accepted" }).waitFor();
    await signOut(page);
  });

  it("says at the field what is missing when a message or a reason is sent empty, with focus there", async () => {
    await signIn(page, server, "frontline");
    await page.goto(referralUrl);
    await page.getByTestId("referral-status").filter({ hasText: "Accepted" }).waitFor();
    // Not a greyed-out button that says nothing: pressed with the field empty, it says what to do.
    const messages = panel("Messages");
    const body = messages.getByLabel("New message");
    const sendMessage = messages.getByRole("button", { name: "Send the message" });
    await expect.poll(() => sendMessage.isEnabled()).toBe(true);
    await sendMessage.click();
    await messages.getByText("Write the message before sending it.").waitFor();
    await expect.poll(() => body.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect.poll(() => body.getAttribute("aria-invalid")).toBe("true");
    await expectAccessible(page, "referral message refused empty");
    await body.fill(`Interpreter booked for Thursday ${run}`);
    await expect.poll(() => messages.getByText("Write the message before sending it.").count()).toBe(0);
    await sendMessage.click();
    await messages
      .getByRole("listitem")
      .filter({ hasText: `Interpreter booked for Thursday ${run}` })
      .waitFor();
    await expect.poll(() => body.inputValue()).toBe("");

    const actions = panel("Next step");
    await actions.getByRole("button", { name: "Withdraw", expanded: false }).click();
    const confirm = actions.locator("form").getByRole("button", { name: "Withdraw" });
    await expect.poll(() => confirm.isEnabled()).toBe(true);
    await confirm.click();
    await actions.getByText("Write why you withdraw the referral.").waitFor();
    const reason = actions.getByLabel("Reason");
    await expect.poll(() => reason.evaluate((el) => el === document.activeElement)).toBe(true);
    await expectAccessible(page, "referral withdrawal refused without a reason");
    // Closed again without withdrawing: the referral goes on as accepted.
    await actions.getByRole("button", { name: "Withdraw", expanded: true }).click();
    await expect.poll(() => actions.getByText("Write why you withdraw the referral.").count()).toBe(0);
    await expect.poll(() => page.getByTestId("referral-status").textContent()).toBe("Accepted");
    await signOut(page);
  });

  it("lets the coordinator change a stage's response time in the pathway editor", async () => {
    await signIn(page, server, "coordinator");
    await page.goto(`${server.url}/referrals/scheme`);
    await page.getByRole("button", { name: "Edit the pathway" }).click();
    const editor = panel("Edit the pathway");
    const accommodation = editor.locator("fieldset", {
      has: page.getByText("Accommodation", { exact: true }),
    });
    await accommodation.getByLabel("Response time in hours (1–744)").fill("6");
    await expectAccessible(page, "pathway editor");
    await editor.getByRole("button", { name: "Save the pathway" }).click();
    await page.getByRole("status").filter({ hasText: "The pathway is saved." }).waitFor();
    const flow = page.getByRole("list", { name: "Referral pathway, from first contact to closure" });
    const step = flow
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { name: /Accommodation$/ }) });
    await step.getByText("6 hours").waitFor();
  });

  // Issue 13: a send clicked twice makes one referral; lists with filters; the case timeline; the service.
  const shelterService = "Safe Harbour emergency shelter";
  let secondUrl = "";
  let secondReference = "";
  const referralsOfCase = async () => {
    const rows = await withTenant(server.db, server.municipalityId, (tx) =>
      tx.query<{ n: number }>("select count(*)::int as n from referrals where case_id = $1", [caseId]),
    );
    return rows[0]?.n;
  };

  it("makes exactly one referral from a double-clicked send, and Back does not return to the sent form", async () => {
    await signOut(page);
    await signIn(page, server, "frontline");
    const caseUrl = `${server.url}/cases/${caseId}`;
    await page.goto(caseUrl);
    await page.getByRole("heading", { level: 1, name: /^Case C\d{4}-/ }).waitFor();
    await page.getByRole("link", { name: "Refer to a service" }).click();
    await page.getByRole("heading", { level: 1, name: "Refer to another organisation" }).waitFor();
    await page.getByLabel("Receiving organisation").selectOption({ label: shelter });
    await page.getByLabel("Service (optional)").selectOption({ label: shelterService });
    await page.getByLabel("Stage of the pathway").selectOption("accommodation");
    await expect.poll(referralsOfCase).toBe(1);
    const keys: (string | undefined)[] = [];
    page.on("request", (r) => {
      if (r.method() === "POST" && new URL(r.url()).pathname === "/api/v1/referrals")
        keys.push(r.headers()["idempotency-key"]);
    });
    // Two clicks in one go, before the page can disable the button: both submissions are sent.
    await page.getByRole("button", { name: "Save the draft" }).evaluate((button: HTMLButtonElement) => {
      button.click();
      button.click();
    });
    await page.getByRole("heading", { level: 1, name: /^Referral R-/ }).waitFor();
    await expect.poll(referralsOfCase).toBe(2);
    // Every attempt carried the one key of this submission.
    await expect.poll(() => keys.length > 0 && new Set(keys).size === 1 && keys[0] !== undefined).toBe(true);
    secondUrl = page.url();
    secondReference =
      (await page.getByRole("heading", { level: 1 }).textContent())?.replace("Referral ", "") ?? "";
    await page.goBack();
    await expect.poll(() => page.url()).toBe(caseUrl);
    await page.getByRole("heading", { level: 1, name: /^Case C\d{4}-/ }).waitFor();
    await expect.poll(referralsOfCase).toBe(2);
    await page.goForward();
    await expect.poll(() => page.url()).toBe(secondUrl);
    await page.getByRole("button", { name: "Send", exact: true }).click();
    await page.getByTestId("referral-status").filter({ hasText: "Sent, awaiting an answer" }).waitFor();
    await expect.poll(referralsOfCase).toBe(2);
  });

  it("lets the coordinator find yesterday's referral in the list by its service", async () => {
    const id = new URL(secondUrl).pathname.split("/").pop();
    await withTenant(server.db, server.municipalityId, (tx) =>
      tx.query(
        `update referrals set created_at = created_at - interval '1 day', sent_at = sent_at - interval '1 day',
           updated_at = updated_at - interval '1 day',
           state = jsonb_set(state, '{sentAt}', to_jsonb(to_char((sent_at - interval '1 day') at time zone 'UTC',
             'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')))
         where id = $1`,
        [id],
      ),
    );
    await signOut(page);
    await signIn(page, server, "coordinator");
    await page.goto(`${server.url}/referrals/inbox`);
    const filters = panel("Filter the referrals");
    await filters.getByLabel("Service").selectOption({ label: `${shelterService} (${shelter})` });
    await filters.getByRole("button", { name: "Show" }).click();
    const list = panel("Referrals in the municipality");
    await expect
      .poll(() => list.getByRole("link", { name: /^R-/ }).allTextContents())
      .toEqual([secondReference]);
    await list.getByRole("row").filter({ hasText: shelterService }).waitFor();
    await expect.poll(() => page.content()).not.toContain(givenName);
    await expectAccessible(page, "referrals in the municipality");
    await expectFitsPhone(page, "referrals in the municipality", [390]);
    await list.getByRole("link", { name: secondReference }).click();
    await expect.poll(() => page.url()).toBe(secondUrl);
    await page.getByText(`${shelterService} (${shelter})`).waitFor();
    await signOut(page);
  });

  it("shows the referrals on the case timeline, linking to them", async () => {
    await signIn(page, server, "frontline");
    await page.goto(`${server.url}/cases/${caseId}`);
    const timeline = page.getByTestId("case-timeline");
    const sentEntry = timeline
      .getByRole("listitem")
      .filter({ hasText: `Referral ${secondReference}: sent to ${shelter}` });
    await sentEntry.waitFor();
    await timeline
      .getByRole("listitem")
      .filter({ hasText: /^Referral.*Referral R-\S+: accepted by / })
      .waitFor();
    await expectAccessible(page, "case timeline with referrals");
    await sentEntry.getByRole("link", { name: `Referral ${secondReference}` }).click();
    await expect.poll(() => page.url()).toBe(secondUrl);
    await signOut(page);
  });

  it("shows the receiving shelter the chosen service", async () => {
    await signIn(page, server, "service_provider");
    await page.goto(`${server.url}/referrals/inbox`);
    const received = panel("Received by your organisation");
    await received.getByRole("link", { name: secondReference }).click();
    await page.getByRole("heading", { level: 1, name: `Referral ${secondReference}` }).waitFor();
    await page.getByText(`${shelterService} (${shelter})`).waitFor();
    await expectAccessible(page, "referral with its service, as receiver");
    await expectFitsPhone(page, "referral with its service, as receiver", [390]);
    await signOut(page);
  });
});

describe("a quick exit from the case page", () => {
  it("ends the session: Back shows the sign-in page, and the old session cookie is refused", async () => {
    await signIn(page, server, "frontline");
    await page.goto(`${server.url}/cases/${caseId}`);
    await page.getByRole("heading", { level: 1, name: /^Case C\d{4}-/ }).waitFor();
    const session = (await page.context().cookies(server.url)).find((c) => c.name === "ariadne_session");
    expect(session).toBeDefined();
    // The neutral page, served locally here: no network in tests.
    await page.route("https://www.google.com/**", (route) =>
      route.fulfill({ status: 200, contentType: "text/html", body: "<title>Search</title>" }),
    );
    await page.getByRole("button", { name: "Quick exit" }).click();
    await page.waitForURL("https://www.google.com/");
    // One Back: the home page the worker came from asks to sign in, and shows nothing of the app.
    await page.goBack();
    await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
    await expect.poll(() => page.getByText(/Welcome|Case C\d{4}-/).count()).toBe(0);
    // Someone holding the old cookie gets nothing either: the session ended on the server.
    const res = await fetch(`${server.url}/api/v1/cases/${caseId}`, {
      headers: { cookie: `ariadne_session=${session!.value}` },
    });
    expect(res.status).toBe(401);
  });
});
