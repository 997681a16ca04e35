import { describe, expect, it } from 'vitest';
import { quoteOf } from '@/utils/watcher/hint-content';
import type { Finding } from '@/utils/analysis/types';

const finding = (text: string, phrase: string) => {
  const start = text.indexOf(phrase);
  return { start, end: start + phrase.length } as Finding;
};

describe('the hint quote', () => {
  it('does not stop at a "." inside a word (issue 15: "…onerror=window.")', () => {
    const text = 'Set onerror=window.alert and you should just calm down about it.';
    const q = quoteOf(text, finding(text, 'you should just'));
    expect(q.before).toBe('Set onerror=window.alert and ');
    expect(q.after).toBe(' calm down about it.');
  });

  it('stops at a real sentence end, before and after', () => {
    const text = 'It was 3.5 hours late. You never listen to me! Fine.';
    const q = quoteOf(text, finding(text, 'never listen'));
    expect(q).toEqual({ before: 'You ', phrase: 'never listen', after: ' to me!' });
  });
});
