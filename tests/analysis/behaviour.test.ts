/**
 * The behavioural suite (CheckList style, scripts/lib/checklist.ts) as tests: perturbations a
 * reader would not notice must leave the labels alone on at most 2% of drafts, an acknowledgement
 * put before advice must clear rushed-fix, and "I always…" is never an assumption about the
 * addressee. `npm run eval` runs the same suite on the corpus's read lines as well.
 */
import { describe, expect, it } from 'vitest';
import { BASE_DRAFTS, PERTURBATIONS, directional, invariance, labelsOfText } from '../../scripts/lib/checklist';
import { analyze } from '../../utils/analysis';

describe('behavioural suite', () => {
  it('the drafts cover every category and plain chat, so the invariance checks can fail', () => {
    const seen = new Set(BASE_DRAFTS.flatMap((d) => labelsOfText(d)));
    expect([...seen].sort()).toEqual(['assumption', 'outsourcing', 'reflective', 'rushed-fix']);
    expect(BASE_DRAFTS.filter((d) => labelsOfText(d).length === 0).length).toBeGreaterThanOrEqual(8);
  });

  it.each(invariance(BASE_DRAFTS))('$name changes at most 2% of labels', (row) => {
    expect(row.changed / row.drafts, row.examples.join('\n')).toBeLessThanOrEqual(0.02);
  });

  it('every perturbation really changes the text of some drafts', () => {
    for (const [name, f] of Object.entries(PERTURBATIONS)) expect(BASE_DRAFTS.some((d) => f(d) !== d), name).toBe(true);
  });

  it.each(directional())('$name', (row) => {
    expect(row.cases).toBeGreaterThan(5);
    expect(row.failed).toEqual([]);
  });

  it('a typo or chat spelling keeps the span on the words as typed', () => {
    const text = 'Sam, u shuold just tell ur boss';
    const [f] = analyze(text);
    expect(f?.category).toBe('rushed-fix');
    expect(text.slice(f!.start, f!.end)).toBe(f!.phrase);
    expect(f!.phrase.startsWith('u shuold')).toBe(true);
  });
});
