/**
 * Defect classes of the assumption and outsourcing rewrites read on the written lines (issue #13):
 * one formula for every story ("this keeps coming up for me …"), the speaker's point lost, awkward
 * joins ("…, that's why, and I'd like your support"), feelings the draft never had ("I'll feel a bit
 * lonely" for a draft about money), sarcasm kept in front of a plainly said feeling, two offers
 * piled up in one draft. Our own example sentences; findings are given as a rule would report them
 * so the tests do not depend on the rule tables.
 */
import { describe, expect, it } from 'vitest';
import { rephrase, suggestionFor } from '@/utils/analysis/rephrase';
import { analyze } from '@/utils/analysis/analyze';
import { readPartner } from '@/utils/analysis/rephrase/partner';
import type { AnalysisContext, Finding } from '@/utils/analysis/types';

const ctx = (partner?: string): AnalysisContext | undefined => (partner ? { partnerMessage: partner } : undefined);
const finding = (draft: string, phrase: string, reason: string, category: Finding['category']): Finding => {
  const start = draft.indexOf(phrase);
  if (start < 0) throw new Error(`no "${phrase}" in "${draft}"`);
  return { category, start, end: start + phrase.length, phrase, severity: 'medium', reason, explanation: '' };
};
/** Every full draft offered (rewrites only), for one or more findings. */
const offered = (draft: string, fs: [string, string, Finding['category']][], partner?: string) =>
  rephrase(draft, fs.map(([p, r, c]) => finding(draft, p, r, c)), ctx(partner))
    .filter((r) => r.kind === 'rewrite')
    .map((r) => draft.slice(0, r.start) + r.text + draft.slice(r.end));
const one = (draft: string, phrase: string, reason: string, category: Finding['category'], partner?: string) => offered(draft, [[phrase, reason, category]], partner);

const GENERIC = /keeps coming up for me|telling myself a story about this|slow down and talk|really upset right now/i;

describe('a story the generic line used to swallow keeps its point', () => {
  it.each([
    ["you've clearly decided I'm the bad guy", 'you\'ve clearly decided', /decided I'm the bad guy/],
    ['you only ring when you need a lift', 'you only ring when you need', /(mostly|mainly|only) ring when you need a lift/],
    ["you're just hunting for reasons to leave early", "you're just hunting for", /hunting for reasons to leave early/],
    ["you'd rather be at the gym than here with me", "you'd rather", /gym/],
    ['you love winding me up', 'you love winding', /winding me up/],
  ])('%s', (draft, phrase, kept) => {
    const all = one(draft, phrase, 'assume-mind-reading', 'assumption');
    expect(all.length).toBeGreaterThan(0);
    expect(all[0]).toMatch(kept);
    for (const t of all) expect(t).not.toMatch(GENERIC);
  });
  it('"you treat me like …" is said as how it feels', () => {
    const all = one('you treat me like your secretary', 'you treat me like', 'assume-mind-reading', 'assumption');
    expect(all[0]).toMatch(/I feel like your secretary/i);
  });
  it('"knew exactly what you were doing" is said as how it felt, not dropped', () => {
    const all = one('you knew exactly what you were doing', 'you knew exactly what you were doing', 'assume-mind-reading', 'assumption');
    expect(all.length).toBeGreaterThan(0);
    for (const t of all) expect(t).not.toMatch(GENERIC);
  });
});

describe('stories open in more than one way', () => {
  it('eight different drafts do not all start alike', () => {
    const drafts: [string, string][] = [
      ['you obviously think my job is a joke', 'you obviously'],
      ['you clearly want to go without me', 'you clearly'],
      ['you never ask how my day went', 'you never'],
      ['you always interrupt me at dinner', 'you always'],
      ['you clearly find my friends dull', 'you clearly'],
      ['you obviously prefer your phone to me', 'you obviously'],
      ['you always leave your dishes for me', 'you always'],
      ['you clearly resent my sister', 'you clearly'],
    ];
    const openings = new Set(drafts.map(([d, p]) => one(d, p, 'assume-mind-reading', 'assumption')[0]?.split(/\s+/).slice(0, 3).join(' ').toLowerCase()));
    expect(openings.size).toBeGreaterThanOrEqual(4);
  });
  it('a real question can echo the story ("Do you?")', () => {
    const all = one('you clearly resent my sister', 'you clearly', 'assume-mind-reading', 'assumption');
    expect(all.some((t) => /\b(Do|Are|Have|Did|Would|Does) (you|it|they)\?/i.test(t))).toBe(true);
  });
});

describe('clause joins', () => {
  it('"anyone but yourself" is not cut at "but"', () => {
    for (const t of one('you never ask about anyone but yourself', 'you never', 'assume-always-never', 'assumption')) expect(t).not.toMatch(/anyone\W*$|anyone\s+—|anyone\.|anyone\s+[-—]/);
  });
  it('a tag question ("…, haven\'t you") does not dangle after the rewrite', () => {
    for (const t of one("you've booked it without asking me, haven't you", "you've booked it", 'assume-mind-reading', 'assumption')) expect(t).not.toMatch(/haven't you\s*$/);
  });
  it('"funny how you …" keeps what it is about', () => {
    const all = one("funny how you're always busy when my mum visits", 'funny how you', 'assume-typical', 'assumption');
    expect(all.length).toBeGreaterThan(0);
    expect(all[0]).toMatch(/busy/);
    expect(all[0]).toMatch(/mum visits/);
  });
  it('"like you\'d even care what I think" keeps what is not cared about', () => {
    const all = one("like you'd even care what I think", "like you'd even care", 'assume-typical', 'assumption');
    expect(all[0]).toMatch(/what I think/);
  });
  it('a repeated "you always do" after the story goes with it', () => {
    const draft = "of course you'd side with her. you always do";
    for (const t of one(draft, "of course you'd", 'assume-typical', 'assumption')) expect(t).not.toMatch(/you always do\s*$/);
  });
});

describe('sarcasm in front of a plainly said feeling goes', () => {
  it.each([
    ['wow ok. you clearly prefer your mates', 'you clearly', 'assume-mind-reading', 'assumption'],
    ['shock. you clearly forgot again', 'you clearly', 'assume-mind-reading', 'assumption'],
    ["great. you've ruined my birthday", "you've ruined", 'outsource-ruined', 'outsourcing'],
  ] as const)('%s', (draft, phrase, reason, cat) => {
    const all = one(draft, phrase, reason, cat);
    expect(all.length).toBeGreaterThan(0);
    for (const t of all) expect(t).not.toMatch(/^(wow|shock|great)\b/i);
  });
});

describe('two offers do not pile up', () => {
  it('after the partner\'s hurt is validated, a story that they make a fuss is not added', () => {
    const draft = "it's only a recital. you always make a fuss over nothing";
    const all = offered(draft, [["it's only a", 'minimise-bright-side', 'rushed-fix'], ['you always make', 'assume-always-never', 'assumption']], "I'm upset you missed my recital");
    expect(all.length).toBeGreaterThan(0);
    for (const t of all) expect(t).not.toMatch(/fuss/);
  });
});

describe('outsourcing keeps the feeling the draft named', () => {
  it.each([
    ["you've made me feel like a burden", 'you\'ve made me feel like', /like a burden/],
    ["you're making me feel invisible", "you're making me feel", /invisible/],
    ['you left me feeling like a spare part at the party', 'you left me feeling', /spare part/],
  ])('%s', (draft, phrase, kept) => {
    const all = one(draft, phrase, 'outsource-make-me-feel', 'outsourcing');
    expect(all.length).toBeGreaterThan(0);
    expect(all[0]).toMatch(kept);
    for (const t of all) expect(t).not.toMatch(GENERIC);
  });
  it('no second time clause: "when that happens" is not added to "every time you sigh"', () => {
    for (const t of one('you make me feel small every time you sigh at me', 'you make me feel', 'outsource-make-me-feel', 'outsourcing')) expect(t).not.toMatch(/when that happen/);
  });
  it('what the draft says happened is not softened into "felt like crying"', () => {
    const all = one('you made me cry at the wedding', 'you made me', 'outsource-make-me-feel', 'outsourcing');
    expect(all.length).toBeGreaterThan(0);
    for (const t of all) expect(t).not.toMatch(/felt like crying|feel like crying/);
  });
  it('"because of you and that row, that\'s why" is no "…, that\'s why, and I\'d like your support"', () => {
    const all = one("because of you and that row, that's why", 'because of you', 'outsource-because-of-you', 'outsourcing', 'why are you so tired?');
    expect(all.length).toBeGreaterThan(0);
    for (const t of all) {
      expect(t).not.toMatch(/that's why,? and/i);
      expect(t).toMatch(/row/);
    }
  });
  it.each([
    ['so I\'ll just go without food this week then', "I'll just go", "I can't lend you the money"],
    ["I'd already bought the tickets. but don't worry about me", "don't worry about me", "can we skip the concert?"],
  ])('a guilt trip is not answered with a feeling it never had: %s', (draft, phrase, partner) => {
    const all = one(draft, phrase, 'outsource-guilt-trip', 'outsourcing', partner);
    expect(all.length).toBeGreaterThan(0);
    for (const t of all) expect(t).not.toMatch(/lonely|miss you/i);
  });
});

describe('the support echo', () => {
  it('keeps "our" as ours', () => {
    expect(readPartner("I'm gutted you forgot our anniversary").sorryClause).toMatch(/\bour anniversary/);
  });
  it('a long message is echoed without its trailing feeling clause', () => {
    const c = readPartner("my landlord keeps ignoring my emails and I'm so stressed").sorryClause ?? '';
    expect(c).toMatch(/landlord keeps ignoring your emails/);
    expect(c).not.toMatch(/so stressed/);
  });
});

describe('on the whole pipeline', () => {
  it('a made-me-feel draft gets its own feeling back', () => {
    const d = "you've made me feel like an outsider in my own family";
    const all = rephrase(d, analyze(d)).filter((r) => r.kind === 'rewrite');
    expect(all[0]?.text ?? '').toMatch(/outsider/);
  });
});

describe('"it makes me feel…" after their act names the act and owns the feeling', () => {
  it.each([
    ['you shut me out and it makes me feel awful', 'I just need some space', /when you shut me out, I feel awful/i],
    ['when you go quiet it makes me so anxious', 'sorry, been a weird day', /when you go quiet, I feel so anxious/i],
  ])('%s', (draft, partner, want) => {
    const ctx = { partnerMessage: partner };
    const { rewrite } = suggestionFor(draft, analyze(draft, ctx), ctx);
    expect(rewrite).toMatch(want);
    expect(analyze(rewrite!, ctx).filter((f) => f.category !== 'reflective')).toEqual([]);
  });
});

describe('the echo of what happened speaks of it as the listener would', () => {
  it.each([
    ['just ask your teacher for extra help', "Mum I'm really struggling with the maths homework, I feel so thick", /I'm sorry you're really struggling with the maths homework/i, /sorry mum/i],
    ['focus on you now. gym, glow up, the works', "Jake and I broke up. I don't even know who I am without him", /I'm sorry you and Jake broke up/, /jake and you/i],
  ])('%s (after "%s")', (draft, partner, want, never) => {
    const ctx = { partnerMessage: partner };
    const { rewrite } = suggestionFor(draft, analyze(draft, ctx), ctx);
    expect(rewrite).toMatch(want);
    expect(rewrite).not.toMatch(never);
  });
});

describe('a sarcastic "course they were." and a tag without a comma leave the story', () => {
  it('drops both', () => {
    const draft = "course they were. you just can't help yourself can you";
    const ctx = { partnerMessage: 'I bought new trainers, they were on sale!' };
    const { rewrite } = suggestionFor(draft, analyze(draft, ctx), ctx);
    expect(rewrite).toBeTruthy();
    expect(rewrite).not.toMatch(/course they were|yourself can you/i);
  });
});

describe('a partner who asked only to vent gets listening, never the idea back', () => {
  it.each([
    ['you should just quit tbh', "I don't need advice, I just need to vent. work is killing me", /quit/i],
    ['maybe talk to your manager?', 'I just need to vent for a sec, my manager humiliated me in the meeting', /talk(ing)? to your manager|need to vent/i],
    ['have you tried earplugs', 'not looking for solutions, just so tired of the neighbours', /earplugs/i],
  ])('%s (after "%s")', (draft, partner, never) => {
    const ctx = { partnerMessage: partner };
    const { rewrite } = suggestionFor(draft, analyze(draft, ctx), ctx);
    expect(rewrite).toBeTruthy();
    expect(rewrite).not.toMatch(never);
    expect(analyze(rewrite!, ctx).filter((f) => f.category !== 'reflective')).toEqual([]);
  });
});
