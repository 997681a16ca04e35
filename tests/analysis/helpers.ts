import { expect } from 'vitest';
import { analyze, type Category, type Finding } from '../../utils/analysis';

export function found(text: string, category: Category): Finding[] {
  return analyze(text).filter((f) => f.category === category);
}

/** Every phrase must produce at least one finding of the category, with a valid span. */
export function expectFound(phrases: readonly string[], category: Category): void {
  for (const text of phrases) {
    const hits = found(text, category);
    expect(hits.length, `expected ${category} in: ${text}`).toBeGreaterThan(0);
    for (const f of hits) expect(text.slice(f.start, f.end)).toBe(f.phrase);
  }
}

export function expectNotFound(phrases: readonly string[], category: Category): void {
  for (const text of phrases) {
    const hits = found(text, category);
    expect(hits.map((f) => `${f.reason}:${f.phrase}`), `unexpected ${category} in: ${text}`).toEqual([]);
  }
}
