/**
 * An independent oracle for the property tests: which linear functionals of the unknown cells are
 * fixed by the published equations (Gaussian elimination on the equations' coefficients).
 */
export class LinearKnowledge {
  private basis: { pivot: number; row: number[] }[] = [];
  constructor(private readonly unknowns: number) {}

  /** Records that the sum of these unknowns (with coefficients) is known. */
  learn(coefficients: ReadonlyMap<number, number> | readonly number[]) {
    const row = this.dense(coefficients);
    const reduced = this.reduce(row);
    const pivot = reduced.findIndex((v) => Math.abs(v) > 1e-9);
    if (pivot === -1) return;
    const p = reduced[pivot] as number;
    const normal = reduced.map((v) => v / p);
    for (const b of this.basis) {
      const f = b.row[pivot] as number;
      if (Math.abs(f) > 1e-12) b.row = b.row.map((v, i) => v - f * (normal[i] as number));
    }
    this.basis.push({ pivot, row: normal });
  }

  /** True when the functional's value follows from what was learnt. */
  determines(coefficients: ReadonlyMap<number, number> | readonly number[]): boolean {
    return this.reduce(this.dense(coefficients)).every((v) => Math.abs(v) < 1e-7);
  }

  private dense(c: ReadonlyMap<number, number> | readonly number[]): number[] {
    if (Array.isArray(c)) return [...c];
    const row = new Array<number>(this.unknowns).fill(0);
    for (const [i, v] of c as ReadonlyMap<number, number>) row[i] = (row[i] as number) + v;
    return row;
  }

  private reduce(row: number[]): number[] {
    const out = [...row];
    for (const b of this.basis) {
      const f = out[b.pivot] as number;
      if (Math.abs(f) > 1e-12)
        for (let i = 0; i < out.length; i++) out[i] = (out[i] as number) - f * (b.row[i] as number);
    }
    return out;
  }
}
