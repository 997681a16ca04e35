/**
 * Plain-language description of a value for validation messages:
 * `expected a date (number), got "yesterday"`. Bounded, so a 10 MB string in a bad file
 * does not become a 10 MB error message. Messages are data: the UI renders them as text.
 */
export function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (typeof v === 'string') {
    const shown = v.length > 40 ? `${v.slice(0, 40)}…` : v;
    return JSON.stringify(shown);
  }
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : 'an invalid number';
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `a list of ${v.length}`;
  if (typeof v === 'object') return 'an object';
  return `a ${typeof v}`;
}
