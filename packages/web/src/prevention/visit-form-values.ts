import { vulnerableGroupKinds } from "@ariadne/domain/mapping/index.ts";
import type { VisitFields } from "@ariadne/domain/prevention/index.ts";

/** The visit form as typed (text in every input), and its translation to and from a visit's fields. */
export interface VisitFormValues {
  title: string;
  plannedOn: string;
  status: string;
  visitedOn: string;
  placeEntryId: string;
  latitude: string;
  longitude: string;
  team: string;
  languages: string;
  materialsPlanned: string;
  people: Record<string, string>;
  conversations: string;
  materialsHandedOut: string;
  screeningsStarted: string;
  referralsFollowed: string;
  signals: string;
  concerns: string;
  notes: string;
}

const list = (text: string, by: RegExp) =>
  text
    .split(by)
    .map((s) => s.trim())
    .filter(Boolean);
const count = (text: string) => (text.trim() === "" ? 0 : Number(text));

export function emptyVisitForm(today: string): VisitFormValues {
  return {
    title: "",
    plannedOn: today,
    status: "planned",
    visitedOn: "",
    placeEntryId: "",
    latitude: "",
    longitude: "",
    team: "",
    languages: "",
    materialsPlanned: "",
    people: {},
    conversations: "",
    materialsHandedOut: "",
    screeningsStarted: "",
    referralsFollowed: "",
    signals: "",
    concerns: "",
    notes: "",
  };
}

export function formOfVisit(v: VisitFields): VisitFormValues {
  const point = v.point?.type === "Point" ? v.point.coordinates : null;
  const n = (x: number) => (x === 0 ? "" : String(x));
  return {
    title: v.title,
    plannedOn: v.plannedOn,
    status: v.status,
    visitedOn: v.visitedOn ?? "",
    placeEntryId: v.placeEntryId ?? "",
    latitude: point ? String(point[1]) : "",
    longitude: point ? String(point[0]) : "",
    team: v.team.join(", "),
    languages: v.languages.join(", "),
    materialsPlanned: v.materialsPlanned.join(", "),
    people: Object.fromEntries(Object.entries(v.peopleMet).map(([k, c]) => [k, String(c)])),
    conversations: n(v.conversations),
    materialsHandedOut: n(v.materialsHandedOut),
    screeningsStarted: n(v.screeningsStarted),
    referralsFollowed: n(v.referralsFollowed),
    signals: v.signals.join("\n"),
    concerns: v.concerns,
    notes: v.notes,
  };
}

/**
 * The form's values as a visit's fields, for the shared schema to check. A point only when both
 * coordinates are given; the place of the local map otherwise.
 */
export function visitOfForm(f: VisitFormValues): Record<string, unknown> {
  const point =
    f.latitude.trim() && f.longitude.trim()
      ? { type: "Point", coordinates: [Number(f.longitude), Number(f.latitude)] }
      : null;
  const peopleMet = Object.fromEntries(
    vulnerableGroupKinds
      .filter((g) => (f.people[g] ?? "").trim() !== "")
      .map((g) => [g, count(f.people[g] ?? "")]),
  );
  return {
    title: f.title,
    status: f.status,
    plannedOn: f.plannedOn,
    placeEntryId: f.placeEntryId || null,
    point,
    team: list(f.team, /,/),
    languages: list(f.languages, /,/),
    materialsPlanned: list(f.materialsPlanned, /,/),
    visitedOn: f.visitedOn || null,
    peopleMet,
    conversations: count(f.conversations),
    materialsHandedOut: count(f.materialsHandedOut),
    screeningsStarted: count(f.screeningsStarted),
    referralsFollowed: count(f.referralsFollowed),
    signals: list(f.signals, /\n/),
    concerns: f.concerns,
    notes: f.notes,
  };
}

/**
 * The input an issue of the visit's schema belongs to: a point's longitude and latitude are typed
 * in fields of their own, and each group's count in its own; everything else by its name.
 */
export function visitInputOf(path: readonly PropertyKey[]): string {
  const [field, key, index] = path;
  if (field === "point") return key === "coordinates" && index === 0 ? "longitude" : "latitude";
  if (field === "peopleMet" && typeof key === "string") return `people.${key}`;
  return String(field ?? "_form");
}

/** The coordinate left empty when only the other one is given (no point is made of one), or null. */
export function halfPoint(f: VisitFormValues): "latitude" | "longitude" | null {
  const lat = f.latitude.trim() !== "";
  const lon = f.longitude.trim() !== "";
  return lat === lon ? null : lat ? "longitude" : "latitude";
}
