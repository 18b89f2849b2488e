import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aReferralToTheShelter } from "../referral/referrals-testing.ts";
import { type Agent, createTestApp, type TestApp } from "../testing/test-app.ts";

/**
 * Walks every route's request schema in the OpenAPI document the app serves, so a new route or
 * field is covered without being listed here: each string field must refuse a NUL character and
 * each date field the year 0 with a 400 that names the field — never a 500 from the database.
 */

/** The OpenAPI 3.0 keywords this walk reads (what fastify-type-provider-zod emits). */
interface Schema {
  type?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: boolean | number;
  minItems?: number;
  anyOf?: Schema[];
  oneOf?: Schema[];
  nullable?: boolean;
  example?: unknown;
  examples?: unknown[];
}
interface Parameter {
  in: "path" | "query" | "header" | "cookie";
  name: string;
  required?: boolean;
  schema: Schema;
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema: Schema }> };
}
type Path = (string | number)[];
/** Which alternative of a oneOf/anyOf to take, by the dotted path where it stands. */
type Picks = Record<string, number>;

const anyId = "00000000-0000-4000-8000-000000000001";
const nul = "\u0000";

/** Strings that satisfy the patterns our schemas use; the first that fits a pattern is taken. */
const patternSamples = ["FI", "fi", "123456", "JVBERi0xLjQK", `1_${anyId}`, "x"];

function sampleString(s: Schema): string {
  switch (s.format) {
    case "uuid":
      return anyId;
    case "date":
      return "2026-01-15";
    case "date-time":
      return "2026-01-15T10:00:00Z";
    case "email":
      return "someone@example.org";
    case "uri":
      return "https://example.org";
  }
  if (s.pattern) {
    const re = new RegExp(s.pattern);
    const fit = patternSamples.find((c) => re.test(c));
    if (fit) return fit;
  }
  return "x".repeat(Math.max(s.minLength ?? 1, 1));
}

/** GeoJSON is the one shape a generic sample cannot fill (a ring must enclose an area): a place in Helsinki. */
function geoJsonSample(s: Schema): unknown {
  const kind = s.type === "object" ? s.properties?.type?.enum?.[0] : undefined;
  if (kind === "Point") return { type: "Point", coordinates: [24.94, 60.17] };
  if (kind === "Polygon") {
    const ring = [
      [24.9, 60.1],
      [25.0, 60.1],
      [25.0, 60.2],
      [24.9, 60.1],
    ];
    return { type: "Polygon", coordinates: [ring] };
  }
  return undefined;
}

const alternatives = (s: Schema) => (s.oneOf ?? s.anyOf ?? []).filter((a) => a.type !== "null");
const keyOf = (path: Path) => path.join(".");

/**
 * A value that fits the schema: required properties only, plus the properties on the way to
 * `target` (so an optional field can be set), arrays with one item where the target goes through.
 */
function sample(s: Schema, picks: Picks, path: Path = [], target: Path = []): unknown {
  const alts = alternatives(s);
  if (alts.length) return sample(alts[picks[keyOf(path)] ?? 0]!, picks, path, target);
  if (s.enum) return s.enum[0];
  // A schema whose valid values a generic sample cannot guess (a CPV code, rising thresholds) gives its own.
  const example = s.examples?.[0] ?? s.example;
  if (example !== undefined) return structuredClone(example);
  const geometry = geoJsonSample(s);
  if (geometry) return geometry;
  const onTarget = target.length > path.length && keyOf(target.slice(0, path.length)) === keyOf(path);
  switch (s.type) {
    case "object": {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(s.properties ?? {})) {
        const wanted = s.required?.includes(k) || (onTarget && target[path.length] === k);
        if (wanted) out[k] = sample(v, picks, [...path, k], target);
      }
      return out;
    }
    case "array": {
      const n = Math.max(s.minItems ?? 0, onTarget ? 1 : 0);
      return Array.from({ length: n }, (_, i) => sample(s.items ?? {}, picks, [...path, i], target));
    }
    case "string":
      return sampleString(s);
    case "integer":
    case "number": {
      const min = s.minimum ?? 1;
      return s.exclusiveMinimum === true ? min + 1 : Math.max(min, 1);
    }
    case "boolean":
      return true;
    default:
      return null;
  }
}

interface Leaf {
  path: Path;
  schema: Schema;
  picks: Picks;
}

/** Every string field under a schema, once for each alternative of a oneOf/anyOf it stands in. */
function* stringLeaves(s: Schema, path: Path = [], picks: Picks = {}): Generator<Leaf> {
  const alts = alternatives(s);
  if (alts.length) {
    for (const [i, alt] of alts.entries()) yield* stringLeaves(alt, path, { ...picks, [keyOf(path)]: i });
    return;
  }
  if (s.enum) return;
  if (s.type === "object") {
    for (const [k, v] of Object.entries(s.properties ?? {})) yield* stringLeaves(v, [...path, k], picks);
  } else if (s.type === "array" && s.items) {
    yield* stringLeaves(s.items, [...path, 0], picks);
  } else if (s.type === "string") {
    yield { path, schema: s, picks };
  }
}

function setAt(root: unknown, path: Path, value: unknown) {
  let here = root as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) here = here[step] as Record<string | number, unknown>;
  here[path[path.length - 1]!] = value;
}

/** A free-text body field (no format, pattern or choice list) is stored text: it must say why it refused NUL. */
const isFreeText = (s: Schema) => !s.format && !s.pattern && !s.enum;

/** The bad values each field gets, by what the field is. */
function badValuesFor(s: Schema): { label: string; value: string; reason?: string }[] {
  const bad: { label: string; value: string; reason?: string }[] = [
    {
      label: "NUL",
      value: `${sampleString(s).slice(0, 1)}${nul}${sampleString(s).slice(1)}`,
      ...(isFreeText(s) ? { reason: "control_characters" } : {}),
    },
  ];
  if (s.format === "date") bad.push({ label: "year 0", value: "0000-01-01", reason: "date_range" });
  if (s.format === "date-time")
    bad.push({ label: "year 0", value: "0000-01-01T00:00:00Z", reason: "date_range" });
  return bad;
}

/**
 * A record a route names in its path must exist and be in the agent's reach: those routes check
 * that before validating the body (a record out of reach answers 404 whatever the body says).
 * One real record per kind of record, by the collection in the path; the other ids are any id.
 */
interface Reach {
  ids: Record<string, string>;
  agents: Record<string, Agent>;
  fallback: Agent;
}
const collectionOf = (template: string) => template.split("/")[3] ?? "";

interface Probe {
  route: string;
  agent: Agent;
  where: "params" | "query" | "body";
  field: string;
  label: string;
  /** The reason the issue must carry (`common.InputReason`), for the web app to translate. */
  reason?: string;
  method: string;
  url: string;
  body?: unknown;
}

/** Every probe of every route: the request with one field made bad, the rest of the request valid-shaped. */
function probesOf(spec: { paths: Record<string, Record<string, Operation>> }, reach: Reach): Probe[] {
  const probes: Probe[] = [];
  for (const [template, ops] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const route = `${method.toUpperCase()} ${template}`;
      const collection = collectionOf(template);
      const agent = reach.agents[collection] ?? reach.fallback;
      const recordId = reach.ids[collection] ?? anyId;
      const params = (op.parameters ?? []).filter((p) => p.in === "path");
      const query = (op.parameters ?? []).filter((p) => p.in === "query");
      const bodySchema = op.requestBody?.content?.["application/json"]?.schema;
      const urlWith = (pathValues: Record<string, string>, queryValues: Record<string, string>) => {
        const path = template.replace(/\{(\w+)\}/g, (_, name: string) =>
          encodeURIComponent(pathValues[name] ?? (name === "id" ? recordId : anyId)),
        );
        const qs = new URLSearchParams(queryValues).toString();
        return qs ? `${path}?${qs}` : path;
      };
      const requiredQuery = () =>
        Object.fromEntries(
          query.filter((q) => q.required).map((q) => [q.name, String(sample(q.schema, {}))]),
        );
      const validBody = bodySchema ? sample(bodySchema, {}) : undefined;
      const probe = (p: Omit<Probe, "route" | "method" | "agent">) =>
        probes.push({ route, method, agent, ...p });

      for (const p of params) {
        for (const bad of badValuesFor(p.schema)) {
          probe({
            where: "params",
            field: p.name,
            label: bad.label,
            url: urlWith({ [p.name]: bad.value }, requiredQuery()),
            body: validBody,
          });
        }
      }
      for (const q of query) {
        for (const leaf of stringLeaves(q.schema)) {
          for (const bad of badValuesFor(leaf.schema)) {
            probe({
              where: "query",
              field: q.name,
              label: bad.label,
              url: urlWith({}, { ...requiredQuery(), [q.name]: bad.value }),
              body: validBody,
            });
          }
        }
      }
      if (bodySchema) {
        for (const leaf of stringLeaves(bodySchema)) {
          for (const bad of badValuesFor(leaf.schema)) {
            const body = sample(bodySchema, leaf.picks, [], leaf.path);
            if (leaf.path.length === 0) continue; // a body that is a bare string: none today
            setAt(body, leaf.path, bad.value);
            probe({
              where: "body",
              field: keyOf(leaf.path),
              label: bad.label,
              ...(bad.reason ? { reason: bad.reason } : {}),
              url: urlWith({}, requiredQuery()),
              body,
            });
          }
        }
      }
    }
  }
  return probes;
}

let t: TestApp;
let reach: Reach;
let spec: { paths: Record<string, Record<string, Operation>> };

beforeAll(async () => {
  t = await createTestApp();
  const fixture = await aReferralToTheShelter(t);
  const created = (
    await fixture.frontline.request("POST", "/api/v1/cases", { person: { aliases: ["Mira"] } })
  ).json();
  const notification = (await fixture.provider.request("GET", "/api/v1/notifications")).json().items[0];
  const coordinator = await t.signIn("coordinator");
  // Routes under a campaign answer 404 before validation for a campaign that is not there.
  const campaign = (
    await coordinator.request("POST", "/api/v1/campaigns", {
      title: "Leaflets",
      targetGroups: ["general_public"],
      startsOn: "2026-11-01",
    })
  ).json();
  reach = {
    ids: {
      campaigns: campaign.id,
      cases: created.case.id,
      persons: created.case.personId,
      referrals: fixture.referral.id,
      notifications: notification.id,
    },
    agents: {
      cases: fixture.frontline,
      persons: fixture.frontline,
      referrals: fixture.frontline,
      notifications: fixture.provider,
    },
    fallback: coordinator,
  };
  spec = t.app.swagger() as unknown as typeof spec;
});
afterAll(async () => {
  await t.close();
});

describe("every route's input, walked from the OpenAPI document", () => {
  it("documents every API route, so the walk below misses none", () => {
    const documented = new Set(
      Object.entries(spec.paths).flatMap(([path, ops]) =>
        Object.keys(ops).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ":$1")}`),
      ),
    );
    const undocumented = t.routes
      .map((r) => `${r.method} ${r.url}`)
      .filter((r) => r !== "GET /api/v1/openapi.json" && !documented.has(r));
    expect(undocumented).toEqual([]);
  });

  it("refuses NUL in every string field and year 0 in every date field with a 400 naming the field", async () => {
    const probes = probesOf(spec, reach);
    const failures: string[] = [];
    for (const p of probes) {
      const res = await t.app.inject({
        method: p.method as "POST",
        url: p.url,
        headers: {
          cookie: p.agent.cookie,
          "x-csrf-token": p.agent.csrfToken,
          ...(p.body !== undefined ? { "content-type": "application/json" } : {}),
        },
        ...(p.body !== undefined ? { payload: JSON.stringify(p.body) } : {}),
      });
      // The server names a query field `querystring.<name>`, as Fastify calls that part.
      const expected = `${p.where === "query" ? "querystring" : p.where}.${p.field}`;
      const issues: { path: string; message: string; reason?: string }[] =
        res.statusCode === 400 ? (res.json().error?.issues ?? []) : [];
      const named = issues.filter((i) => i.path === expected || i.path.startsWith(`${expected}.`));
      const what = `${p.route} ${expected} (${p.label})`;
      if (res.statusCode !== 400) failures.push(`${what}: ${res.statusCode} ${res.body.slice(0, 200)}`);
      else if (!named.length) failures.push(`${what}: 400 without naming it: ${JSON.stringify(issues)}`);
      else if (p.reason && !named.some((i) => i.reason === p.reason && i.message.length > 0)) {
        failures.push(`${what}: the reason is not given: ${JSON.stringify(named)}`);
      }
    }
    const routes = new Set(probes.map((p) => p.route));
    const fields = new Set(probes.map((p) => `${p.route} ${p.where}.${p.field}`));
    const dates = probes.filter((p) => p.label === "year 0").length;
    console.info(
      `OpenAPI walk: ${probes.length} probes, ${fields.size} string fields (${dates} dates) in ${routes.size} routes of ${Object.values(spec.paths).flatMap((o) => Object.keys(o)).length}`,
    );
    expect(failures).toEqual([]);
    // The walk must have found the fields it exists for; a broken document would pass it empty.
    expect(fields.size).toBeGreaterThan(150);
    expect(dates).toBeGreaterThan(20);
  });
});
