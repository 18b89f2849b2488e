import { prevention } from "@ariadne/domain";
import { type Browser, chromium, type Locator, type Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { draftKeptOnDevice, draftsOnDevice } from "./support/drafts.ts";
import { expectAccessible, expectFitsPhone, expectNoSidewaysScroll, useJourney } from "./support/journey.ts";
import { freshTotp, signIn, signOut } from "./support/sign-in.ts";

const phone = { width: 390, height: 844 };
const journey = useJourney("prevention", { viewport: phone });
const title = "Car wash on Station road";
const concern = "Ionel sleeps in the back room";
/** A second visit, queued after the offline reload. */
const secondTitle = "Berry farm barracks";

/** A second device of the outreach team: the coordinator's phone, talking to the API directly. */
async function secondDevice() {
  const c = journey.server.credentials.coordinator;
  const res = await fetch(`${journey.server.url}/api/v1/auth/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: c.email, password: c.password, totp: await freshTotp(c) }),
  });
  const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0]!;
  const { session } = (await res.json()) as { session: { csrfToken: string } };
  return async (method: string, path: string, body?: unknown) => {
    const r = await fetch(`${journey.server.url}${path}`, {
      method,
      headers: { cookie, "x-csrf-token": session.csrfToken, "content-type": "application/json" },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    return { status: r.status, json: await r.json() };
  };
}

/** The visits the server holds with this title (read through the app's own session). */
const onServer = (name: string) =>
  journey.page.evaluate(async (n) => {
    const r = await fetch("/api/v1/outreach-visits");
    const body = (await r.json()) as { items: { title: string; id: string }[] };
    return body.items.filter((v) => v.title === n);
  }, name);

/** What a screen reader says with an element: the texts its `aria-describedby` points at. */
const descriptionOf = (element: Locator) =>
  element.evaluate((el) =>
    (el.getAttribute("aria-describedby") ?? "")
      .split(" ")
      .map((id) => document.getElementById(id)?.textContent ?? "")
      .join(" ")
      .trim(),
  );

/** The label of the focused input. */
const focusedLabel = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent ?? null);

describe("an outreach worker logs a visit in the field without a network", () => {
  it("signs in on a phone and gets the app shell installed for offline use", async () => {
    const page = journey.page;
    await page.goto(journey.server.url);
    await page.waitForURL(/\/sign-in$/);
    await signIn(page, journey.server, "frontline");
    await page.getByRole("link", { name: "Prevention" }).first().click();
    await page.getByRole("heading", { level: 1, name: "Outreach visits" }).waitFor();
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
    const manifest = await page.evaluate(async () => (await fetch("/manifest.webmanifest")).json());
    expect(manifest).toMatchObject({ name: "Ariadne", display: "standalone" });
    await expectNoSidewaysScroll(page, phone.width);
    await expectAccessible(page, "outreach visits (phone)");
  });

  it("logs the visit with the network cut: it is kept on the device, encrypted", async () => {
    const page = journey.page;
    await page.context().setOffline(true);
    await page
      .getByRole("status")
      .filter({ hasText: /^You are offline\. 0 visits wait/ })
      .waitFor();
    await page.getByRole("link", { name: "Plan a visit" }).click();
    await page.getByRole("heading", { level: 1, name: "Plan an outreach visit" }).waitFor();
    await page.getByLabel("Where and what (short title)").fill(title);
    await page.getByLabel("Latitude").fill("60.17");
    await page.getByLabel("Longitude").fill("24.94");
    await page.getByLabel("Status").selectOption({ label: "Done" });
    await page.getByLabel("Seasonal and posted workers").fill("6");
    await page.getByLabel("Conversations").fill("4");
    await page.getByLabel("Concerns").fill(concern);
    await expectNoSidewaysScroll(page, phone.width);
    await expectAccessible(page, "visit form offline (phone)");
    await page.getByRole("button", { name: "Save visit" }).click();
    await page.getByText("Saved on this device. It is sent when the network returns.").waitFor();
    await page
      .getByRole("region", { name: "Saved on this device" })
      .getByRole("listitem")
      .filter({ hasText: title })
      .filter({ hasText: "Waiting to be sent" })
      .waitFor();
    // Kept in IndexedDB, sealed; nothing in localStorage.
    await expect
      .poll(async () =>
        Object.keys(await draftsOnDevice(page)).filter((n) => n.startsWith("outreach.visit.")),
      )
      .toHaveLength(1);
    const stored = Object.values(await draftsOnDevice(page)).join("\n");
    expect(stored).toContain('"iv"');
    expect(stored).not.toContain("Ionel");
    expect(stored).not.toContain("Station road");
    expect(
      await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("ariadne.draft."))),
    ).toEqual([]);
  });

  it("reloads offline: the app shell comes from the device, still signed in, with the queue", async () => {
    const page = journey.page;
    // As an earlier version of the app left it: the sealed queue in localStorage, not in IndexedDB.
    // The reload moves it into IndexedDB, and nothing is lost.
    const drafts = await draftsOnDevice(page);
    await page.evaluate(async (sealed) => {
      for (const [name, text] of Object.entries(sealed)) localStorage.setItem(`ariadne.draft.${name}`, text);
      await new Promise<void>((resolve, reject) => {
        const open = indexedDB.open("ariadne-drafts");
        open.onsuccess = () => {
          const tx = open.result.transaction("drafts", "readwrite");
          tx.objectStore("drafts").clear();
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      });
    }, drafts);
    expect(await draftsOnDevice(page)).toEqual({});
    const response = await page.reload();
    expect(response?.fromServiceWorker()).toBe(true);
    // Not the sign-in page: the session kept on the device opens the worker's own screens.
    await page.getByRole("heading", { level: 1, name: "Outreach visits" }).waitFor();
    expect(page.url()).toBe(`${journey.server.url}/prevention`);
    await page
      .getByRole("region", { name: "Saved on this device" })
      .getByRole("listitem")
      .filter({ hasText: title })
      .filter({ hasText: "Waiting to be sent" })
      .waitFor();
    await expect.poll(() => draftsOnDevice(page)).toEqual(drafts);
    expect(
      await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("ariadne.draft."))),
    ).toEqual([]);
    // The drafts key is kept as a key no script can read back as bytes.
    const extractable = await page.evaluate(
      () =>
        new Promise<boolean | null>((resolve) => {
          const open = indexedDB.open("ariadne-session");
          open.onsuccess = () => {
            const get = open.result.transaction("session").objectStore("session").get("current");
            get.onsuccess = () => resolve(get.result ? (get.result.key as CryptoKey).extractable : null);
          };
        }),
    );
    expect(extractable).toBe(false);
  });

  it("queues a second visit after the offline reload", async () => {
    const page = journey.page;
    await page.getByRole("link", { name: "Plan a visit" }).click();
    await page.getByRole("heading", { level: 1, name: "Plan an outreach visit" }).waitFor();
    await page.getByLabel("Where and what (short title)").fill(secondTitle);
    await page.getByLabel("Conversations").fill("2");
    await page.getByRole("button", { name: "Save visit" }).click();
    await page.getByText("Saved on this device. It is sent when the network returns.").waitFor();
    const waiting = page
      .getByRole("region", { name: "Saved on this device" })
      .getByRole("listitem")
      .filter({ hasText: "Waiting to be sent" });
    await expect.poll(() => waiting.count()).toBe(2);
  });

  it("sends both visits once when the network returns, without a reload or a sign-in", async () => {
    const page = journey.page;
    await page.context().setOffline(false);
    await page
      .getByRole("status")
      .filter({ hasText: "Everything saved on this device has been sent." })
      .waitFor();
    await page
      .getByRole("region", { name: "Visits of the municipality" })
      .getByRole("listitem")
      .filter({ hasText: title })
      .filter({ hasText: "6 people met" })
      .waitFor();
    await expect.poll(async () => (await onServer(title)).length).toBe(1);
    await expect.poll(async () => (await onServer(secondTitle)).length).toBe(1);
    // Sent again (another reconnection) changes nothing: the queue is empty.
    await page.evaluate(() => window.dispatchEvent(new Event("online")));
    await expect.poll(async () => (await onServer(title)).length).toBe(1);
    expect((await onServer(secondTitle)).length).toBe(1);
  });

  it("downloads a Finnish leaflet whose QR code opens the help page", async () => {
    const page = journey.page;
    const print = page.getByRole("region", { name: "Leaflets and posters" });
    await print.getByLabel("Language").selectOption({ label: prevention.helpTexts.fi.name });
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      print.getByRole("link", { name: "Download the PDF" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("leaflet-demo-municipality-fi.pdf");
    const path = await download.path();
    const bytes = await import("node:fs/promises").then((fs) => fs.readFile(path));
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    await expectAccessible(page, "visits with leaflets (phone)");
  });

  it("signs out: the kept session is wiped, and a reload offline shows sign-in", async () => {
    const page = journey.page;
    const kept = () =>
      page.evaluate(
        () =>
          new Promise<boolean>((resolve) => {
            const open = indexedDB.open("ariadne-session");
            open.onsuccess = () => {
              const get = open.result.transaction("session").objectStore("session").count();
              get.onsuccess = () => resolve(get.result > 0);
            };
          }),
      );
    expect(await kept()).toBe(true);
    // On a phone the sign-out button is in the menu.
    await page.getByRole("button", { name: "Menu" }).click();
    await signOut(page);
    await expect.poll(kept).toBe(false);
    await page.context().setOffline(true);
    await page.goto(`${journey.server.url}/prevention`).catch(() => null);
    await page.waitForURL(/\/sign-in$/);
    await page.context().setOffline(false);
    await signIn(page, journey.server, "frontline");
    await page.goto(`${journey.server.url}/prevention`);
    await page.getByRole("heading", { level: 1, name: "Outreach visits" }).waitFor();
  });
});

describe("two devices edit the same visit: nothing is lost", () => {
  it("merges the other device's change and asks only about the field both changed", async () => {
    const page = journey.page;
    const [visit] = await onServer(title);
    await page.getByRole("link", { name: title }).click();
    await page.getByRole("heading", { level: 1, name: "Outreach visit" }).waitFor();
    await page.getByLabel("Notes").waitFor();
    // Offline again; meanwhile the coordinator's phone changes the notes and the materials.
    await page.context().setOffline(true);
    const other = await secondDevice();
    const changed = await other("PATCH", `/api/v1/outreach-visits/${visit!.id}`, {
      version: 1,
      notes: "Manager refused entry",
      materialsHandedOut: 15,
    });
    expect(changed.status).toBe(200);
    await page.getByLabel("Notes").fill("Two workers asked about unpaid wages");
    await page.getByLabel("Screenings started").fill("2");
    await page.getByRole("button", { name: "Save visit" }).click();
    await page.getByText("Saved on this device. It is sent when the network returns.").waitFor();
    await page.context().setOffline(false);
    await page.evaluate(() => window.dispatchEvent(new Event("online")));
    await page.getByRole("link", { name: "Changed elsewhere too: choose" }).click();
    await page.getByRole("heading", { level: 1, name: "Choose what to keep" }).waitFor();
    const notes = page.getByRole("group", { name: "Notes" });
    await notes.getByText("Two workers asked about unpaid wages").waitFor();
    await notes.getByText("Manager refused entry").waitFor();
    await expect.poll(() => page.getByRole("group").count()).toBe(1);
    await expectNoSidewaysScroll(page, phone.width);
    await expectAccessible(page, "conflict screen (phone)");
    await notes.getByRole("radio", { name: /^Yours/ }).check();
    await page.getByRole("button", { name: "Keep my choices and send" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: "Everything saved on this device has been sent." })
      .waitFor();
    await expect
      .poll(async () => (await other("GET", `/api/v1/outreach-visits/${visit!.id}`)).json)
      .toMatchObject({
        notes: "Two workers asked about unpaid wages",
        materialsHandedOut: 15,
        screeningsStarted: 2,
        conversations: 4,
        concerns: concern,
      });
    expect(journey.browser.problems.filter((p) => !p.includes("ERR_INTERNET_DISCONNECTED"))).toEqual([]);
  });
});

describe("a quick exit with field work queued on the phone", () => {
  const exitTitle = "Orchard workers' caravans";
  const queued = async () =>
    Object.keys(await draftsOnDevice(journey.page)).filter((n) => n.startsWith("outreach.visit."));

  it("keeps the queued visit through the quick exit, sealed, and sends it once after signing in again", async () => {
    const page = journey.page;
    // The visits API out of reach (a field without a network): the visit waits on the device.
    await page.route("**/api/v1/outreach-visits**", (route) => route.abort("internetdisconnected"));
    await page.goto(`${journey.server.url}/prevention/visits/new`);
    await page.getByRole("heading", { level: 1, name: "Plan an outreach visit" }).waitFor();
    await page.getByLabel("Where and what (short title)").fill(exitTitle);
    await page.getByLabel("Concerns").fill("Passports kept by the foreman");
    await page.getByRole("button", { name: "Save visit" }).click();
    await page.getByText("Saved on this device. It is sent when the network returns.").waitFor();
    await expect.poll(queued).toHaveLength(1);
    const waiting = await queued();

    // Quick exit (the neutral page served locally here: no network in tests).
    await page.route("https://www.google.com/**", (route) =>
      route.fulfill({ status: 200, contentType: "text/html", body: "<title>Search</title>" }),
    );
    await page.getByRole("button", { name: "Quick exit" }).click();
    await page.waitForURL("https://www.google.com/");

    // Later the session has ended (the idle limit, say): the app asks to sign in again. On the
    // device lies only the queued visit, still sealed.
    await page.context().clearCookies();
    await page.unroute("**/api/v1/outreach-visits**");
    await page.goto(`${journey.server.url}/prevention`);
    await page.waitForURL(/\/sign-in$/);
    const left = await draftsOnDevice(page);
    expect(Object.keys(left)).toEqual(waiting);
    expect(Object.values(left).join("\n")).not.toMatch(/foreman|Orchard/);

    await signIn(page, journey.server, "frontline");
    await page.goto(`${journey.server.url}/prevention`);
    await page.getByRole("heading", { level: 1, name: "Outreach visits" }).waitFor();
    await expect.poll(async () => (await onServer(exitTitle)).length).toBe(1);
    await expect.poll(queued).toEqual([]);
    await page
      .getByRole("status")
      .filter({ hasText: "Everything saved on this device has been sent." })
      .waitFor();
    // Nothing lost: the visit as typed, once.
    await page.evaluate(() => window.dispatchEvent(new Event("online")));
    const [sent] = await onServer(exitTitle);
    const full = await page.evaluate(
      async (id) => (await fetch(`/api/v1/outreach-visits/${id}`)).json(),
      sent!.id,
    );
    expect(full).toMatchObject({ title: exitTitle, concerns: "Passports kept by the foreman" });
    expect((await onServer(exitTitle)).length).toBe(1);
  });
});

// A second browser with JavaScript switched off, for the public side: nothing there may need it.
let noScript: { browser: Browser; page: Page } | null = null;
async function withoutJavaScript(): Promise<Page> {
  if (!noScript) {
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
      ],
    });
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 360, height: 780 },
    });
    context.setDefaultTimeout(60_000);
    noScript = { browser, page: await context.newPage() };
  }
  return noScript.page;
}
afterAll(async () => {
  await noScript?.browser.close();
});

describe("the municipality's public help page", () => {
  it("reads in Finnish, Romanian, Vietnamese and Arabic (right to left) with JavaScript off", async () => {
    const page = await withoutJavaScript();
    for (const lang of ["fi", "ro", "vi", "ar"] as const) {
      const texts = prevention.helpTexts[lang];
      await page.goto(`${journey.server.url}/help/demo-municipality?lang=${lang}`);
      await page.getByRole("heading", { level: 1, name: texts.title }).waitFor();
      expect(await page.locator("html").getAttribute("lang")).toBe(lang);
      expect(await page.locator("html").getAttribute("dir")).toBe(lang === "ar" ? "rtl" : "ltr");
      await page.getByText(texts.rights[0]).waitFor();
      await page.getByRole("link", { name: "112" }).first().waitFor();
      expect(await page.context().cookies()).toEqual([]);
      await expectNoSidewaysScroll(page, 360, `public page ${lang}`);
    }
    // The switch: from Arabic to Swedish by a plain link.
    await page.getByRole("link", { name: "Svenska" }).click();
    await page.getByRole("heading", { level: 1, name: prevention.helpTexts.sv.title }).waitFor();
  });

  it("is axe clean and fits 360 and 390 px phones in every checked language", async () => {
    const page = journey.page;
    for (const lang of ["en", "fi", "ro", "vi", "ar"]) {
      await page.goto(`${journey.server.url}/help/demo-municipality?lang=${lang}`);
      await page.getByRole("heading", { level: 1 }).waitFor();
      await expectFitsPhone(page, `public help page (${lang})`);
    }
  });
});

describe("a concern reported anonymously, answered, and the answer read with the code", () => {
  let code = "";
  it("is sent from the public page with JavaScript off, without a name", async () => {
    const page = await withoutJavaScript();
    const ro = prevention.helpTexts.ro;
    await page.goto(`${journey.server.url}/help/demo-municipality?lang=ro`);
    await page.getByLabel(ro.what).fill("Muncitori care dorm în spălătoria auto");
    await page.getByLabel(ro.where).fill("Harbour district");
    await page.getByRole("button", { name: ro.send }).click();
    await page.getByText(ro.thanks).waitFor();
    code = (await page.locator(".code").textContent())?.trim() ?? "";
    expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  });

  it("lands in the coordinator's inbox, who answers it", async () => {
    const page = journey.page;
    await page.context().clearCookies();
    await page.goto(`${journey.server.url}/sign-in`);
    await signIn(page, journey.server, "coordinator");
    await page.goto(`${journey.server.url}/prevention/concerns`);
    await page.getByRole("heading", { level: 1, name: "Reports of concern" }).waitFor();
    const panel = page.getByRole("region").filter({ hasText: "Muncitori care dorm în spălătoria auto" });
    await panel.getByText("Anonymous").waitFor();
    await expectAccessible(page, "reports of concern");
    await panel
      .getByLabel("Reply to the reporter")
      .fill("Mulțumim. Echipa noastră merge acolo săptămâna aceasta.");
    await panel.getByRole("button", { name: "Send reply" }).click();
    await panel.getByText("Reply sent:").waitFor();
  });

  it("is turned into a location on the local map from the inbox, prefilled from the report", async () => {
    const page = journey.page;
    const panel = page
      .getByRole("region", { name: /^Received/ })
      .filter({ hasText: "Muncitori care dorm în spălătoria auto" });
    // A coordinator maps, but opens no case: that is for a role that may open cases.
    await panel.getByRole("button", { name: "Add to the local map" }).waitFor();
    expect(await panel.getByRole("button", { name: "Open a case from this" }).count()).toBe(0);
    await panel.getByRole("button", { name: "Add to the local map" }).click();
    const form = panel.getByRole("region", { name: "Add a location to the local map" });
    await expect.poll(() => form.getByLabel("Title").inputValue()).toBe("Harbour district");
    expect(await form.getByLabel("Signals").inputValue()).toBe("Muncitori care dorm în spălătoria auto");
    await form.getByRole("button", { name: "Add to the map" }).click();
    await expect.poll(() => form.getByLabel("Sector").getAttribute("aria-invalid")).toBe("true");
    await form.getByLabel("Sector").selectOption({ label: "Car washes" });
    await form.getByLabel("Signals").fill("Workers sleep on site");
    await expectNoSidewaysScroll(page, phone.width);
    await expectAccessible(page, "concern to the local map (phone)");
    await form.getByRole("button", { name: "Add to the map" }).click();
    await panel.getByText("Added to the local map.").waitFor();
    await panel.getByRole("link", { name: "Open the local map" }).click();
    await page.getByRole("heading", { level: 1, name: "Local map" }).waitFor();
    await page.getByRole("rowheader", { name: "Harbour district" }).first().waitFor();
  });

  it("is handed by the coordinator to a frontline worker, who opens a case from it", async () => {
    const page = journey.page;
    const what = "A cleaner at the hotel keeps no passport";
    const { panel, form } = await handOverForm(what, "Station road");
    await form.getByLabel("Frontline worker").selectOption({ label: "Frida Frontline" });
    await form.getByLabel("Note to the worker").fill("Please meet her this week");
    await expectNoSidewaysScroll(page, phone.width);
    await expectAccessible(page, "hand a concern to a frontline worker (phone)");
    await form.getByRole("button", { name: "Hand over" }).click();
    await panel.getByText(/^Handed to Frida Frontline on/).waitFor();
    expect(await panel.getByRole("button", { name: "Hand to a frontline worker" }).count()).toBe(0);

    await page.getByRole("button", { name: "Menu" }).click();
    await signOut(page);
    await signIn(page, journey.server, "frontline");
    await page.goto(`${journey.server.url}/inbox`);
    await page
      .getByRole("link", { name: "A report of concern was handed to you: open a case or hand it back" })
      .click();
    await page.getByRole("heading", { level: 1, name: "Reports of concern handed to me" }).waitFor();
    const handed = page.getByRole("region", { name: /^Received/ }).filter({ hasText: what });
    await handed.getByText("Please meet her this week").waitFor();
    await handed.getByRole("button", { name: "Open a case from this" }).click();
    const caseForm = handed.getByRole("region", { name: "Open a case from this report" });
    await expect.poll(() => caseForm.getByLabel("Why the case is opened").inputValue()).toContain(what);
    await caseForm.getByLabel("Pseudonym or label").fill("Hotel cleaner");
    await expectNoSidewaysScroll(page, phone.width);
    await expectAccessible(page, "open a case from a handed concern (phone)");
    await caseForm.getByRole("button", { name: "Open the case" }).click();
    await page.getByText(/^Case .+ opened\.$/).waitFor();
    // The case links back to the concern it was opened from, and the concern to the case.
    const caseUrl = page.url();
    await page.getByRole("link", { name: /^Opened from the report of concern received / }).click();
    await page.getByRole("heading", { level: 1, name: "Reports of concern handed to me" }).waitFor();
    const back = page.getByRole("region", { name: /^Received/ }).filter({ hasText: what });
    await back.getByText("Case opened").waitFor();
    await back.getByRole("link", { name: "Open the case" }).click();
    await page.waitForURL(caseUrl);
    await page.getByRole("link", { name: /^Opened from the report of concern received / }).waitFor();
    await expectNoSidewaysScroll(page, phone.width);
    // The campaign steps below are the coordinator's again.
    await page.getByRole("button", { name: "Menu" }).click();
    await signOut(page);
    await signIn(page, journey.server, "coordinator");
    // The coordinator sees the concern, not the case: that one was opened, with no way into it.
    await page.goto(`${journey.server.url}/prevention/concerns`);
    const inInbox = page.getByRole("region", { name: /^Received/ }).filter({ hasText: what });
    await inInbox.getByText("A case was opened.").waitFor();
    expect(await inInbox.getByRole("link", { name: "Open the case" }).count()).toBe(0);
  });

  it("is handed back by the worker, and the coordinator's notice opens the inbox at that concern", async () => {
    const page = journey.page;
    const what = "A boy sells flowers at the station every night";
    const { panel, form } = await handOverForm(what, "Central station");
    await form.getByLabel("Frontline worker").selectOption({ label: "Frida Frontline" });
    await form.getByRole("button", { name: "Hand over" }).click();
    await panel.getByText(/^Handed to Frida Frontline on/).waitFor();

    await page.getByRole("button", { name: "Menu" }).click();
    await signOut(page);
    await signIn(page, journey.server, "frontline");
    await page.goto(`${journey.server.url}/prevention/handed`);
    const handed = page.getByRole("region", { name: /^Received/ }).filter({ hasText: what });
    await handed.getByRole("button", { name: "Hand back" }).click();
    const back = handed.getByRole("region", { name: "Hand this report back" });
    await back.getByLabel("Why it was handed back").fill("The police youth unit already knows him");
    await back.getByRole("button", { name: "Hand back" }).click();
    await handed.getByText("Handed back", { exact: true }).first().waitFor();

    await page.getByRole("button", { name: "Menu" }).click();
    await signOut(page);
    await signIn(page, journey.server, "coordinator");
    await page.goto(`${journey.server.url}/inbox`);
    await page
      .getByRole("link", { name: "A report of concern you handed over was handed back" })
      .first()
      .click();
    await page.getByRole("heading", { level: 1, name: "Reports of concern" }).waitFor();
    // The list loads after the page: the concern is still brought into view and given focus.
    await expect
      .poll(() =>
        page.evaluate(() => {
          const focused = document.activeElement;
          const box = focused?.getBoundingClientRect();
          return focused?.tagName === "SECTION" &&
            box !== undefined &&
            box.top >= 0 &&
            box.top < window.innerHeight
            ? (focused.textContent ?? "")
            : "";
        }),
      )
      .toContain(what);
    await page
      .getByRole("region", { name: /^Received/ })
      .filter({ hasText: what })
      .getByText("The police youth unit already knows him")
      .waitFor();
    await expectAccessible(page, "a handed-back concern from its notice (phone)");
  });

  it("is read by the reporter with the receipt code, JavaScript still off", async () => {
    const page = await withoutJavaScript();
    const ro = prevention.helpTexts.ro;
    await page.goto(`${journey.server.url}/help/demo-municipality?lang=ro`);
    await page.getByLabel(ro.code).fill(code.toLowerCase());
    await page.getByRole("button", { name: ro.read }).click();
    await page.getByRole("heading", { level: 2, name: ro.reply }).waitFor();
    await page.getByText("Mulțumim. Echipa noastră merge acolo săptămâna aceasta.").waitFor();
  });
});

/**
 * A report of concern sent from the public page, and the coordinator's form to hand it to a
 * frontline worker opened in the inbox (the coordinator opens no case: a worker who may does).
 */
async function handOverForm(what: string, where: string) {
  const page = journey.page;
  const sent = await fetch(`${journey.server.url}/help/demo-municipality/concerns`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ what, where }).toString(),
  });
  expect(sent.status).toBe(201);
  await page.goto(`${journey.server.url}/prevention/concerns`);
  const panel = page.getByRole("region", { name: /^Received/ }).filter({ hasText: what });
  await panel.getByRole("button", { name: "Hand to a frontline worker" }).click();
  return { panel, form: panel.getByRole("region", { name: "Hand this report to a frontline worker" }) };
}

describe("an awareness campaign for taxi drivers", () => {
  it("is created, its reach recorded, and shown over time as a chart with its table", async () => {
    const page = journey.page;
    await page.goto(`${journey.server.url}/prevention/campaigns`);
    await page.getByRole("heading", { level: 1, name: "Awareness campaigns" }).waitFor();
    const form = page.getByRole("region", { name: "New campaign" });
    // Sent empty: the target groups say that one must be chosen, and the group is described by it.
    await form.getByRole("button", { name: "Create campaign" }).click();
    await form.getByText("Choose at least one target group.").waitFor();
    expect(await descriptionOf(form.getByRole("group", { name: "Target groups" }))).toBe(
      "Choose at least one target group.",
    );
    expect(await descriptionOf(form.getByLabel("Taxi drivers"))).toBe("Choose at least one target group.");
    await expect.poll(() => focusedLabel(page)).toBe("Title");
    await form.getByLabel("Title").fill("Taxi drivers know the signs");
    await form.getByLabel("Taxi drivers").check();
    await form.getByLabel("Planned reach (people)").fill("400");
    // What was typed survives a reload (the drafts layer, encrypted on the device).
    await expect
      .poll(async () => (await draftKeptOnDevice(page, "campaign:new")) as Record<string, unknown>)
      .toMatchObject({ title: "Taxi drivers know the signs", planned: "400" });
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Awareness campaigns" }).waitFor();
    await expect.poll(() => form.getByLabel("Title").inputValue()).toBe("Taxi drivers know the signs");
    expect(await form.getByLabel("Taxi drivers").isChecked()).toBe(true);
    expect(await form.getByLabel("Planned reach (people)").inputValue()).toBe("400");
    await form.getByRole("button", { name: "Create campaign" }).click();
    const panel = page.getByRole("region", { name: "Taxi drivers know the signs" });
    await panel.getByText("No reach recorded yet.").waitFor();
    await panel.getByLabel("People reached so far").fill("120");
    await panel.getByRole("button", { name: "Record reach" }).click();
    await panel.getByText("Reached 120 of 400 planned.").waitFor();
    await panel.getByRole("img", { name: "Reach over time of Taxi drivers know the signs" }).waitFor();
    await panel.getByRole("cell", { name: "120" }).waitFor();

    // The leaflet as a PDF file, then a reprint as its version 2; both stay.
    const pdf = (text: string) => Buffer.from(`%PDF-1.4\n${text}\n%%EOF\n`);
    for (const [n, text] of [
      [1, "first printing"],
      [2, "new phone numbers"],
    ] as const) {
      await panel.getByLabel("Material", { exact: true }).fill("Taxi leaflet");
      await panel.getByLabel("File", { exact: true }).setInputFiles({
        name: "taxi-leaflet.pdf",
        mimeType: "application/pdf",
        buffer: pdf(text),
      });
      await panel.getByRole("button", { name: "Upload" }).click();
      await panel.getByRole("link", { name: `Taxi leaflet, version ${n}` }).waitFor();
    }
    await panel.getByRole("link", { name: "Taxi leaflet, version 1" }).waitFor();
    // A script named .pdf is refused on the device, before anything is sent.
    await panel.getByLabel("Material", { exact: true }).fill("Not a leaflet");
    await panel.getByLabel("File", { exact: true }).setInputFiles({
      name: "evil.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("<script>alert(1)</script>"),
    });
    await panel.getByRole("button", { name: "Upload" }).click();
    await panel.getByText("The file is not one of PDF, PNG, JPEG.").waitFor();
    await expectNoSidewaysScroll(page, phone.width);
    await expectAccessible(page, "campaigns (phone)");

    // Version 1 withdrawn: deleted after a confirmation, gone from the list and from its address.
    const first = panel.getByRole("link", { name: "Taxi leaflet, version 1" });
    const href = (await first.getAttribute("href")) ?? "";
    expect(await page.evaluate(async (u) => (await fetch(u)).status, href)).toBe(200);
    await panel.getByRole("button", { name: "Delete Taxi leaflet, version 1" }).click();
    await panel.getByText("Taxi leaflet, version 1 is deleted for good; the other versions stay.").waitFor();
    await panel.getByRole("button", { name: "Delete this version" }).click();
    await expect.poll(() => first.count()).toBe(0);
    await panel.getByRole("link", { name: "Taxi leaflet, version 2" }).waitFor();
    expect([404, 410]).toContain(await page.evaluate(async (u) => (await fetch(u)).status, href));
  });
});

describe("the visit form says what each field allows, under that field", () => {
  it("marks the coordinates and the counts in words of what they allow, and focuses the first", async () => {
    const page = journey.page;
    await page.context().clearCookies();
    await page.goto(`${journey.server.url}/sign-in`);
    await signIn(page, journey.server, "coordinator");
    await page.goto(`${journey.server.url}/prevention/visits/new`);
    await page.getByRole("heading", { level: 1, name: "Plan an outreach visit" }).waitFor();
    const notice = page.getByRole("status").filter({ hasText: "did not save was kept on this device" });
    expect(await notice.count()).toBe(0);
    await page.getByLabel("Where and what (short title)").fill("Bus station kiosk");
    await page.getByLabel("Latitude").fill("abc");
    await page.getByLabel("Longitude").fill("999");
    await page.getByLabel("Undocumented migrants").fill("-5");
    await page.getByLabel("Homeless people").fill("3");
    await page.getByLabel("Conversations").fill("2.5");
    await page.getByRole("button", { name: "Save visit" }).click();
    await page.getByText("Whole numbers only.").waitFor();
    expect(await descriptionOf(page.getByLabel("Latitude"))).toBe("A number from -90 to 90.");
    expect(await descriptionOf(page.getByLabel("Longitude"))).toBe("A number from -180 to 180.");
    expect(await descriptionOf(page.getByLabel("Undocumented migrants"))).toBe(
      "A whole number from 0 to 100,000.",
    );
    expect(await descriptionOf(page.getByLabel("Homeless people"))).toBe("");
    expect(await descriptionOf(page.getByLabel("Conversations"))).toBe("Whole numbers only.");
    await expect.poll(() => focusedLabel(page)).toBe("Latitude");
    // No "characters" for a number, and no error left in a cell of the counts' grid.
    expect(await page.getByText(/characters|Check this value/).count()).toBe(0);
    // A fixed field loses its mark as it is typed.
    await page.getByLabel("Latitude").fill("60.1");
    await expect.poll(() => descriptionOf(page.getByLabel("Latitude"))).toBe("");
    await expectAccessible(page, "visit form with errors (phone)");
  });

  it("brings back what was typed when the form is opened again, and says so", async () => {
    const page = journey.page;
    await expect
      .poll(() => draftKeptOnDevice(page, "outreach.form.new"))
      .toMatchObject({ values: { title: "Bus station kiosk", longitude: "999" } });
    await page.goto(`${journey.server.url}/prevention`);
    await page.getByRole("heading", { level: 1, name: "Outreach visits" }).waitFor();
    await page.getByRole("link", { name: "Plan a visit" }).click();
    await page.getByRole("heading", { level: 1, name: "Plan an outreach visit" }).waitFor();
    const notice = page.getByRole("status").filter({ hasText: "did not save was kept on this device" });
    await notice.waitFor();
    expect(await page.getByLabel("Where and what (short title)").inputValue()).toBe("Bus station kiosk");
    expect(await page.getByLabel("Longitude").inputValue()).toBe("999");
    // Starting again asks first, then empties the form and forgets what was kept.
    await notice.getByRole("button", { name: "Discard it and start again" }).click();
    await notice.getByRole("button", { name: "Discard", exact: true }).click();
    await expect.poll(() => notice.count()).toBe(0);
    expect(await page.getByLabel("Where and what (short title)").inputValue()).toBe("");
    await expect.poll(() => draftKeptOnDevice(page, "outreach.form.new")).toBeUndefined();
  });
});
