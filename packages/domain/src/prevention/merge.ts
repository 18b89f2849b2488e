/**
 * Field-level three-way merge (base, mine, theirs → merged + conflicts), the rule that keeps two
 * devices editing one record from losing each other's work: a field changed on one side only takes
 * that side's value; a field changed on both sides to the same value takes it; a field changed on
 * both sides to different values is a conflict the user resolves. Plain objects (e.g. people met by
 * group) are merged key by key; arrays and scalars are one value each.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface Conflict {
  /** Dotted path of the field (`notes`, `peopleMet.migrant_workers`). */
  path: string;
  base: Json | undefined;
  mine: Json | undefined;
  theirs: Json | undefined;
}

export interface MergeResult<T> {
  /** Every non-conflicting change of both sides; a conflicting field holds `theirs` until resolved. */
  merged: T;
  conflicts: Conflict[];
}

const isPlainObject = (v: unknown): v is Record<string, Json> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** Deep equality of JSON values (object key order ignored). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => sameJson(x, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) if (!sameJson(a[k], b[k])) return false;
    return true;
  }
  return false;
}

function mergeValue(
  path: string,
  base: Json | undefined,
  mine: Json | undefined,
  theirs: Json | undefined,
  conflicts: Conflict[],
): Json | undefined {
  if (sameJson(mine, theirs)) return mine;
  if (sameJson(base, mine)) return theirs;
  if (sameJson(base, theirs)) return mine;
  if (isPlainObject(mine) && isPlainObject(theirs) && (base === undefined || isPlainObject(base))) {
    return mergeObject(path, base ?? {}, mine, theirs, conflicts);
  }
  conflicts.push({ path, base, mine, theirs });
  return theirs;
}

function mergeObject(
  prefix: string,
  base: Record<string, Json>,
  mine: Record<string, Json>,
  theirs: Record<string, Json>,
  conflicts: Conflict[],
): Record<string, Json> {
  const out: Record<string, Json> = {};
  const keys = [...new Set([...Object.keys(base), ...Object.keys(mine), ...Object.keys(theirs)])];
  for (const key of keys) {
    const value = mergeValue(prefix ? `${prefix}.${key}` : key, base[key], mine[key], theirs[key], conflicts);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/** Merges two edits of one record made from the same `base`. Pure; `T` is a JSON object. */
export function mergeFields<T extends object>(base: T, mine: T, theirs: T): MergeResult<T> {
  const conflicts: Conflict[] = [];
  const merged = mergeObject(
    "",
    base as unknown as Record<string, Json>,
    mine as unknown as Record<string, Json>,
    theirs as unknown as Record<string, Json>,
    conflicts,
  );
  return { merged: merged as unknown as T, conflicts };
}

/** Applies the user's choice per conflict (`mine` or `theirs`, by path) to a merge's result. */
export function resolveConflicts<T extends object>(
  result: MergeResult<T>,
  choices: Readonly<Record<string, "mine" | "theirs">>,
): T {
  const out = structuredClone(result.merged) as unknown as Record<string, Json>;
  for (const c of result.conflicts) {
    const value = choices[c.path] === "mine" ? c.mine : c.theirs;
    const parts = c.path.split(".");
    let node = out;
    for (const p of parts.slice(0, -1)) {
      if (!isPlainObject(node[p])) node[p] = {};
      node = node[p] as Record<string, Json>;
    }
    const last = parts[parts.length - 1]!;
    if (value === undefined) delete node[last];
    else node[last] = value;
  }
  return out as unknown as T;
}

/** The top-level fields whose value differs between `from` and `to`: what a change sends. */
export function changedFields<T extends object>(from: T, to: T): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(to) as (keyof T)[]) {
    if (!sameJson(from[key], to[key])) out[key] = to[key];
  }
  return out;
}
