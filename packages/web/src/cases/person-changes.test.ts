import type { Person } from "@ariadne/domain/cases/index.ts";
import { PersonUpdate } from "@ariadne/domain/cases/index.ts";
import { describe, expect, it } from "vitest";
import { personChanges, personFormValues } from "./person-changes.ts";

const aPerson = (o: Partial<Person> = {}): Person => ({
  id: "00000000-0000-4000-8000-000000000001",
  caseCode: "C2026-AAAA-BBBB",
  givenName: "Rūta",
  familyName: "Petrauskaitė",
  aliases: ["Ruta P."],
  dateOfBirth: "1999-02-03",
  documentNumbers: [],
  phone: null,
  address: null,
  gender: "female",
  ageBand: "27-29",
  citizenship: "LT",
  languages: ["lt", "ru"],
  unaccompaniedMinor: false,
  anonymised: false,
  version: 3,
  ...o,
});

describe("rectification changes", () => {
  it("sends nothing when the form is as loaded", () => {
    const p = aPerson();
    expect(personChanges(p, personFormValues(p))).toEqual({});
  });

  it("sends only the changed fields, a cleared field as null, lists as arrays", () => {
    const p = aPerson();
    const v = {
      ...personFormValues(p),
      familyName: " Petrauskienė ",
      dateOfBirth: "",
      aliases: "Ruta P., Rūta K.",
      phone: "+370 600 00000",
    };
    const body = personChanges(p, v);
    expect(body).toEqual({
      familyName: "Petrauskienė",
      dateOfBirth: null,
      aliases: ["Ruta P.", "Rūta K."],
      phone: "+370 600 00000",
    });
    expect(PersonUpdate.safeParse({ ...body, version: p.version }).success).toBe(true);
  });

  it("normalises codes, so typing them in another case is no change", () => {
    const p = aPerson();
    expect(personChanges(p, { ...personFormValues(p), citizenship: "lt", languages: "LT, RU" })).toEqual({});
    expect(personChanges(p, { ...personFormValues(p), citizenship: "", languages: "" })).toEqual({
      citizenship: null,
      languages: [],
    });
  });

  it("clears a coded field to null and turns a flag on", () => {
    const p = aPerson();
    expect(personChanges(p, { ...personFormValues(p), gender: "", unaccompaniedMinor: true })).toEqual({
      gender: null,
      unaccompaniedMinor: true,
    });
  });
});
