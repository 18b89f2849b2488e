import { z } from "zod";
import type { ProfessionalGroup } from "./groups.ts";
import { professionalGroups } from "./groups.ts";

/** A completion as coverage counts it: no names, only who (a stable key), where and when. */
export interface CoverageCompletion {
  courseId: string;
  /** A user's id, or a keyed blind index of an attendee's name and organisation. */
  personKey: string;
  organisationId: string | null;
  /** The identifying actor the person was recorded as, when the trainer named one. */
  actorId?: string | null;
  group: ProfessionalGroup;
  completedOn: string;
}

export interface CoverageCourse {
  id: string;
  groups: readonly ProfessionalGroup[];
  refresherMonths: number;
}

/** An identifying actor of the local map ("who can identify victims"), with its organisation. */
export interface CoverageActor {
  id: string;
  title: string;
  organisationId: string | null;
}

export const coverageStatuses = ["never_trained", "current", "refresher_due"] as const;
export type CoverageStatus = (typeof coverageStatuses)[number];

export const CoverageRow = z.object({
  status: z.enum(coverageStatuses),
  /** Distinct people trained, ever. */
  people: z.int(),
  /** Of them, those whose latest completion is not yet due for a refresher. */
  peopleCurrent: z.int(),
  lastTrainedOn: z.string().nullable(),
  /** The earliest day a current completion falls due; null when none is current. */
  refresherDueOn: z.string().nullable(),
});
export type CoverageRow = z.infer<typeof CoverageRow>;

export const Coverage = z.object({
  asOf: z.string(),
  actors: z.array(
    CoverageRow.extend({ actorId: z.string(), title: z.string(), organisationId: z.string().nullable() }),
  ),
  groups: z.array(CoverageRow.extend({ group: z.enum(professionalGroups), courses: z.int() })),
});
export type Coverage = z.infer<typeof Coverage>;

/** `date` plus whole months, clamped to the month's last day (2026-01-31 + 1 → 2026-02-28). */
export function addMonths(date: string, months: number): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 + months;
  const d = Number(date.slice(8, 10));
  const year = y + Math.floor(m / 12);
  const month = ((m % 12) + 12) % 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const pad = (n: number, w = 2) => String(n).padStart(w, "0");
  return `${pad(year, 4)}-${pad(month + 1)}-${pad(Math.min(d, last))}`;
}

interface Tally {
  /** Per person: latest completion day and the latest due day of their completions. */
  people: Map<string, { last: string; due: string }>;
}

/** The later of two ISO days (compared as text, which orders them). */
function laterDay(a: string, b: string): string {
  if (a > b) return a;
  return b;
}

/** The people of several tallies as one (a person in both keeps their latest day and due day). */
function merged(tallies: readonly (Tally | undefined)[]): Tally | undefined {
  const present = tallies.filter((t): t is Tally => t !== undefined && t.people.size > 0);
  if (present.length <= 1) return present[0];
  const people = new Map(present[0]!.people);
  for (const t of present.slice(1))
    for (const [key, p] of t.people) {
      const q = people.get(key);
      people.set(key, q ? { last: laterDay(p.last, q.last), due: laterDay(p.due, q.due) } : p);
    }
  return { people };
}

function rowOf(t: Tally | undefined, asOf: string): CoverageRow {
  if (!t || t.people.size === 0)
    return {
      status: "never_trained",
      people: 0,
      peopleCurrent: 0,
      lastTrainedOn: null,
      refresherDueOn: null,
    };
  let last = "";
  let current = 0;
  let earliestDue: string | null = null;
  for (const p of t.people.values()) {
    if (p.last > last) last = p.last;
    if (p.due > asOf) {
      current += 1;
      if (earliestDue === null || p.due < earliestDue) earliestDue = p.due;
    }
  }
  return {
    status: current > 0 ? "current" : "refresher_due",
    people: t.people.size,
    peopleCurrent: current,
    lastTrainedOn: last,
    refresherDueOn: earliestDue,
  };
}

function add(tallies: Map<string, Tally>, key: string, person: string, on: string, due: string) {
  let t = tallies.get(key);
  if (!t) {
    t = { people: new Map() };
    tallies.set(key, t);
  }
  const p = t.people.get(person);
  if (!p) t.people.set(person, { last: on, due });
  else {
    if (on > p.last) p.last = on;
    if (due > p.due) p.due = due;
  }
}

/**
 * Training coverage as of a day (issue 14, item 4): for each identifying actor of the local map
 * and each professional group, whether anyone was trained, when, how
 * many people, and whether the refresher is due (the course's interval; CBSS/HEUNI 2016:
 * training must be continuous). An actor is credited with the people recorded as that actor, and
 * with those of its organisation recorded as no actor (self-study, or an attendee the trainer did
 * not place); a person recorded as one actor does not count for the organisation's other actors.
 * Completions of courses not given are ignored. One pass over the completions.
 */
export function computeCoverage(args: {
  actors: readonly CoverageActor[];
  courses: readonly CoverageCourse[];
  completions: readonly CoverageCompletion[];
  asOf: string;
}): Coverage {
  const interval = new Map(args.courses.map((c) => [c.id, c.refresherMonths]));
  const byOrganisation = new Map<string, Tally>();
  const byActor = new Map<string, Tally>();
  const byGroup = new Map<string, Tally>();
  const dueCache = new Map<string, string>();
  for (const c of args.completions) {
    const months = interval.get(c.courseId);
    if (months === undefined || c.completedOn > args.asOf) continue;
    const cacheKey = `${c.completedOn}+${months}`;
    let due = dueCache.get(cacheKey);
    if (due === undefined) {
      due = addMonths(c.completedOn, months);
      dueCache.set(cacheKey, due);
    }
    if (c.actorId) add(byActor, c.actorId, c.personKey, c.completedOn, due);
    else if (c.organisationId) add(byOrganisation, c.organisationId, c.personKey, c.completedOn, due);
    add(byGroup, c.group, c.personKey, c.completedOn, due);
  }
  return {
    asOf: args.asOf,
    actors: args.actors.map((a) => ({
      actorId: a.id,
      title: a.title,
      organisationId: a.organisationId,
      ...rowOf(
        merged([byActor.get(a.id), a.organisationId ? byOrganisation.get(a.organisationId) : undefined]),
        args.asOf,
      ),
    })),
    groups: professionalGroups.map((group) => ({
      group,
      courses: args.courses.filter((c) => c.groups.includes(group)).length,
      ...rowOf(byGroup.get(group), args.asOf),
    })),
  };
}

export interface CoverageGap {
  kind: "actor" | "group";
  /** The actor's id or the group. */
  key: string;
  label: string;
  status: Exclude<CoverageStatus, "current">;
}

/**
 * The gaps to add to the action plan, as the self-assessment does: actors never trained or due
 * for a refresher, and groups that a course is given for but no one of which was trained.
 */
export function coverageGaps(c: Coverage): CoverageGap[] {
  return [
    ...c.actors
      .filter((a) => a.status !== "current")
      .map((a) => ({
        kind: "actor" as const,
        key: a.actorId,
        label: a.title,
        status: a.status as CoverageGap["status"],
      })),
    ...c.groups
      .filter((g) => g.courses > 0 && g.status !== "current")
      .map((g) => ({
        kind: "group" as const,
        key: g.group,
        label: g.group,
        status: g.status as CoverageGap["status"],
      })),
  ];
}
