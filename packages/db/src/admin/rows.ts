/** Timestamps arrive as Date from both drivers; the API speaks ISO 8601 strings. */
export function iso(value: Date | string | null): string | null {
  if (value === null) return null;
  return value instanceof Date ? value.toISOString() : new Date(value).toISOString();
}
