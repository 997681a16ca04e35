import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/analysis';

describe('spans', () => {
  it('are UTF-16 offsets into the original text, sorted by start', () => {
    const text = "😅😅 ok so… you never listen!! 🙄 And “don’t worry about it” isn't help. u should just quit lol";
    const findings = analyze(text);
    expect(findings.length).toBeGreaterThan(1);
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.phrase);
    expect(findings.map((f) => f.start)).toEqual([...findings.map((f) => f.start)].sort((a, b) => a - b));
  });

  it('points at the triggering words', () => {
    const text = 'Hey. You should just talk to him.';
    const [f] = analyze(text);
    expect(f).toMatchObject({ category: 'rushed-fix', start: 5, phrase: 'You should just talk' });
  });

  it('handles a long draft without punctuation', () => {
    const text = 'so yeah '.repeat(60) + 'you never listen to me ' + 'and stuff '.repeat(40);
    const f = analyze(text).find((x) => x.category === 'assumption');
    expect(f && text.slice(f.start, f.end)).toBe('you never listen');
  });

  it('skips quoted words and reply quotes', () => {
    expect(analyze('he literally said "you never listen" to me').filter((f) => f.category === 'assumption')).toEqual([]);
    expect(analyze('> you should just quit\nhaha no').filter((f) => f.category === 'rushed-fix')).toEqual([]);
  });

  it('returns nothing for empty or emoji-only text', () => {
    expect(analyze('')).toEqual([]);
    expect(analyze('😅🙄💔')).toEqual([]);
  });
});
