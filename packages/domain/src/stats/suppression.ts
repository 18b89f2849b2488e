/**
 * Cell suppression for a two-way frequency table published with its row, column and grand totals.
 *
 * Primary suppression hides every count from 1 to k − 1 (totals included). Complementary
 * suppression then hides further cells until no hidden cell can be recomputed from what is
 * published. With the totals written as an (r+1) × (c+1) table (totals with a flipped sign), every
 * row and column sums to zero, so the hidden cells are the edges of a bipartite graph between rows
 * and columns and the solutions differ by cycles of that graph: a hidden cell is determined exactly
 * when its edge lies on no cycle (a bridge). We add cheap cells along a shortest path until no
 * hidden cell is a bridge (the "hypercube"/network method of statistical offices, after Cox 1980).
 */

/** What the caller fixes before suppression: cells that must be hidden or must stay published. */
export interface SuppressionConstraints {
  /** Per row total (index r is the grand total): true forces it hidden, false forces it published. */
  rowTotals?: readonly (boolean | undefined)[];
  /** Per cell of the extended table ([r + 1][c + 1], totals last); wins over `rowTotals`. */
  cells?: readonly (readonly (boolean | undefined)[])[];
}

export interface SuppressedTable {
  /** Counts, r × c. */
  counts: number[][];
  rowTotals: number[];
  columnTotals: number[];
  total: number;
  /** Hidden flags over the extended table: [r + 1][c + 1], the last row and column being totals. */
  hidden: boolean[][];
}

const forcedPublishedCost = 1e12;
const grandTotalCost = 1e9;
const zeroCost = 1e6;

/** The extended table's value at (i, j), totals included. */
function extendedValue(t: Omit<SuppressedTable, "hidden">, i: number, j: number): number {
  const r = t.counts.length;
  const c = t.columnTotals.length;
  if (i === r && j === c) return t.total;
  if (i === r) return t.columnTotals[j] ?? 0;
  if (j === c) return t.rowTotals[i] ?? 0;
  return t.counts[i]?.[j] ?? 0;
}

/** Row and column totals of a table of counts. */
export function withTotals(counts: readonly (readonly number[])[], columns: number) {
  const rows = counts.map((row) => [...row]);
  const rowTotals = rows.map((row) => row.reduce((a, b) => a + b, 0));
  const columnTotals = Array.from({ length: columns }, (_, j) =>
    rows.reduce((a, row) => a + (row[j] ?? 0), 0),
  );
  const total = rowTotals.reduce((a, b) => a + b, 0);
  return { counts: rows, rowTotals, columnTotals, total };
}

/** Edges (cells) of the hidden-cell graph that lie on no cycle: exactly the recomputable cells. */
export function recomputableCells(hidden: readonly (readonly boolean[])[]): [number, number][] {
  const rows = hidden.length;
  const cols = hidden[0]?.length ?? 0;
  const n = rows + cols;
  const adj: [number, number][][] = Array.from({ length: n }, () => []);
  let edgeId = 0;
  const edges: [number, number][] = [];
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      if (!hidden[i]?.[j]) continue;
      adj[i]?.push([rows + j, edgeId]);
      adj[rows + j]?.push([i, edgeId]);
      edges.push([i, j]);
      edgeId++;
    }
  }
  // Tarjan's bridge search, iterative so a wide table cannot overflow the stack.
  const disc = new Array<number>(n).fill(-1);
  const low = new Array<number>(n).fill(0);
  const bridges: [number, number][] = [];
  let time = 0;
  for (let root = 0; root < n; root++) {
    if (disc[root] !== -1) continue;
    const stack: { node: number; parentEdge: number; next: number }[] = [
      { node: root, parentEdge: -1, next: 0 },
    ];
    disc[root] = low[root] = time++;
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as { node: number; parentEdge: number; next: number };
      const list = adj[top.node] as [number, number][];
      if (top.next < list.length) {
        const [to, id] = list[top.next] as [number, number];
        top.next++;
        if (id === top.parentEdge) continue;
        if (disc[to] === -1) {
          disc[to] = low[to] = time++;
          stack.push({ node: to, parentEdge: id, next: 0 });
        } else {
          low[top.node] = Math.min(low[top.node] as number, disc[to] as number);
        }
      } else {
        stack.pop();
        const parent = stack[stack.length - 1];
        if (parent) {
          low[parent.node] = Math.min(low[parent.node] as number, low[top.node] as number);
          if ((low[top.node] as number) > (disc[parent.node] as number))
            bridges.push(edges[top.parentEdge] as [number, number]);
        }
      }
    }
  }
  return bridges;
}

/** The cheapest path of cells from row node `from` to column node `to` that avoids the cell (from, to). */
function cheapestPath(cost: number[][], from: number, to: number): [number, number][] {
  const rows = cost.length;
  const cols = cost[0]?.length ?? 0;
  const n = rows + cols;
  const dist = new Array<number>(n).fill(Number.POSITIVE_INFINITY);
  const prev = new Array<number>(n).fill(-1);
  const done = new Array<boolean>(n).fill(false);
  dist[from] = 0;
  for (;;) {
    let u = -1;
    for (let v = 0; v < n; v++)
      if (!done[v] && (u === -1 || (dist[v] as number) < (dist[u] as number))) u = v;
    if (u === -1 || dist[u] === Number.POSITIVE_INFINITY) break;
    done[u] = true;
    if (u === rows + to) break;
    const isRow = u < rows;
    const others = isRow ? cols : rows;
    for (let k = 0; k < others; k++) {
      const i = isRow ? u : k;
      const j = isRow ? k : u - rows;
      if (i === from && j === to) continue;
      const v = isRow ? rows + k : k;
      const d = (dist[u] as number) + (cost[i]?.[j] as number);
      if (d < (dist[v] as number)) {
        dist[v] = d;
        prev[v] = u;
      }
    }
  }
  const path: [number, number][] = [];
  let v = rows + to;
  while (v !== from && prev[v] !== -1) {
    const u = prev[v] as number;
    path.push(u < rows ? [u, v - rows] : [v, u - rows]);
    v = u;
  }
  return path;
}

/** Primary and complementary suppression of a two-way table with its totals (see the file's note). */
export function suppressSmallCells(
  counts: readonly (readonly number[])[],
  columns: number,
  k: number,
  constraints: SuppressionConstraints = {},
): SuppressedTable {
  const t = withTotals(counts, columns);
  const r = t.counts.length;
  const c = columns;
  const hidden: boolean[][] = [];
  const cost: number[][] = [];
  for (let i = 0; i <= r; i++) {
    const hRow: boolean[] = [];
    const cRow: number[] = [];
    for (let j = 0; j <= c; j++) {
      const v = extendedValue(t, i, j);
      const forced = constraints.cells?.[i]?.[j] ?? (j === c ? constraints.rowTotals?.[i] : undefined);
      hRow.push(forced ?? (v > 0 && v < k));
      // Hide the smallest counts first: they lose the least; never the grand total unless unavoidable.
      // A hidden zero protects nothing: it cannot move down, so it pins its cycle (no zero complements).
      cRow.push(
        forced === false
          ? forcedPublishedCost
          : i === r && j === c
            ? grandTotalCost
            : v === 0
              ? zeroCost
              : 1 + v,
      );
    }
    hidden.push(hRow);
    cost.push(cRow);
  }
  for (;;) {
    const bridges = recomputableCells(hidden);
    const first = bridges[0];
    if (!first) break;
    const [i, j] = first;
    const pathCost = cost.map((row, a) => row.map((v, b) => (hidden[a]?.[b] ? 0 : v)));
    const path = cheapestPath(pathCost, i, j);
    if (path.length === 0) {
      // A table with one row or one column: nothing else can cover the cell; hide its whole line.
      for (let a = 0; a <= r; a++) (hidden[a] as boolean[])[j] = true;
      for (let b = 0; b <= c; b++) (hidden[i] as boolean[])[b] = true;
      if (recomputableCells(hidden).some(([a, b]) => a === i && b === j)) break;
      continue;
    }
    for (const [a, b] of path) (hidden[a] as boolean[])[b] = true;
  }
  return { ...t, hidden };
}
