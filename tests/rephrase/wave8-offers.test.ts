/**
 * Offers read in wave 8: the partner read as the analysis reads them (context.ts), one question per
 * offer, no dangling "…, not just ask", no endearment glued into an echo, no fix pushed after a loss,
 * and a sigh's rewrite that keeps what the draft was about. Our own example sentences.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '@/utils/analysis/analyze';
import { rephrase } from '@/utils/analysis/rephrase';
import { readPartner } from '@/utils/analysis/rephrase/partner';
import { topicOf } from '@/utils/analysis/rephrase/outsourcing';
import { flipPronouns } from '@/utils/analysis/reflect';
import { asksForAdvice, asksForHelp, isOwnApology, readPartnerContext } from '@/utils/analysis/context';
import type { AnalysisContext } from '@/utils/analysis/types';

const ctx = (partner?: string): AnalysisContext | undefined => (partner ? { partnerMessage: partner } : undefined);
const offersFor = (draft: string, partner?: string) => rephrase(draft, analyze(draft, ctx(partner)), ctx(partner));
const texts = (draft: string, partner?: string) => offersFor(draft, partner).map((r) => r.text);
const questions = (s: string) => (s.match(/\?/g) ?? []).length;

describe('the partner is read as the analysis reads them', () => {
  it.each([
    "I'm not sure I'm happy at my job anymore",
    'happy monday everyone!!',
    "I don't think I'm good enough for the team captain thing",
    'got a parking fine outside the dentist',
  ])('never celebrated where context.ts reads no good news: %s', (m) => {
    if (!readPartnerContext(m).goodNews) expect(readPartner(m).mood).not.toBe('good');
    expect(readPartner(m).mood).not.toBe('good');
  });
  it.each(['how do I deal with my landlord?', 'what do I say to my brother after that?', 'any advice on how to talk to him?'])(
    'a request context.ts reads as asking for help or advice is one here: %s',
    (m) => {
      expect(asksForAdvice(m) || asksForHelp(m)).toBe(true);
      expect(readPartner(m).askedAdvice).toBe(true);
    },
  );
  it('asked advice is offered plainly, with no "or would you rather vent" first', () => {
    const out = texts('you should put it all in writing and send it by email', 'how do I deal with my landlord?');
    expect(out.length).toBeGreaterThan(0);
    for (const t of out) expect(t).not.toMatch(/vent|just listen|no pressure/i);
  });
  it.each(['was stuck on the motorway, so sorry for missing your call', 'ran out of battery, sorry for not replying'])(
    'an apology context.ts reads is one here: %s',
    (m) => {
      expect(isOwnApology(m)).toBe(true);
      expect(readPartner(m).apology).toBe(true);
    },
  );
  it.each(['he left me for his coworker', 'we split up on saturday'])('a hurt context.ts sees is something hard here: %s', (m) => {
    expect(readPartnerContext(m).feeling).toBe(true);
    expect(readPartner(m).mood).toBe('hard');
  });
});

describe('the echo of the partner', () => {
  it.each(['we split up last night', 'we had a massive row last night'])('"we" is not echoed as "I\'m sorry we …": %s', (partner) => {
    expect(readPartner(partner).sorryClause).toBeNull();
    for (const t of texts('you should give her some space', partner)) expect(t).not.toMatch(/sorry we\b/i);
  });
  it.each([
    ['I failed my theory test babe', 'you should book another one', /test babe/i],
    ["I'm so stressed about the move hun", 'you should make a list', /move hun/i],
    ['my boss shouted at me again love', 'you should talk to HR', /again love/i],
  ])('a closing endearment is not glued into the echo: %s', (partner, draft, glued) => {
    const out = texts(draft, partner);
    expect(out.length).toBeGreaterThan(0);
    for (const t of out) expect(t).not.toMatch(glued);
  });
  it('the echo still says what happened once the endearment goes', () => {
    expect(texts('you should talk to HR', 'my boss shouted at me again love')[0]).toMatch(/your boss shouted at you again\./i);
  });
});

describe('one question, nothing dangling', () => {
  it('a contrast with what they did does not dangle after the question', () => {
    const out = texts('you should phone the council again, not just email', 'the council still hasnt fixed the streetlight');
    expect(out.length).toBeGreaterThan(0);
    for (const t of out) {
      expect(t).not.toMatch(/not just/i);
      expect(t).toMatch(/phoning the council again\?/i);
    }
  });
  it('"rather than" goes the same way', () => {
    for (const t of texts('you should walk to work rather than sitting in traffic every morning', 'my commute is killing me')) expect(t).not.toMatch(/rather than/i);
  });
  it('two advice clauses in one sentence: one question, the more specific idea', () => {
    const out = texts('you should write it all down and you should talk to your manager about the rota', "I'm so fed up with the shifts at work");
    expect(out.length).toBeGreaterThan(0);
    for (const t of out) {
      expect(questions(t)).toBe(1);
      expect(t).not.toMatch(/you should/i);
      expect(t).toMatch(/talking to your manager about the rota/i);
    }
  });
  it('two advice sentences side by side: one question, the more specific idea', () => {
    const draft = 'you should take a break. and maybe ask your mum to have the kids on saturday';
    const rs = offersFor(draft, "I'm shattered, the kids have been a nightmare");
    expect(rs.length).toBeGreaterThan(0);
    for (const r of rs) {
      const whole = draft.slice(0, r.start) + r.text + draft.slice(r.end);
      expect(questions(whole)).toBeLessThanOrEqual(1);
      expect(whole).not.toMatch(/you should take a break/i);
    }
  });
  it.each([
    ['ask your boss for the day off love', /off love/i],
    ['have a hot bath sweetheart', /bath sweetheart/i],
  ])('an endearment closing the advice is not inside the question: %s', (draft, glued) => {
    const out = texts(draft, "I'm so stressed I can't think");
    expect(out.length).toBeGreaterThan(0);
    for (const t of out) expect(t).not.toMatch(glued);
  });
  it('a verb\'s object is no endearment: "what you love" stays', () => {
    const out = texts('you should just do what you love', "I hate my degree, I don't know what to do");
    for (const t of out) if (t.includes('doing')) expect(t).toMatch(/what you love/i);
  });
});

describe('no fix pushed after a loss', () => {
  it('after validating a breakup, a later "get back out there" is not offered', () => {
    const draft = "there's plenty more fish out there. get yourself back on the apps";
    const rs = offersFor(draft, 'he left me for his coworker');
    expect(rs.length).toBeGreaterThan(0);
    for (const r of rs) expect(draft.slice(0, r.start) + r.text + draft.slice(r.end)).not.toMatch(/apps/i);
  });
});

describe('a sigh keeps what it was about', () => {
  it.each([
    ['great, so I\'ll spend our anniversary by myself then', "I've got to go to Glasgow for work next week", /our anniversary/i],
    ['guess I\'ll eat lunch on my own again', 'stuck in meetings till 3, sorry', /lunch/i],
  ])('%s', (draft, partner, topic) => {
    const out = texts(draft, partner);
    expect(out.length).toBeGreaterThan(0);
    expect(out[0]).toMatch(topic);
  });
  it.each([
    ['so I sit through the whole school play on my own', 'the school play'],
    ['I\'ll just tell the kids you\'re busy then', 'the kids'],
    ['guess I\'ll see no one tonight', null],
  ])('topicOf(%s)', (s, t) => {
    expect(topicOf(s)).toBe(t);
  });
});

describe('second reading', () => {
  it('a ", maybe …" second piece of advice is not inside the question', () => {
    const out = texts('you should talk to someone, maybe read a book about anxiety first', "I keep getting anxious when you're away and I hate it");
    expect(out.length).toBeGreaterThan(0);
    for (const t of out) {
      expect(questions(t)).toBe(1);
      expect(t).not.toMatch(/, maybe read/i);
    }
  });
  it.each([
    ["I've been lonely since you moved", "You've been lonely since I moved"],
    ['I was fine until you called', 'you were fine until I called'],
  ])('flipPronouns(%s): a clause opens after "since", "until"', (m, flipped) => {
    expect(flipPronouns(m)).toBe(flipped);
  });
  it('"since you left" is echoed "since I left", not "since me left"', () => {
    const out = texts("don't worry it's not a big deal", "I've been feeling really low since you left for uni");
    expect(out.join(' ')).not.toMatch(/since me\b/i);
    expect(out[0]).toMatch(/since I left for uni/);
  });
  it('a worry is not "about" the occasion the sigh names', () => {
    for (const t of texts("guess I'll sit by the phone all through dinner worrying then", 'running late, start without me')) expect(t).not.toMatch(/anxious about dinner/i);
  });
});

describe('a diary sentence that opens with its verb', () => {
  it.each([
    ['Cried myself to sleep again last night', /sorry you cried yourself to sleep again last night/i],
    ['Told my sister about the debt and she hung up on me', null],
  ])('%s is not read as a name ("I\'m sorry cried …", "I\'m sorry told …")', (partner, echo) => {
    const clause = readPartner(partner).sorryClause;
    expect(clause ?? '').not.toMatch(/^(cried|told)\b/i);
    if (echo) expect(`I'm sorry ${clause}`).toMatch(echo);
  });
});
