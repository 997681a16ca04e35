/**
 * Issue #13, round 3: advice in a friend's or a counsellor's register, hedged or indirect, after the
 * partner shared a problem or asked how to face one; and the shrugs that make the trouble small. Our
 * own sentences, each with the partner's message it answers. Look-alikes that must stay quiet: the same
 * words as a favour asked, a wish, a story about the speaker, a question out of curiosity.
 */
import { describe, expect, it } from 'vitest';
import { analyze, labelsOf } from '../../utils/analysis';
import { asksForHelp, readPartnerContext } from '../../utils/analysis/context';

const rushed = (text: string, partner?: string) =>
  labelsOf(analyze(text, partner ? { partnerMessage: partner } : undefined)).includes('rushed-fix');

import { ASKED_HELP, HEDGED, QUIET, SHRUGS } from './support-indirect.data';

describe('support in a friend’s or counsellor’s register', () => {
  it('flags hedged and indirect advice after a shared problem', () => {
    for (const [t, p] of HEDGED) expect(rushed(t, p), t).toBe(true);
  });
  it('flags shrugs and reassurance once a feeling was shared', () => {
    for (const [t, p] of SHRUGS) expect(rushed(t, p), t).toBe(true);
  });
  it('flags advice after the partner asked how to face a problem', () => {
    for (const [t, p] of ASKED_HELP) expect(rushed(t, p), t).toBe(true);
  });
  it('stays quiet on favours, wishes, stories and curiosity', () => {
    for (const [t, p] of QUIET) expect(rushed(t, p), t).toBe(false);
  });
  it('the shrugs stay quiet when nothing was shared', () => {
    for (const t of ['meh it happens', 'everyone goes through that']) expect(rushed(t, 'the bus was ten minutes late'), t).toBe(false);
  });
});

describe('asksForHelp: a request for help with a problem opens the advice gate', () => {
  it('reads requests about a problem', () => {
    for (const m of ['how should I bring it up with him?', 'any advice?', 'what would you do?', 'should I tell my boss?', 'how did you cope with it'])
      expect(asksForHelp(m), m).toBe(true);
  });
  it('not a pick, a plan, a way there, or advice turned away', () => {
    for (const m of ['should I get the red one or the blue?', 'what should I wear tonight?', 'how do I get to yours from the station?', 'any ideas for dinner?', "I don't need advice, I just need to vent", 'want anything from the shop?', 'thank you so much for your help', 'thanks for all the advice', 'any ideas for my brother’s birthday?', 'the boiler just died, what do I do??'])
      expect(asksForHelp(m), m).toBe(false);
  });
  it('a way there counts as advice asked for, a request for help as a problem on the table', () => {
    expect(readPartnerContext('how do I get to yours from the station?').asksAdvice).toBe(true);
    expect(readPartnerContext('how should I approach my dad about it?').feeling).toBe(true);
  });
});
