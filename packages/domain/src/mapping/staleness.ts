/** An ISO calendar date, YYYY-MM-DD. */
export type IsoDate = string;

/** The same calendar day a year earlier; 29 February falls back to 28 February. */
export function oneYearBefore(asOf: IsoDate): IsoDate {
  const [y, m, d] = asOf.split("-").map(Number) as [number, number, number];
  const day = m === 2 && d === 29 ? 28 : d;
  return `${String(y - 1).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * A mapping entry whose source is older than a year is stale: trafficking "is a process rather
 * than a single event" and the local situation changes (CBSS 2016, Indicators), so the map is
 * only as good as its newest sources. Exactly one year old is not yet stale.
 */
export function isStale(sourceDate: IsoDate, asOf: IsoDate): boolean {
  return sourceDate < oneYearBefore(asOf);
}
