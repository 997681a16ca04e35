import { describe, expect, it } from 'vitest';
import { analyze, categoryName, explain, labelsOf, EXPLANATIONS } from '../../utils/analysis';
import { COMPILED_RULES } from '../../utils/analysis/rules';

describe('options', () => {
  const text = "You never listen. You should just talk to him. it's not a big deal";

  it('respects "not a pattern" phrases (any case) and reason ids', () => {
    const all = analyze(text);
    expect(labelsOf(all)).toEqual(['rushed-fix', 'assumption']);
    const withoutPhrase = analyze(text, undefined, { notAPattern: ['you never listen'] });
    expect(withoutPhrase.some((f) => f.category === 'assumption')).toBe(false);
    const withoutReason = analyze(text, undefined, { notAPattern: ['advice-should'] });
    expect(withoutReason.map((f) => f.reason)).not.toContain('advice-should');
    expect(withoutReason.map((f) => f.reason)).toContain('minimise-big-deal');
  });

  it('never reports switched-off categories', () => {
    const f = analyze(text, undefined, { categories: { 'rushed-fix': false } });
    expect(labelsOf(f)).toEqual(['assumption']);
  });

  it('sensitivity: gentle hides low findings, watchful shows weak signals', () => {
    const weak = 'What helped me was running every morning.';
    expect(analyze(weak)).toEqual([]);
    expect(analyze(weak, undefined, { sensitivity: 'watchful' }).map((f) => f.reason)).toEqual(['advice-it-helps']);
    // context raises the weak signal to medium, so balanced shows it
    expect(analyze(weak, { partnerMessage: "I'm so anxious lately" }).map((f) => f.severity)).toEqual(['medium']);
    const softened = 'You should talk to him. That sounds so hard.';
    const balanced = analyze(softened);
    expect(balanced.find((f) => f.category === 'rushed-fix')?.severity).toBe('low');
    expect(analyze(softened, undefined, { sensitivity: 'gentle' }).some((f) => f.category === 'rushed-fix')).toBe(false);
  });

  it('has a display name for every category and an explanation for every reason', () => {
    expect(categoryName('rushed-fix')).toBe('Rushing to fix');
    expect(categoryName('assumption')).toBe('Filling in a story');
    expect(categoryName('outsourcing')).toBe('Handing over your feelings');
    expect(categoryName('reflective')).toBe('Reflecting');
    for (const r of COMPILED_RULES) expect(EXPLANATIONS[r.reason], r.reason).toBeTruthy();
    expect(explain('unknown-id')).toMatch(/\w/);
  });
});
