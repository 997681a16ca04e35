import { describe, expect, it } from 'vitest';
import { triggerWords } from '../../utils/analysis/rules';
import { fixWith, oneSlip, TypoIndex } from '../../utils/analysis/spelling';

/** The linear scan the index replaced: every trigger word of length ±1 compared with the word. */
function linearFix(triggers: readonly string[], w: string): string | undefined {
  if (triggers.includes(w)) return undefined;
  let found: string | undefined;
  for (const t of triggers) {
    if (Math.abs(t.length - w.length) > 1 || !oneSlip(w, t)) continue;
    if (t === `${w}s` || w === `${t}s`) continue;
    if (found && found !== t) return undefined;
    found = t;
  }
  return found;
}

/** Every word one slip from w (a letter dropped, swapped, replaced or added), with a few letters. */
function slips(w: string, letters = 'es'): string[] {
  const out: string[] = [];
  for (let i = 0; i < w.length; i++) {
    out.push(w.slice(0, i) + w.slice(i + 1));
    if (i + 1 < w.length) out.push(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2));
    for (const c of letters) out.push(w.slice(0, i) + c + w.slice(i + 1), w.slice(0, i) + c + w.slice(i));
  }
  return out;
}

const TRIGGERS = [...new Set(triggerWords())].filter((w) => w.length >= 5 && /^[a-z]+$/.test(w));
const BY_LENGTH = new Map<number, string[]>();
for (const t of TRIGGERS) BY_LENGTH.set(t.length, [...(BY_LENGTH.get(t.length) ?? []), t]);
/** linearFix over the trigger words of length ±1 only (what the old fixTypo scanned). */
const reference = (w: string) => linearFix([w.length - 1, w.length, w.length + 1].flatMap((n) => BY_LENGTH.get(n) ?? []), w);

describe('TypoIndex: the same corrections as comparing with every trigger word', () => {
  const index = new TypoIndex(TRIGGERS);

  it('on a small hand-made list', () => {
    const small = new TypoIndex(['should', 'ignore', 'always', 'headache', 'listen', 'listens']);
    expect(fixWith(small, 'shuold')).toBe('should'); // swap
    expect(fixWith(small, 'igonre')).toBe('ignore');
    expect(fixWith(small, 'alwys')).toBe('always'); // dropped
    expect(fixWith(small, 'allways')).toBe('always'); // added
    expect(fixWith(small, 'shoutd')).toBe('should'); // replaced
    expect(fixWith(small, 'headaches')).toBeUndefined(); // a plural is another word
    expect(fixWith(small, 'listen')).toBeUndefined(); // a trigger word itself
    expect(fixWith(small, 'listenn')).toBeUndefined(); // one slip from two words: left alone
    expect(fixWith(small, 'pizza')).toBeUndefined();
  });

  it('on typos the corpus holds (the list npm run eval prints) and everyday words', () => {
    const words = [
      'allright', 'arent', 'awwww', 'brite', 'chrismas', 'coulda', 'couldn', 'couldnt', 'definetely', 'didnt', 'doesnt',
      'embarassed', 'embarassing', 'gettin', 'havent', 'havin', 'havng', 'hmmmm', 'holdiay', 'maybee', 'nothin',
      'pathedic', 'proble', 'remeber', 'rifht', 'shouldn', 'shouldnt', 'sloved', 'stuggle', 'talkin', 'theyre',
      'thinkin', 'untill', 'wasnt', 'whats', 'wouldn', 'wouldnt', 'youre',
      'world', 'chance', 'health', 'pretty', 'cheat', 'garden', 'weekend', 'sorry', 'about', 'honestly', 'tired',
    ];
    for (const w of words) expect(fixWith(index, w), w).toBe(reference(w));
  });

  it('on every trigger word and every slip of it', () => {
    let corrected = 0;
    for (const t of TRIGGERS) {
      expect(fixWith(index, t), t).toBe(reference(t));
      for (const w of slips(t)) {
        const want = reference(w);
        expect(fixWith(index, w), w).toBe(want);
        if (want) corrected++;
      }
    }
    expect(corrected).toBeGreaterThan(1000); // the comparison covered real corrections, not only misses
  }, 60_000);
});
