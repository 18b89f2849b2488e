/**
 * k-anonymity over quasi-identifiers: rows whose combination occurs fewer than k times have their
 * quasi-identifiers generalised to the missing value one at a time, in the order given (the most
 * identifying first); rows still in a group below k are left out. Deterministic for its input.
 */
export function kAnonymiseBy<R extends Record<string, string>, Q extends keyof R & string>(
  rows: readonly R[],
  order: readonly Q[],
  missing: Record<Q, string>,
  k: number,
): { rows: R[]; suppressed: number } {
  let current = rows.map((r) => ({ ...r }));
  const keyOf = (r: R) => order.map((q) => r[q]).join("\u0000");
  const groupsOf = (rs: readonly R[]) => {
    const groups = new Map<string, number>();
    for (const r of rs) groups.set(keyOf(r), (groups.get(keyOf(r)) ?? 0) + 1);
    return groups;
  };
  for (const column of order) {
    const groups = groupsOf(current);
    current = current.map((r) => ((groups.get(keyOf(r)) ?? 0) < k ? { ...r, [column]: missing[column] } : r));
  }
  const groups = groupsOf(current);
  const kept = current.filter((r) => (groups.get(keyOf(r)) ?? 0) >= k);
  return { rows: kept, suppressed: current.length - kept.length };
}
