import { describe, expect, it } from 'vitest';
import { countOf } from '@/utils/i18n/plural';

const day = { one: '# day', other: '# days' };

describe('countOf', () => {
  it('uses the singular for exactly one and the plural otherwise, zero included', () => {
    expect(countOf(1, day)).toBe('1 day');
    expect(countOf(0, day)).toBe('0 days');
    expect(countOf(2, day)).toBe('2 days');
    expect(countOf(21, day)).toBe('21 days'); // English has no "one" for 21, unlike Russian
    expect(countOf(1.5, day)).toBe('1.5 days');
  });
  it('groups thousands and keeps the rest of the sentence', () => {
    expect(countOf(12345, { one: '# check-in saved', other: '# check-ins saved' })).toBe('12,345 check-ins saved');
    expect(countOf(1, { one: 'Nothing was imported. # problem found:', other: 'Nothing was imported. # problems found:' })).toBe(
      'Nothing was imported. 1 problem found:',
    );
  });
  it('falls back to "other" for a form a language does not use', () => {
    expect(countOf(0, { zero: 'no days', one: '# day', other: '# days' })).toBe('0 days'); // English has no "zero" category
  });
});
