/**
 * Judgement that carries to wordings nobody tuned it to (issue #13): the scorer's word classes put
 * a counsellor's, a friend's and a forum reply's advice in the same class, the partner's feeling is
 * read from the words people use for it, and the whole analysis (rules + scorer) catches hedged
 * advice and validation worded without the listed phrases. Our own examples, with look-alikes.
 */
import { describe, expect, it } from 'vitest';
import { analyze, labelsOf } from '../../utils/analysis';
import { carriesFeeling } from '../../utils/analysis/context';
import { segmentFeatures } from '../../utils/analysis/scorer/features';

const classes = (text: string) => segmentFeatures(text, []).filter((f) => f.startsWith('k:'));

describe('word classes of the scorer', () => {
  it('hedged, modal and imperative advice land in their classes whatever the register', () => {
    expect(classes('perhaps you could reconnect with an old friend')).toEqual(expect.arrayContaining(['k:hedge', 'k:you-modal']));
    expect(classes('I would encourage you to find someone to talk to')).toContain('k:hedge');
    expect(classes("u two need to sit down n talk")).toContain('k:you-modal');
    expect(classes('ok so just ring her tonight')).toContain('k:imperative');
    expect(classes('Be gentle with yourself this week.')).toContain('k:imperative');
    expect(classes("don't let it get to you")).toContain('k:dont');
    expect(classes('What helped me was a walk every morning.')).toContain('k:helped-me');
  });

  it('validation and restatement have their own classes', () => {
    expect(classes("that's completely understandable")).toContain('k:validate');
    expect(classes("it's got to be rough")).toContain('k:validate');
    expect(classes('so you feel like nothing is changing, right?')).toEqual(expect.arrayContaining(['k:you-feel', 'k:restate']));
  });

  it('a story, a question about plans and a greeting fall in none of the advice classes', () => {
    for (const text of ['I went to the market with my sister.', 'Did you see the match last night?', 'hi, how are you today?', 'The bus was late again.']) {
      expect(classes(text).filter((c) => ['k:hedge', 'k:you-modal', 'k:imperative', 'k:dont'].includes(c)), text).toEqual([]);
    }
  });
});

describe("the partner's feeling", () => {
  it('is read from words people use for being hurt or worn out', () => {
    for (const m of ["honestly I'm gutted", 'I feel destroyed after that call', 'totally crushed tbh', 'so drained from the week', "I'm shattered and burnt out", 'I was in tears on the bus', 'she betrayed me']) {
      expect(carriesFeeling(m), m).toBe(true);
    }
  });

  it('is not read into logistics', () => {
    for (const m of ['can you grab milk on the way?', 'the train leaves at six', 'we won the quiz!']) expect(carriesFeeling(m), m).toBe(false);
  });

  it('makes an errand-like instruction a rushed fix', () => {
    const draft = 'Take a long bath and get an early night.';
    expect(labelsOf(analyze(draft))).not.toContain('rushed-fix');
    expect(labelsOf(analyze(draft, { partnerMessage: "I'm completely drained" }))).toContain('rushed-fix');
  });
});
