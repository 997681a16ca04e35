/**
 * When the partner apologises for something they did, "don't worry about it" forgives: it brushes
 * no feeling aside, so no rushed-fix hint. A hurt told with the apology, or no apology at all,
 * keeps the hint. Our own sentences.
 */
import { describe, expect, it } from 'vitest';
import { analyze, labelsOf } from '../../utils/analysis';
import { isOwnApology } from '../../utils/analysis/context';

const rushed = (text: string, partner?: string) =>
  labelsOf(analyze(text, partner ? { partnerMessage: partner } : undefined)).includes('rushed-fix');

describe('forgiving an apology is not minimising', () => {
  const apologies = [
    "I'm so sorry I forgot to pick up your prescription",
    'sorry I left wet towels all over the bathroom again',
    'soooo sorry I was late, the bus never came',
    'really sorry for the mess in the hallway',
    "sorry I didn't text back last night",
    "sorry I'm rambling, long day",
  ];
  it('reads an apology for an act as an apology', () => {
    for (const m of apologies) expect(isOwnApology(m), m).toBe(true);
  });
  it('stays quiet on "don\'t worry about it" and "no need to worry" after one', () => {
    for (const m of apologies) {
      expect(rushed("don't worry about it at all x", m), m).toBe(false);
      expect(rushed('no need to worry, honestly, it happens', m), m).toBe(false);
    }
  });
  it('still flags a worry brushed aside when the apology carries a hurt', () => {
    for (const m of [
      "sorry I've been so quiet, I'm just really anxious about the scan",
      "sorry to go on, I'm honestly so stressed about money",
      "sorry, I can't stop crying about Nan",
    ]) {
      expect(isOwnApology(m), m).toBe(false);
      expect(rushed("don't worry about it, it'll all work out", m), m).toBe(true);
    }
  });
  it('is not an apology when the partner is sorry for someone else, or not sorry at all', () => {
    expect(isOwnApology('sorry to hear about your dad')).toBe(false);
    expect(isOwnApology('I am so worried about the interview tomorrow')).toBe(false);
    expect(rushed("don't worry about it, you'll smash it", 'I am so worried about the interview tomorrow')).toBe(true);
  });
});

describe('"no big deal" about the speaker\'s own loss or bother', () => {
  it('is no rushed fix when sarcastic or when it shrugs off the speaker\'s own bother', () => {
    expect(rushed("fine. I'll miss the gig then. no big deal 🙃", "I'm wiped, can we stay home tonight?")).toBe(false);
    expect(rushed("no big deal, I can grab it on the way home", 'we are out of bread')).toBe(false);
  });
  it('still flags their problem called no big deal', () => {
    expect(rushed("it's no big deal, everyone fails their first test", "I failed my driving test and I'm gutted")).toBe(true);
    expect(rushed("honestly no big deal, you'll get another job", "I got let go today, I'm in bits")).toBe(true);
  });
});
