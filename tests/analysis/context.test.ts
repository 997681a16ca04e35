import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/analysis';
import { isGoodNews } from '../../utils/analysis/context';

const severity = (text: string, ctx?: Parameters<typeof analyze>[1]) =>
  analyze(text, ctx).find((f) => f.category === 'rushed-fix')?.severity;

describe('context', () => {
  it('advice after a feeling, with no acknowledgement, is more severe', () => {
    const plain = severity('You should talk to your boss.');
    const afterFeeling = severity('You should talk to your boss.', { partnerMessage: "I'm so stressed about work, I cried last night" });
    expect(plain).toBe('medium');
    expect(afterFeeling).toBe('high');
    expect(severity('You should talk to your boss.', { partnerMessage: 'what time is dinner?' })).toBe('medium');
  });

  it('acknowledging first removes the rushed-fix even after a feeling', () => {
    const ctx = { partnerMessage: 'I feel awful about the meeting' };
    expect(severity('That sounds awful — have you thought about telling HR?', ctx)).toBeUndefined();
  });

  it('a burst right after focusing raises severity; a slow draft does not', () => {
    expect(severity("don't worry about it", { msSinceFocus: 1500, burstCharsPerSecond: 9 })).toBe('high');
    expect(severity("don't worry about it", { msSinceFocus: 60000, burstCharsPerSecond: 9 })).toBe('medium');
    expect(severity("don't worry about it", { msSinceFocus: 1500, burstCharsPerSecond: 2 })).toBe('medium');
  });

  it('an errand-like imperative is a rushed fix only after a feeling', () => {
    expect(severity('Take a walk and get some air.')).toBeUndefined();
    expect(severity('Take a walk and get some air.', { partnerMessage: "I'm so overwhelmed today" })).toBe('high');
  });

  it('never changes reflective findings', () => {
    const f = analyze('that must have hurt', { partnerMessage: 'I am so sad', msSinceFocus: 100, burstCharsPerSecond: 20 });
    expect(f).toMatchObject([{ category: 'reflective', severity: 'low' }]);
  });
});

describe('context: the partner feeling read in more shapes', () => {
  it('an errand-like instruction is a rushed fix after a negated good state or a hardship event', () => {
    for (const partnerMessage of ['im not ok tbh', 'got laid off this morning', "can't sleep again", "I'm so done with all of it"]) {
      expect(severity('Take a walk and get some air.', { partnerMessage }), partnerMessage).toBe('high');
    }
  });

  it('stays quiet after good news, logistics and plain questions', () => {
    for (const partnerMessage of ['I passed my driving test!', 'my phone died, call you later', 'what should we do this weekend?', "don't worry, I'll grab the tickets"]) {
      expect(severity('Take a walk and get some air.', { partnerMessage }), partnerMessage).toBeUndefined();
    }
  });
});

describe('good news is news to celebrate, not any "got a …"', () => {
  it('reads promotions, places and keys as good news', () => {
    for (const m of ['I got the promotion!!', 'we got the keys to the flat today', 'guess what, I passed my driving test'])
      expect(isGoodNews(m), m).toBe(true);
  });
  it('does not read a fine, a bad result or a hard feeling as good news', () => {
    for (const m of [
      'ugh, got a parking ticket outside my own house',
      'got my scan results back, my blood pressure is too high',
      'got a bad review from my manager today',
      'I got the job but I am honestly terrified',
      'got in big trouble with my landlord',
    ])
      expect(isGoodNews(m), m).toBe(false);
  });
});
