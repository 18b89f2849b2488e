import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Agent, createTestApp, type TestApp } from "../testing/test-app.ts";

let t: TestApp;
let frontline: Agent;

// Strings that cannot occur by chance in binary data, so finding one means plaintext leaked.
const secret = {
  givenName: "Zvezdomirka",
  familyName: "Quixotellanova",
  alias: "Snowbird-Quokka",
  dateOfBirth: "1991-07-23",
  document: "XQ7781234ZZ",
  phone: "+358401239876",
  address: "Kirsikkapolku 77 Q",
  note: "Said the employer keeps her passport in the Ventoxian safe",
  why: "Reported by a Plumbifrax nurse",
  contact: "Meeting at the Glimmerwold library",
  task: "Book interpreter for Florpish",
  attachment: "%PDF-1.4 Hemlockviper statement",
  breakGlass: "Emergency Tangleroot admission",
  rectifiedName: "Brambleworthy",
};

beforeAll(async () => {
  t = await createTestApp();
  frontline = await t.signIn("frontline");
  const created = await frontline.request("POST", "/api/v1/cases", {
    person: {
      givenName: secret.givenName,
      familyName: secret.familyName,
      aliases: [secret.alias],
      dateOfBirth: secret.dateOfBirth,
      documentNumbers: [secret.document],
      phone: secret.phone,
      address: secret.address,
      gender: "female",
    },
    why: secret.why,
  });
  const id = created.json().case.id;
  const add = async (path: string, body: unknown) => {
    const res = await frontline.request("POST", `/api/v1/cases/${id}/${path}`, body);
    expect(res.status, path).toBe(201);
  };
  await add("notes", { text: secret.note });
  await add("contacts", { kind: "meeting", occurredAt: "2026-11-20T09:00:00Z", summary: secret.contact });
  await add("tasks", { title: secret.task, dueOn: "2026-12-10" });
  await add("attachments", {
    fileName: "statement.pdf",
    mediaType: "application/pdf",
    contentBase64: Buffer.from(secret.attachment).toString("base64"),
  });
  // The old family name lives on only in the encrypted field versions.
  const personId = created.json().case.personId;
  const rectified = await frontline.request("PATCH", `/api/v1/persons/${personId}`, {
    familyName: secret.rectifiedName,
    version: 1,
  });
  expect(rectified.status).toBe(200);
  const coordinator = await t.signIn("coordinator");
  expect(
    (await coordinator.request("POST", `/api/v1/cases/${id}/break-glass`, { reason: secret.breakGlass }))
      .status,
  ).toBe(200);
});
afterAll(async () => {
  await t.close();
});

describe("cases at rest", () => {
  it("leaves no plaintext identity, note, reason, contact, task or attachment in the database's own dump", async () => {
    const bytes = await t.db.rawDump();
    for (const [field, value] of Object.entries(secret)) {
      expect(bytes.includes(Buffer.from(value)), field).toBe(false);
    }
    // Nor the attachment's base64 form.
    expect(bytes.includes(Buffer.from(Buffer.from(secret.attachment).toString("base64")))).toBe(false);
  });

  it("still reads everything back in the clear for the case team", async () => {
    const list = (await frontline.request("GET", "/api/v1/cases")).json();
    const detail = (await frontline.request("GET", `/api/v1/cases/${list.items[0].id}`)).json();
    expect(detail.content.person).toMatchObject({
      givenName: secret.givenName,
      familyName: secret.rectifiedName,
      phone: secret.phone,
    });
    expect(detail.content.timeline.map((e: { kind: string }) => e.kind).sort()).toEqual([
      "attachment",
      "contact",
      "note",
      "task",
    ]);
    expect(detail.content.history[0].why).toBe(secret.why);
  });
});
