import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startTestServer, type TestServer } from "@ariadne/server/testing/start-test-server.ts";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestBrowser } from "./support/browser.ts";
import { expectAccessible, useJourney } from "./support/journey.ts";
import { type Focused, focused, named, tabTo } from "./support/keyboard.ts";
import { chooseLanguage, msg } from "./support/messages.ts";
import { signIn } from "./support/sign-in.ts";

const journey = useJourney("map-plan");
let server: TestServer;
let browser: TestBrowser;
let page: Page;
beforeAll(() => {
  server = journey.server;
  browser = journey.browser;
  page = journey.page;
});
const run = Date.now().toString(36);
const groupTitle = `Berry pickers ${run}`;
const locationTitle = `Car wash ${run}`;
const pointTitle = `Train car-wash inspectors ${run}`;
const outreachTitle = `Night round ${run}`;
const areaTitle = `Berry farm ${run}`;
const meetingTitle = `Network meeting ${run}`;
const dist = join(import.meta.dirname, "../packages/web/dist");
/** Whether a place lies inside the square `boundary` below. */
const insideBoundary = (lat = Number.NaN, lon = Number.NaN) =>
  lat > 60.14 && lat < 60.24 && lon > 24.85 && lon < 25.05;

// A small square around central Helsinki: [longitude, latitude], as RFC 7946 wants.
const boundary = {
  type: "Polygon",
  coordinates: [
    [
      [24.85, 60.14],
      [25.05, 60.14],
      [25.05, 60.24],
      [24.85, 60.24],
      [24.85, 60.14],
    ],
  ],
};

describe("the coordinator maps the local situation and plans from it", () => {
  it("keeps the map library out of the first load", () => {
    const html = readFileSync(join(dist, "index.html"), "utf8");
    const firstLoad = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map(
      (m) => m[1] ?? "",
    );
    expect(firstLoad.length).toBeGreaterThan(0);
    for (const file of firstLoad) {
      // Leaflet's code and styles name this class; a lazy chunk's file name in the preload map does not count.
      expect(readFileSync(join(dist, file), "utf8"), file).not.toContain("leaflet-container");
    }
  });

  it("signs in", async () => {
    await signIn(page, server, "coordinator");
  });

  it("imports the municipality boundary, refusing bad GeoJSON with a clear error", async () => {
    await page.getByRole("navigation", { name: "Modules" }).getByRole("link", { name: "Local map" }).click();
    await page.getByRole("heading", { level: 1, name: "Local map" }).waitFor();
    await page.getByRole("region", { name: "Map of the municipality" }).waitFor();
    await expectAccessible(page, "local map");

    const input = page.getByLabel("Boundary as GeoJSON (Polygon or MultiPolygon)");
    await input.fill("{ not json");
    await page.getByRole("button", { name: "Import boundary" }).click();
    await page.locator(".field-error").filter({ hasText: "This is not valid JSON." }).waitFor();

    await input.fill(JSON.stringify({ type: "Point", coordinates: [25, 60.2] }));
    await page.getByRole("button", { name: "Import boundary" }).click();
    await page.locator(".field-error").filter({ hasText: "body.boundary.type" }).waitFor();
    await expect.poll(() => input.getAttribute("aria-invalid")).toBe("true");

    await input.fill(JSON.stringify(boundary));
    await page.getByRole("button", { name: "Import boundary" }).click();
    await page.getByRole("status").filter({ hasText: "Boundary imported." }).waitFor();
    await page.locator(".map-canvas path.leaflet-interactive").first().waitFor();
  });

  it("adds a vulnerable group", async () => {
    const form = page.locator("section", { has: page.getByRole("heading", { name: "Add a mapping entry" }) });
    await form.getByRole("button", { name: "Add entry" }).click();
    await form.locator(".field-error").filter({ hasText: "Fill in this field." }).waitFor();

    await form.getByLabel("Question").selectOption("vulnerable_group");
    await form.getByLabel("Title").fill(groupTitle);
    await form.getByLabel("Group").selectOption("seasonal_and_posted_workers");
    await form.getByLabel("Form of exploitation").selectOption("forced_labour");
    await form.getByRole("button", { name: "Add entry" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: `Entry “${groupTitle}” added.` })
      .waitFor();
    const row = page.getByRole("row", { name: new RegExp(groupTitle) });
    await expect.poll(() => row.textContent()).toContain("Current");

    // A source older than a year is flagged as stale.
    await form.getByLabel("Title").fill(`Old survey ${run}`);
    await form.getByLabel("Source date").fill("2020-05-01");
    await form.getByRole("button", { name: "Add entry" }).click();
    const old = page.getByRole("row", { name: new RegExp(`Old survey ${run}`) });
    await expect.poll(() => old.textContent()).toContain("Stale: source older than a year");
  });

  it("adds a location: outside the municipality is refused, a click on the map fills in the place", async () => {
    const form = page.locator("section", { has: page.getByRole("heading", { name: "Add a mapping entry" }) });
    await form.getByLabel("Question").selectOption("location");
    await form.getByLabel("Source date").fill(new Date().toISOString().slice(0, 10));
    await form.getByLabel("Title").fill(locationTitle);
    await form.getByLabel("Sector").selectOption("car_washes");
    await form.getByLabel("Latitude").fill("61.5");
    await form.getByLabel("Longitude").fill("23.7");
    await form.getByRole("button", { name: "Add entry" }).click();
    await form
      .locator(".field-error")
      .filter({ hasText: "This place lies outside the municipality boundary." })
      .first()
      .waitFor();
    await expectAccessible(page, "location form with errors");

    // The middle of the map lies inside the boundary the map was fitted to.
    await page.locator(".map-canvas").click();
    await expect
      .poll(async () => [
        Number(await form.getByLabel("Latitude").inputValue()),
        Number(await form.getByLabel("Longitude").inputValue()),
      ])
      .toSatisfy(([lat, lon]) => insideBoundary(lat, lon));
    await form.getByRole("button", { name: "Add entry" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: `Entry “${locationTitle}” added.` })
      .waitFor();
    await page.getByRole("row", { name: new RegExp(locationTitle) }).waitFor();
    // The boundary and the new place are drawn: a path for each.
    await page.waitForFunction(
      () => document.querySelectorAll(".map-canvas path.leaflet-interactive").length >= 2,
    );

    // The offline basemap: country outlines shipped with the app, drawn under the municipality.
    await expect.poll(() => page.locator(".map-canvas path.basemap-country").count()).toBeGreaterThan(100);
    await page.getByText("Background: country outlines shipped with Ariadne").waitFor();

    mkdirSync(".tmp", { recursive: true });
    await page
      .getByRole("region", { name: "Map of the municipality" })
      .screenshot({ path: ".tmp/map-page-map.png" });
    await page.screenshot({ path: ".tmp/map-page.png", fullPage: true });
  });

  it("draws an area of four clicks; a corner outside the municipality is refused at the field", async () => {
    const form = page.locator("section", { has: page.getByRole("heading", { name: "Add a mapping entry" }) });
    await form.getByLabel("Question").selectOption("location");
    await form.getByLabel("Title").fill(areaTitle);
    await form.getByLabel("Sector").selectOption("agriculture_seasonal_berry_picking");
    await form.getByRole("radio", { name: "Area" }).check();
    await form.getByLabel("Latitude").waitFor({ state: "detached" });
    const corners = form.getByLabel("Corners of the area");

    // The keyboard way: corners typed one a line; the third lies far outside, and the server says which.
    await corners.fill("60.16, 24.90\n60.16, 25.00\n61.50, 23.70\n60.22, 24.90");
    await form.getByRole("button", { name: "Add entry" }).click();
    await form
      .locator(".field-error")
      .filter({ hasText: "Corner 3 lies outside the municipality boundary." })
      .waitFor();
    await expect.poll(() => corners.getAttribute("aria-invalid")).toBe("true");
    await expectAccessible(page, "area form with an error");
    // Too few corners are refused before anything is sent.
    await form.getByRole("button", { name: "Clear" }).click();
    await corners.fill("60.16, 24.90\n60.17, 24.95");
    await form.getByRole("button", { name: "Finish" }).click();
    await form
      .locator(".field-error")
      .filter({ hasText: "An area needs at least 3 different corners." })
      .waitFor();
    await form.getByRole("button", { name: "Clear" }).click();

    // Four clicks around the middle of the map, which was fitted to the municipality.
    const canvas = page.locator(".map-canvas");
    const box = await canvas.boundingBox();
    if (!box) throw new Error("the map has no box");
    const offsets = [
      [-70, -50],
      [70, -50],
      [70, 50],
      [-70, 50],
    ] as const;
    for (const [dx, dy] of offsets) {
      await canvas.click({ position: { x: box.width / 2 + dx, y: box.height / 2 + dy } });
    }
    await form.getByText(/^Corners: 4 · Drawing/).waitFor();
    await page.locator(".map-canvas path.map-draft-line").waitFor();
    await expect.poll(() => page.locator(".map-canvas path.map-draft-corner").count()).toBe(4);
    // Undo takes the last corner back; a fifth click puts it back.
    await form.getByRole("button", { name: "Undo last point" }).click();
    await form.getByText(/^Corners: 3 · /).waitFor();
    await canvas.click({ position: { x: box.width / 2 - 70, y: box.height / 2 + 50 } });
    await form.getByText(/^Corners: 4 · /).waitFor();
    const cornersTyped = async () =>
      (await corners.inputValue()).split("\n").map((line) => line.split(", ").map(Number));
    await expect
      .poll(cornersTyped)
      .toSatisfy(
        (typed: number[][]) => typed.length === 4 && typed.every(([lat, lon]) => insideBoundary(lat, lon)),
      );
    const typed = await cornersTyped();
    // The first click is the top left: north-west of the third.
    expect(typed[0]![0]).toBeGreaterThan(typed[2]![0]!);
    expect(typed[0]![1]).toBeLessThan(typed[2]![1]!);
    await form.getByRole("button", { name: "Finish" }).click();
    await page.locator(".map-canvas path.map-draft-area").waitFor();
    await form.getByText(/^Corners: 4 · Area finished\.$/).waitFor();

    await form.getByRole("button", { name: "Add entry" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: `Entry “${areaTitle}” added.` })
      .waitFor();
    const row = page.getByRole("row", { name: new RegExp(areaTitle) });
    await expect.poll(() => row.textContent()).toContain("Agriculture and seasonal berry picking");
    // On the map: the area filled and outlined in the locations layer, labelled with its title.
    await expect.poll(() => page.locator(".map-canvas path.map-area-location").count()).toBe(1);
    await page.locator(".map-canvas .map-area-label").filter({ hasText: areaTitle }).waitFor();
    await page
      .getByRole("region", { name: "Map of the municipality" })
      .screenshot({ path: ".tmp/map-area.png" });
    await expectAccessible(page, "map with an area");

    // Editing the area shows its corners and its polygon; it is drawn anew with three clicks.
    await row.getByRole("button", { name: `Edit “${areaTitle}”` }).click();
    const editor = page.getByRole("region", { name: `Edit “${areaTitle}”` });
    const editCorners = editor.getByLabel("Corners of the area");
    await expect.poll(async () => (await editCorners.inputValue()).split("\n")).toHaveLength(4);
    await page.locator(".map-canvas path.map-draft-area").waitFor();
    await editor.getByRole("button", { name: "Draw again" }).click();
    for (const [dx, dy] of [
      [-40, -30],
      [40, -30],
      [0, 40],
    ] as const) {
      await canvas.click({ position: { x: box.width / 2 + dx, y: box.height / 2 + dy } });
    }
    await editor.getByText(/^Corners: 3 · /).waitFor();
    await editor.getByRole("button", { name: "Finish" }).click();
    await editor.getByRole("button", { name: "Save changes" }).click();
    await editor.waitFor({ state: "detached" });
    await page.waitForFunction(
      () => {
        const area = document.querySelector(".map-canvas path.map-area-location");
        // A triangle: a move, two lines and the close.
        return (area?.getAttribute("d")?.match(/L/g) ?? []).length === 2;
      },
      undefined,
      { timeout: 60_000 },
    );

    // Usable on a phone: the area form at 390 px.
    await page.setViewportSize({ width: 390, height: 844 });
    await form.getByRole("radio", { name: "Area" }).check();
    await expectAccessible(page, "area form at 390 px");
    await page.screenshot({ path: ".tmp/map-area-390.png", fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
    await form.getByRole("radio", { name: "Point" }).check();
    await form.getByLabel("Latitude").waitFor();
  });

  it("adds outreach with signals: the density layer shows them, and layers switch off and on", async () => {
    const form = page.locator("section", { has: page.getByRole("heading", { name: "Add a mapping entry" }) });
    await form.getByLabel("Question").selectOption("outreach");
    await expect.poll(() => form.getByLabel("Source", { exact: true }).inputValue()).toBe("outreach_log");
    await form.getByLabel("Title").fill(outreachTitle);
    await form.getByLabel("Group reached").selectOption("people_in_prostitution");
    await form.getByLabel("Latitude").fill("60.2");
    await form.getByLabel("Longitude").fill("24.95");
    await form.getByLabel("Signals observed").fill("a minder waits outside; no passports");
    await form.getByLabel("People reached").fill("9");
    await form.getByRole("button", { name: "Add entry" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: `Entry “${outreachTitle}” added.` })
      .waitFor();
    const layers = page.getByRole("group", { name: "Layers" });
    const density = layers.getByRole("checkbox", { name: /^Signal density \(\d+\)$/ });
    await layers.getByRole("checkbox", { name: "Outreach (1)" }).waitFor();
    await page.locator(".map-canvas path.map-density").first().waitFor();
    await expect.poll(() => page.locator(".map-canvas path.map-marker-outreach").count()).toBe(1);

    // Each layer switches off and on; the legend's count says how many it holds.
    await density.uncheck();
    await page.waitForFunction(() => document.querySelectorAll(".map-canvas path.map-density").length === 0);
    await density.check();
    await page.locator(".map-canvas path.map-density").first().waitFor();
    const services = layers.getByRole("checkbox", { name: /^Services \(\d+\)$/ });
    // As many service markers drawn as the legend counts.
    await expect
      .poll(async () => {
        const label = await services.evaluate((el) => el.closest("label")?.textContent ?? "");
        const drawn = await page.locator(".map-canvas path.map-marker-service").count();
        return { legend: Number(/\((\d+)\)/.exec(label)?.[1]), drawn };
      })
      .toSatisfy(({ legend, drawn }) => legend === drawn);
    await services.uncheck();
    await expect.poll(() => page.locator(".map-canvas path.map-marker-service").count()).toBe(0);
    await services.check();
    await layers.getByRole("checkbox", { name: "Outreach (1)" }).uncheck();
    await expect.poll(() => page.locator(".map-canvas path.map-marker-outreach").count()).toBe(0);
    await layers.getByRole("checkbox", { name: "Outreach (1)" }).check();
    await expect.poll(() => page.locator(".map-canvas path.map-marker-outreach").count()).toBe(1);
    await expectAccessible(page, "map with layers");
  });

  it("reaches the places, areas, services and density drawn on the map with the keyboard alone", async () => {
    const region = page.getByRole("region", { name: "Map of the municipality" });
    const layers = page.getByRole("group", { name: "Layers" });
    /** Waits until the focus is where `wanted` says, and returns it. */
    const focusOn = async (wanted: (f: Focused) => boolean, message: string) => {
      await expect
        .poll(
          async () => {
            const f = await focused(page);
            return f && wanted(f) ? "there" : `${f?.tag ?? "body"} "${f?.name ?? ""}"`;
          },
          { message },
        )
        .toBe("there");
      const f = await focused(page);
      expect(f?.indicatorProblem ?? null, `${message}: focus visible`).toBeNull();
      return f;
    };
    const onFeature = (name: string) => named("path", name);
    /** The focused shape's role and name, as a screen reader has them, and whether it is outlined. */
    const focusedShape = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        return {
          role: el?.getAttribute("role"),
          name: el?.getAttribute("aria-label"),
          // The dark ring and yellow halo drawn around it, above the other features.
          rings: document.querySelectorAll(".map-canvas path.map-focus-ring").length,
          inMap: Boolean(el?.closest(".map-canvas")),
        };
      });
    /** Presses → until the feature named `name` has the focus (at most `max` times). */
    const arrowTo = async (name: string, max = 40) => {
      for (let i = 0; i < max; i++) {
        if ((await focused(page))?.name === name) return;
        await page.keyboard.press("ArrowRight");
      }
      await focusOn(onFeature(name), `arrowed to ${name}`);
    };
    // Every layer shown; the keyboard starts on the last layer switch, just before the map.
    for (const box of await layers.getByRole("checkbox").all()) await box.check();
    await layers.getByRole("checkbox", { name: /^Signal density/ }).focus();

    // The map itself is one stop: the arrow keys move it there.
    await page.keyboard.press("Tab");
    await focusOn((f) => f.tag === "section" && f.name === "Map of the municipality", "Tab to the map");
    const mapPane = page.locator(".map-canvas .leaflet-map-pane");
    const before = await mapPane.getAttribute("style");
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => mapPane.getAttribute("style"), { message: "the map pans" }).not.toBe(before);

    // The next Tab reaches what is drawn on it: the first location (by title), outlined, tooltip shown.
    await page.keyboard.press("Tab");
    await focusOn(onFeature(`Location, area: ${areaTitle}`), "Tab to the first feature");
    expect(await focusedShape()).toEqual({
      role: "button",
      name: `Location, area: ${areaTitle}`,
      rings: 2,
      inMap: true,
    });
    await page.keyboard.press("ArrowRight");
    await focusOn(onFeature(`Location: ${locationTitle}`), "→ to the next location");
    await page
      .locator(".leaflet-tooltip")
      .filter({ hasText: `Location: ${locationTitle}` })
      .waitFor();
    // Page Down goes to the next layer, the services, by name; End to the last, the density square.
    await page.keyboard.press("PageDown");
    await focusOn((f) => f.tag === "path" && f.name.startsWith("Service: "), "Page Down to the services");
    expect((await focusedShape()).role).toBe("link");
    await page.keyboard.press("End");
    await focusOn(onFeature("Signal density: 2 signals"), "End to the density square");
    await page.keyboard.press("Home");
    await focusOn(onFeature(`Location, area: ${areaTitle}`), "Home to the first");
    await arrowTo(`Outreach: ${outreachTitle}`);
    await region.screenshot({ path: ".tmp/map-feature-focus.png" });
    // What a screen reader's virtual cursor meets in the map: the features, one by one, in named
    // groups; not the basemap (its place names, such as Kallio's, are background) nor the tooltips.
    const tree = await region.ariaSnapshot();
    expect(tree).toContain('group "Points on the map"');
    expect(tree).toContain(`button "Location: ${locationTitle}"`);
    expect(tree).toContain(`button "Location, area: ${areaTitle}"`);
    expect(tree).toContain('button "Signal density: 2 signals"');
    expect(tree).toContain('link "Service: Child protection"');
    await region.getByText("Kallio").waitFor();
    expect(tree).not.toContain("Kallio");
    expect(tree).not.toMatch(/img|graphic/);
    await expectAccessible(page, "map feature focused");

    // Enter shows the entry in the table: its row marked, the focus on its title, Edit one Tab on.
    await page.keyboard.press("Enter");
    const row = page.getByRole("row", { name: new RegExp(outreachTitle) });
    await focusOn((f) => f.tag === "th" && f.name.startsWith(outreachTitle), "Enter to the table row");
    await expect.poll(() => row.getAttribute("class")).toContain("row-opened");
    await row.getByText("From the map").waitFor();
    // Escape goes back to the feature on the map, where it was.
    await page.keyboard.press("Escape");
    await focusOn(onFeature(`Outreach: ${outreachTitle}`), "Escape back to the map");
    await page.keyboard.press("Space");
    await focusOn((f) => f.tag === "th" && f.name.startsWith(outreachTitle), "Space to the table row");
    await page.keyboard.press("Tab");
    await focusOn(named("button", `Edit “${outreachTitle}”`), "Tab to the row's Edit");

    // Back to the map (Shift+Tab from the table passes the forms between); the tab stop is where we left.
    await tabTo(page, (f) => f.tag === "path", { key: "Shift+Tab", max: 80 });
    await focusOn(onFeature(`Outreach: ${outreachTitle}`), "the map's stop is the feature last focused");
    // A density square opens the entries whose signals it counts.
    await page.keyboard.press("End");
    await page.keyboard.press("Enter");
    await focusOn((f) => f.tag === "th" && f.name.startsWith(outreachTitle), "the square's entry");
    await page
      .getByRole("status")
      .filter({
        hasText: "This square counts the signals of 1 entry, marked “From the map” in the table below.",
      })
      .waitFor();
    await page.keyboard.press("Escape");
    await focusOn(onFeature("Signal density: 2 signals"), "Escape back to the square");

    // Escape on a feature returns to the map; Tab leaves the map past its zoom buttons: no trap.
    await page.keyboard.press("Escape");
    await focusOn((f) => f.tag === "section" && f.name === "Map of the municipality", "Escape to the map");
    await page.keyboard.press("Tab");
    await focusOn(onFeature("Signal density: 2 signals"), "one stop for all the features");
    const out = await tabTo(page, (f) => f.tag !== "path" && f.name !== "Zoom in" && f.name !== "Zoom out", {
      max: 4,
    });
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest(".map-canvas")))).toBe(false);
    expect(out.filter((f) => f.tag === "path")).toEqual([]);

    // A layer switched off takes its features out of the order.
    await tabTo(page, (f) => f.tag === "input" && f.name.startsWith("Outreach ("), {
      key: "Shift+Tab",
      max: 20,
    });
    await page.keyboard.press("Space");
    await expect.poll(() => layers.getByRole("checkbox", { name: "Outreach (1)" }).isChecked()).toBe(false);
    await tabTo(page, (f) => f.tag === "path", { max: 6 });
    const reached: string[] = [];
    await page.keyboard.press("Home");
    for (let i = 0; i < 40; i++) {
      const f = await focused(page);
      if (!f || reached.at(-1) === f.name) break;
      reached.push(f.name);
      await page.keyboard.press("ArrowRight");
    }
    expect(reached[0]).toBe(`Location, area: ${areaTitle}`);
    expect(reached.at(-1)).toBe("Signal density: 2 signals");
    expect(reached.filter((n) => n.startsWith("Outreach"))).toEqual([]);
    await expect.poll(() => region.locator("path[role][tabindex]").count()).toBe(reached.length);
    await tabTo(page, (f) => f.tag === "input" && f.name.startsWith("Outreach ("), {
      key: "Shift+Tab",
      max: 20,
    });
    await page.keyboard.press("Space");
    await expect.poll(() => layers.getByRole("checkbox", { name: "Outreach (1)" }).isChecked()).toBe(true);
    await tabTo(page, (f) => f.tag === "path", { max: 6 });

    // A service opens in the service directory, its row marked and focused; Escape goes to it on that map.
    await page.keyboard.press("Home");
    await page.keyboard.press("PageDown");
    const service = (await focused(page))?.name ?? "";
    expect(service).toMatch(/^Service: /);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Service directory" }).waitFor();
    const serviceName = service.replace(/^Service: /, "");
    await focusOn((f) => f.tag === "th" && f.name.startsWith(serviceName), "the service's row");
    await page
      .getByRole("row", { name: new RegExp(serviceName) })
      .getByText("From the map")
      .waitFor();
    await page.keyboard.press("Escape");
    await focusOn(
      (f) => f.tag === "path" && f.name.startsWith(`Service: ${serviceName}`),
      "on the directory's map",
    );
    await expectAccessible(page, "service opened from the local map");

    // On a phone, the same: Tab from the map to a feature, Enter to its row.
    await page.goBack();
    await page.getByRole("heading", { level: 1, name: "Local map" }).waitFor();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.locator(".map-canvas path.map-marker-location").first().waitFor();
    // From the page's heading, which has the focus after going back.
    await tabTo(page, (f) => f.tag === "section" && f.name === "Map of the municipality", { max: 30 });
    await page.keyboard.press("Tab");
    await focusOn(onFeature(`Location, area: ${areaTitle}`), "Tab to the first feature at 390 px");
    await page.keyboard.press("ArrowRight");
    await focusOn(onFeature(`Location: ${locationTitle}`), "→ at 390 px");
    // The focused feature and its tooltip lie inside the map, the feature clear of the zoom buttons.
    const inside = () =>
      page.evaluate(() => {
        const focus = document.activeElement;
        const shape = focus?.getBoundingClientRect();
        const tip = [...document.querySelectorAll(".map-canvas .leaflet-tooltip")]
          .find((t) => t.textContent === focus?.getAttribute("aria-label"))
          ?.getBoundingClientRect();
        const map = document.querySelector(".map-canvas")?.getBoundingClientRect();
        const zoom = document.querySelector(".leaflet-control-zoom")?.getBoundingClientRect();
        if (!shape || !tip || !map || !zoom) return false;
        const within = (a: DOMRect) =>
          a.left >= map.left && a.right <= map.right && a.top >= map.top && a.bottom <= map.bottom;
        const overlaps = (a: DOMRect, b: DOMRect) =>
          a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        return within(shape) && within(tip) && !overlaps(shape, zoom);
      });
    // (It may still be panning there.)
    await expect.poll(inside, { message: "the focused feature in view" }).toBe(true);
    await region.screenshot({ path: ".tmp/map-feature-focus-390.png" });
    await expectAccessible(page, "map feature focused at 390 px");
    await page.keyboard.press("Enter");
    await focusOn((f) => f.tag === "th" && f.name.startsWith(locationTitle), "Enter to the row at 390 px");
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it("edits an entry's title and source, and archives one", async () => {
    const oldRow = page.getByRole("row", { name: new RegExp(`Old survey ${run}`) });
    await oldRow.getByRole("button", { name: `Edit “Old survey ${run}”` }).click();
    const editor = page.getByRole("region", { name: `Edit “Old survey ${run}”` });
    await editor.getByLabel("Title").fill(`Old survey ${run} (revised)`);
    await editor.getByRole("button", { name: "Save changes" }).click();
    const revised = page.getByRole("row", { name: new RegExp(`Old survey ${run} \\(revised\\)`) });
    await expect.poll(() => revised.textContent()).toContain("Stale: source older than a year");

    await revised.getByRole("button", { name: `Edit “Old survey ${run} (revised)”` }).click();
    await page
      .getByRole("region", { name: `Edit “Old survey ${run} (revised)”` })
      .getByRole("button", { name: "Archive entry" })
      .click();
    await page.waitForFunction(
      (title) => ![...document.querySelectorAll("tr")].some((tr) => tr.textContent?.includes(title)),
      `Old survey ${run}`,
    );
    // Archived, not deleted: shown on request, marked as archived.
    await page.getByLabel("Show archived entries").check();
    const archived = page.getByRole("row", { name: new RegExp(`Old survey ${run}`) });
    await expect.poll(() => archived.textContent()).toContain("Archived");
    await page.getByLabel("Show archived entries").uncheck();
    await archived.waitFor({ state: "detached" });
  });

  it("adds priorities and sees the ranking change, also when the weights change", async () => {
    const form = page
      .locator("section", { has: page.getByRole("heading", { name: "Add a priority" }) })
      .last();
    // First a priority rated 3 on every factor (score 60).
    await form.getByLabel("Form of exploitation").selectOption("benefit_fraud");
    await form.getByRole("button", { name: "Add priority" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: /^Priority added at rank \d+\.$/ })
      .waitFor();
    const ranking = page.getByTestId("ranking");
    const fraudRow = ranking.getByRole("row", { name: /Benefit fraud/ });
    await expect.poll(() => fraudRow.textContent()).toContain("60.0");

    // Then the car wash: prevalent and severe, it goes above (score 76).
    await form.getByLabel("Vulnerable group").selectOption({ label: groupTitle });
    await form.getByLabel("Location").selectOption({ label: locationTitle });
    await form.getByLabel("Form of exploitation").selectOption("forced_labour");
    await form.getByLabel("Prevalence").selectOption("5");
    await form.getByLabel("Severity").selectOption("5");
    await form.getByRole("button", { name: "Add priority" }).click();
    const carWashRow = ranking.getByRole("row", { name: new RegExp(locationTitle) });
    await expect.poll(() => carWashRow.textContent()).toContain("76.0");
    await expect
      .poll(() => carWashRow.textContent())
      .toContain("Severity: rating 5 × weight 1 = 20.0 points");
    const rankOf = async (row: typeof carWashRow) => Number(await row.locator("td").first().textContent());
    const ranks = async () => ({ carWash: await rankOf(carWashRow), fraud: await rankOf(fraudRow) });
    await expect.poll(ranks).toSatisfy(({ carWash, fraud }) => carWash < fraud);

    // Weighting prevalence and severity away takes the car wash down to the fraud priority: they share a rank.
    const weights = page.getByRole("region", { name: "Weights of the factors" });
    await weights.getByLabel("Prevalence").fill("0");
    await weights.getByLabel("Severity").fill("0");
    await weights.getByRole("button", { name: "Save weights" }).click();
    await page.waitForFunction(
      (title) =>
        [...document.querySelectorAll("[data-testid=ranking] tbody tr")].some(
          (tr) => tr.textContent?.includes(title) && tr.textContent.includes("60.0"),
        ),
      locationTitle,
    );
    await expect.poll(ranks).toSatisfy(({ carWash, fraud }) => carWash === fraud);
    await expectAccessible(page, "priorities");

    // The coordinator's decision and rationale are recorded on the priority.
    await carWashRow.getByLabel("Decision").selectOption("accepted");
    await carWashRow.getByLabel("Rationale").fill("Signals from two inspections");
    await carWashRow.getByRole("button", { name: "Save decision" }).click();
    await carWashRow.getByText(/^Recorded \d{1,2} [A-Z][a-z]{2} \d{4}$/).waitFor();
    await expect
      .poll(() => carWashRow.getByLabel("Rationale").inputValue())
      .toBe("Signals from two inspections");

    // Usable on a phone: the same page at 390 px.
    await page.setViewportSize({ width: 390, height: 844 });
    await expectAccessible(page, "local map at 390 px");
    await page.screenshot({ path: ".tmp/map-page-390.png", fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it("imports the boundary from a GeoJSON file, refusing a wrong file with a clear error", async () => {
    const file = page.getByLabel("Boundary from a GeoJSON file");
    const input = page.getByLabel("Boundary as GeoJSON (Polygon or MultiPolygon)");
    // Not JSON at all: refused at once, naming the file; nothing is sent.
    await file.setInputFiles({
      name: "notes.txt",
      mimeType: "text/plain",
      buffer: Buffer.from("Helsinki, roughly"),
    });
    await page
      .locator(".field-error")
      .filter({ hasText: "“notes.txt” is not a GeoJSON file: it does not hold valid JSON." })
      .waitFor();
    await expect.poll(() => file.getAttribute("aria-invalid")).toBe("true");
    await expectAccessible(page, "boundary file refused");
    // JSON but not an area: read into the field, then refused by the same checks as a paste.
    const point = {
      type: "Feature",
      properties: {},
      geometry: { type: "Point", coordinates: [24.95, 60.19] },
    };
    await file.setInputFiles({
      name: "point.geojson",
      mimeType: "application/geo+json",
      buffer: Buffer.from(JSON.stringify(point)),
    });
    await page.getByRole("status").filter({ hasText: "Read “point.geojson”" }).waitFor();
    await expect.poll(() => input.inputValue()).toContain('"Point"');
    await page.getByRole("button", { name: "Import boundary" }).click();
    await page.locator(".field-error").filter({ hasText: "body.boundary.type" }).waitFor();

    // A FeatureCollection of one feature, as GIS tools export it: imported.
    const exported = {
      type: "FeatureCollection",
      features: [{ type: "Feature", properties: { name: "Helsinki" }, geometry: boundary }],
    };
    await file.setInputFiles({
      name: "helsinki.geojson",
      mimeType: "application/geo+json",
      buffer: Buffer.from(JSON.stringify(exported, null, 2)),
    });
    await page.getByRole("status").filter({ hasText: "Read “helsinki.geojson”" }).waitFor();
    await page.getByRole("button", { name: "Import boundary" }).click();
    await page.getByRole("status").filter({ hasText: "Boundary imported." }).waitFor();
    await expect.poll(() => input.inputValue()).toBe("");
    await expect
      .poll(() =>
        page.evaluate(async () => {
          const res = await fetch("/api/v1/mapping/boundary", { credentials: "same-origin" });
          const body = await res.json();
          return `${body.boundary?.type} v${body.version}`;
        }),
      )
      .toBe("Polygon v2");
  });

  it("draws the region offline at town level: land, shores and place names that do not overlap", async () => {
    // Every request of the map goes to Ariadne itself: no tiles, no fonts, nothing from the web.
    const elsewhere: string[] = [];
    const watch = (req: { url(): string }) => {
      if (!req.url().startsWith(server.url) && !req.url().startsWith("data:")) elsewhere.push(req.url());
    };
    page.on("request", watch);
    // Opened afresh, the map fits the municipality; the region is drawn soon after.
    await page
      .getByRole("navigation", { name: "Modules" })
      .getByRole("link", { name: "Action plan" })
      .click();
    await page.getByRole("heading", { level: 1, name: "Action plan" }).waitFor();
    const opened = Date.now();
    await page.getByRole("navigation", { name: "Modules" }).getByRole("link", { name: "Local map" }).click();
    const map = page.getByRole("region", { name: "Map of the municipality" });
    await map.locator("path.basemap-shore").waitFor({ state: "attached" });
    await map.locator(".basemap-place").first().waitFor({ state: "attached" });
    console.log(`offline basemap region drawn ${Date.now() - opened} ms after the map was opened`);

    // Zoomed out to the region, only the biggest places are named; zoomed in to town level, more.
    const places = map.locator(".basemap-place-name");
    for (let i = 0; i < 3; i++) await map.getByRole("button", { name: "Zoom out" }).click();
    await places.filter({ hasText: /^Helsinki$/ }).waitFor({ state: "visible" });
    await expect.poll(() => places.filter({ hasText: /^Kallio$/ }).count()).toBe(0);
    const regional = await places.count();
    await map.screenshot({ path: ".tmp/map-region.png" });
    for (let i = 0; i < 5; i++) await map.getByRole("button", { name: "Zoom in" }).click();
    await expect.poll(() => places.count()).toBeGreaterThan(regional);
    // A district's name, in the map's view.
    const kallio = places.filter({ hasText: /^Kallio$/ });
    await kallio.waitFor({ state: "visible" });
    await expect
      .poll(async () => {
        const [view, label] = [await map.boundingBox(), await kallio.boundingBox()];
        return Boolean(
          view &&
            label &&
            label.x >= view.x &&
            label.x < view.x + view.width &&
            label.y >= view.y &&
            label.y + label.height <= view.y + view.height,
        );
      })
      .toBe(true);
    // Land and shores drawn in the view: Leaflet clips paths to it, so a path with lines is on screen.
    await expect
      .poll(() =>
        map.locator("path.basemap-shore").evaluate((p) => (p.getAttribute("d")?.match(/L/g) ?? []).length),
      )
      .toBeGreaterThan(10);
    await expect
      .poll(() => map.locator("path.basemap-land").evaluate((p) => (p.getAttribute("d") ?? "").length))
      .toBeGreaterThan(100);
    // The names shown do not overlap one another (once the zoom has settled).
    const overlaps = () =>
      map.locator(".basemap-place-name").evaluateAll((els) => {
        const boxes = els.map((e) => e.getBoundingClientRect()).filter((r) => r.width > 0);
        let count = 0;
        for (let i = 0; i < boxes.length; i++)
          for (let j = i + 1; j < boxes.length; j++) {
            const [a, b] = [boxes[i]!, boxes[j]!];
            if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) count++;
          }
        return count;
      });
    await expect.poll(overlaps).toBe(0);
    await page.getByText("© OpenStreetMap contributors (ODbL)").waitFor();
    await expectAccessible(page, "map zoomed to town level");
    await map.screenshot({ path: ".tmp/map-town.png" });

    // On a phone, the same map and names.
    await page.setViewportSize({ width: 390, height: 844 });
    await kallio.waitFor({ state: "visible" });
    await expectAccessible(page, "map zoomed to town level at 390 px");
    await map.screenshot({ path: ".tmp/map-town-390.png" });
    await page.setViewportSize({ width: 1280, height: 900 });
    page.off("request", watch);
    expect(elsewhere).toEqual([]);
  });

  it("creates an action point from the priority, seeds the template, exports the PDF", async () => {
    await page
      .getByRole("navigation", { name: "Modules" })
      .getByRole("link", { name: "Action plan" })
      .click();
    await page.getByRole("heading", { level: 1, name: "Action plan" }).waitFor();
    await expectAccessible(page, "action plan");

    const form = page.locator("section", {
      has: page.getByRole("heading", { name: "Create an action point from a priority" }),
    });
    const option = form.getByLabel("Priority").locator("option", { hasText: "Forced labour" });
    await form.getByLabel("Priority").selectOption((await option.first().getAttribute("value")) ?? "");
    await form.getByLabel("Chapter").selectOption("identification");
    await form.getByLabel("Title").fill(pointTitle);
    await form.getByLabel("Deadline").fill("2027-03-31");
    await form.getByRole("button", { name: "Create action point" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: `Action point “${pointTitle}” created.` })
      .waitFor();
    const identification = page.locator("section", {
      has: page.getByRole("heading", { level: 2, name: "Identification of victims" }),
    });
    const point = identification.getByRole("listitem").filter({ hasText: pointTitle });
    await expect.poll(() => point.textContent()).toContain("Serves 1 priorities");
    const timeline = page.getByRole("region", { name: "Timeline" });
    await expect
      .poll(() => timeline.getByRole("listitem").filter({ hasText: pointTitle }).textContent())
      .toContain("31 Mar 2027");

    await page.getByRole("button", { name: "Add recommended actions" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: /recommended actions added\.$/ })
      .waitFor();
    await expectAccessible(page, "action plan seeded");
    await page.setViewportSize({ width: 390, height: 844 });
    await expectAccessible(page, "action plan at 390 px");
    await page.setViewportSize({ width: 1280, height: 900 });

    const href = await page.getByRole("link", { name: "Export the plan as PDF" }).getAttribute("href");
    const pdf = await page.evaluate(async (url) => {
      const res = await fetch(url ?? "", { credentials: "same-origin" });
      const bytes = new Uint8Array(await res.arrayBuffer());
      return {
        status: res.status,
        type: res.headers.get("content-type"),
        head: String.fromCharCode(...bytes.slice(0, 5)),
        base64: btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join("")),
      };
    }, href);
    expect(pdf.status).toBe(200);
    expect(pdf.type).toMatch(/^application\/pdf/);
    expect(pdf.head).toBe("%PDF-");
    // The PDF renders: poppler draws its first page. In a folder of this run's own, so that another
    // run in the same checkout neither overwrites the file nor leaves a page image that passes for ours.
    const rendered = mkdtempSync(join(tmpdir(), "ariadne-e2e-pdf-"));
    try {
      writeFileSync(join(rendered, "action-plan.pdf"), Buffer.from(pdf.base64, "base64"));
      execFileSync("pdftoppm", [
        "-png",
        "-r",
        "40",
        "-f",
        "1",
        "-l",
        "1",
        join(rendered, "action-plan.pdf"),
        join(rendered, "action-plan"),
      ]);
      expect(readdirSync(rendered).some((f) => /^action-plan-0*1\.png$/.test(f))).toBe(true);
    } finally {
      rmSync(rendered, { recursive: true, force: true });
    }
  });

  it("updates an action point's status and progress", async () => {
    const point = page.getByRole("listitem").filter({ hasText: pointTitle }).first();
    await point.getByRole("button", { name: `Edit “${pointTitle}”` }).click();
    await point.getByLabel("Status").selectOption("in_progress");
    await point.getByLabel("Progress (%)").fill("140");
    await point.getByRole("button", { name: "Save the action point" }).click();
    await point.locator(".field-error").filter({ hasText: "A whole number from 0 to 100." }).waitFor();
    await point.getByLabel("Progress (%)").fill("40");
    await point.getByRole("button", { name: "Save the action point" }).click();
    await page.waitForFunction(
      (title) =>
        [...document.querySelectorAll(".action-points li")].some(
          (li) => li.textContent?.includes(title) && li.textContent.includes("40 % done"),
        ),
      pointTitle,
    );
    await expect.poll(() => point.textContent()).toContain("In progress");
  });

  it("records self-assessments and sees maturity over time as a chart with its table", async () => {
    await page
      .getByRole("navigation", { name: "Planning" })
      .getByRole("link", { name: "Self-assessment" })
      .click();
    await page.getByRole("heading", { level: 1, name: "Self-assessment" }).waitFor();
    await page.getByText("No self-assessments yet.").waitFor();
    await expectAccessible(page, "self-assessment");

    const form = page.getByRole("region", { name: "New self-assessment" });
    const answers = form.locator('select[name^="answer-"]');
    await expect.poll(() => answers.count()).toBeGreaterThan(5);
    await form.getByLabel("Assessed on").fill("2026-01-15");
    await answers.nth(0).selectOption("partly");
    await form.getByRole("button", { name: "Save self-assessment" }).click();
    await page.getByRole("status").filter({ hasText: "Self-assessment of 15 Jan 2026 saved." }).waitFor();

    await form.getByLabel("Assessed on").fill("2026-06-15");
    await answers.nth(0).selectOption("yes");
    await answers.nth(1).selectOption("yes");
    await form.getByRole("button", { name: "Save self-assessment" }).click();
    await page.getByRole("status").filter({ hasText: "Self-assessment of 15 Jun 2026 saved." }).waitFor();

    const chart = page.getByRole("img", { name: "Maturity per chapter over time" });
    await expect.poll(() => chart.locator("polyline").count()).toBe(5);
    const rows = page.getByTestId("maturity-table").locator("tbody tr");
    await expect.poll(() => rows.locator("th").allTextContents()).toEqual(["15 Jan 2026", "15 Jun 2026"]);
    // The first chapter's two recommendations met in June: its level rose since January.
    await expect
      .poll(() => rows.locator("td:first-of-type").allTextContents())
      .toSatisfy(([january, june]) => january !== june);

    await page.getByRole("button", { name: "Add the gaps to the action plan" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: /action points added from the gaps\.$/ })
      .waitFor();
    await expectAccessible(page, "self-assessment with chart");
    await page.setViewportSize({ width: 390, height: 844 });
    await expectAccessible(page, "self-assessment at 390 px");
    await page.screenshot({ path: ".tmp/self-assessment-390.png", fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it("reads the guidelines' recommendations in Estonian once chosen, not in English", async () => {
    // The checklist's words are the domain's texts, fetched per language when a page needs them
    // (Finnish and Swedish are built in; Estonian came up in English until the page asked for it).
    const domainTexts = (lang: string) =>
      JSON.parse(
        readFileSync(
          join(import.meta.dirname, `../packages/domain/src/locales/${lang}/planning.json`),
          "utf8",
        ),
      ) as { template: { actions: Record<string, string> } };
    const id = "mapping.vulnerable-groups";
    const [english, estonian] = [domainTexts("en"), domainTexts("et")].map((d) => d.template.actions[id]!);
    expect(estonian).not.toBe(english);
    await chooseLanguage(page, "et", "en");
    await page.getByRole("heading", { level: 1, name: msg("et", "plan.selfAssessmentTitle") }).waitFor();
    const form = page.getByRole("region", { name: msg("et", "plan.assessmentCreateTitle") });
    await form.getByLabel(estonian!, { exact: true }).waitFor();
    await expect.poll(() => page.locator("main").textContent()).not.toContain(english);
    await chooseLanguage(page, "en", "et");
    await page.getByRole("heading", { level: 1, name: "Self-assessment" }).waitFor();
  });

  it("keeps the partnership register: members with contact points and agreements, meetings with decisions", async () => {
    await page
      .getByRole("navigation", { name: "Planning" })
      .getByRole("link", { name: "Partnership register" })
      .click();
    await page.getByRole("heading", { level: 1, name: "Partnership register" }).waitFor();
    await page.getByText("No members registered yet.").waitFor();
    await expectAccessible(page, "partnership register");

    const member = page.getByRole("region", { name: "Add a member organisation" });
    const organisation = member.getByLabel("Organisation");
    await organisation.locator("option").nth(1).waitFor({ state: "attached" });
    const orgName = (await organisation.locator("option").nth(1).textContent()) ?? "";
    await organisation.selectOption({ index: 1 });
    await member.getByLabel("Role in the network").fill("Leads outreach");
    await member.getByLabel("Contact person's name").fill("Aino Petäjä");
    await member.getByLabel("Contact email (optional)").fill("not-an-email");
    await member.getByRole("button", { name: "Add member" }).click();
    await member.locator(".field-error").first().waitFor();
    await expect
      .poll(() => member.getByLabel("Contact email (optional)").getAttribute("aria-invalid"))
      .toBe("true");
    await member.getByLabel("Contact email (optional)").fill("aino@example.org");
    await member.getByLabel("Cooperation agreement").selectOption("cooperation_agreement");
    await member.getByLabel("Signed on").fill("2026-02-01");
    await member.getByRole("button", { name: "Add member" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: `“${orgName}” added to the network.` })
      .waitFor();
    const members = page.getByRole("region", { name: "Members" });
    const entry = members.getByRole("listitem").filter({ hasText: "Aino Petäjä" });
    await expect.poll(() => entry.textContent()).toContain("Cooperation agreement · Signed on 1 Feb 2026");

    // The agreement gets an end date: the membership is edited in place, the contact point kept.
    await entry.getByRole("button", { name: `Edit “${orgName}”` }).click();
    const edit = page.getByRole("region", { name: `Edit the membership of “${orgName}”` });
    await expect.poll(() => edit.getByLabel("Contact person's name").inputValue()).toBe("Aino Petäjä");
    await edit.getByLabel("Expires on").fill("2027-12-31");
    await edit.getByRole("button", { name: "Save the membership" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: `Membership of “${orgName}” saved.` })
      .waitFor();
    // The notice comes before the register has reloaded: wait for the entry to show the end date.
    await expect.poll(() => entry.textContent()).toContain("Signed on 1 Feb 2026 · Expires on 31 Dec 2027");
    await expect.poll(() => entry.textContent()).toContain("aino@example.org");

    const meeting = page.getByRole("region", { name: "Record a meeting" });
    await meeting.getByLabel("Held on").fill("2026-03-10");
    await meeting.getByLabel("Meeting title").fill(meetingTitle);
    await meeting.getByRole("group", { name: "Participants" }).getByRole("checkbox").first().check();
    await meeting
      .getByLabel("Decisions")
      .fill("Joint night rounds monthly\nShared screening training in May");
    await meeting.getByRole("button", { name: "Record meeting" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: `Meeting “${meetingTitle}” recorded.` })
      .waitFor();
    const meetings = page.getByRole("region", { name: "Meetings and decisions" });
    const held = meetings.getByRole("listitem").filter({ hasText: meetingTitle }).first();
    await expect
      .poll(() => held.getByRole("listitem").allTextContents())
      .toEqual(["Joint night rounds monthly", "Shared screening training in May"]);
    await expectAccessible(page, "partnership register filled in");
    await page.setViewportSize({ width: 390, height: 844 });
    await expectAccessible(page, "partnership register at 390 px");
    await page.screenshot({ path: ".tmp/partnerships-390.png", fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });

    await held.getByRole("button", { name: `Archive “${meetingTitle}”` }).click();
    await page
      .getByRole("status")
      .filter({ hasText: `“${meetingTitle}” archived.` })
      .waitFor();
    await expect.poll(() => meetings.getByRole("listitem").filter({ hasText: meetingTitle }).count()).toBe(0);
  });

  it("printed no console errors or CSP refusals", () => {
    expect(browser.problems).toEqual([]);
  });
});

describe("an online deployment draws the configured map tiles", () => {
  let tiles: Server;
  let tileRequests = 0;
  let online: TestServer;
  let tilePage: Page;
  // Any PNG serves as a tile: Leaflet's own marker image, from the installed package.
  const png = readFileSync(createRequire(import.meta.url).resolve("leaflet/dist/images/marker-icon.png"));

  beforeAll(async () => {
    tiles = createServer((req, res) => {
      if (!/^\/\d+\/\d+\/\d+\.png$/.test(req.url ?? "")) {
        res.writeHead(404).end();
        return;
      }
      tileRequests += 1;
      res.writeHead(200, { "content-type": "image/png" }).end(png);
    });
    await new Promise<void>((resolve) => tiles.listen(0, "127.0.0.1", resolve));
    const address = tiles.address();
    const port = typeof address === "object" && address ? address.port : 0;
    process.env.ARIADNE_TILE_URL = `http://127.0.0.1:${port}/{z}/{x}/{y}.png`;
    try {
      online = await startTestServer();
    } finally {
      delete process.env.ARIADNE_TILE_URL;
    }
    tilePage = await browser.context.newPage();
  });
  afterAll(async () => {
    await tilePage?.close();
    await online?.close();
    await new Promise((resolve) => tiles?.close(resolve));
  });

  it("loads the tiles within the CSP instead of the offline basemap", async () => {
    await signIn(tilePage, online, "coordinator");
    await tilePage
      .getByRole("navigation", { name: "Modules" })
      .getByRole("link", { name: "Local map" })
      .click();
    await tilePage.getByRole("region", { name: "Map of the municipality" }).waitFor();
    await tilePage.locator(".map-canvas img.leaflet-tile-loaded").first().waitFor();
    expect(tileRequests).toBeGreaterThan(0);
    await expect.poll(() => tilePage.locator(".map-canvas path.basemap-country").count()).toBe(0);
    await tilePage.getByText("Background: map tiles from the tile server configured").waitFor();
    await expectAccessible(tilePage, "local map with tiles");
    // No CSP refusal of the tile images, no console error.
    expect(browser.problems).toEqual([]);
  });
});
