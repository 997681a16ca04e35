/**
 * Defects a user would notice at once when reading rewrites of flagged drafts: bad news
 * celebrated, "I'm sorry got dumped", a capital in mid-sentence, a minimising tail kept after the
 * question, "anything … don't matter", a dangling "then" or "every single time", praise turned into
 * a wish, forgiveness read as a dismissal. Our own example sentences.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '@/utils/analysis/analyze';
import { rephrase } from '@/utils/analysis/rephrase';
import { readPartner } from '@/utils/analysis/rephrase/partner';
import { readYouClause, storyClause } from '@/utils/analysis/rephrase/assumption';
import { flipPronouns } from '@/utils/analysis/reflect';
import type { AnalysisContext, Finding } from '@/utils/analysis/types';

const ctx = (partner?: string): AnalysisContext | undefined => (partner ? { partnerMessage: partner } : undefined);
const offersFor = (draft: string, partner?: string) => rephrase(draft, analyze(draft, ctx(partner)), ctx(partner));
/** A finding as a rule would report it, so the test does not depend on the rule tables. */
const finding = (draft: string, phrase: string, reason: string, category: Finding['category']): Finding => {
  const start = draft.indexOf(phrase);
  return { category, start, end: start + phrase.length, phrase, severity: 'medium', reason, explanation: '' };
};
const forced = (draft: string, phrase: string, reason: string, category: Finding['category'], partner?: string) =>
  rephrase(draft, [finding(draft, phrase, reason, category)], ctx(partner));
const texts = (rs: { text: string }[]) => rs.map((r) => r.text);

describe('the partner read: news that is not good is not celebrated', () => {
  it.each([
    'got my scan results back, my iron is really low',
    'ugh got a speeding fine on the way home',
    'got a letter from the council about the bins, annoying',
    "I don't think I'll get the promotion tbh",
  ])('%s → not good news', (m) => {
    expect(readPartner(m).mood).not.toBe('good');
  });
  it.each(['I got the job!!', 'we got a puppy today!!', 'finally got my visa sorted 🎉'])('%s → good news', (m) => {
    expect(readPartner(m).mood).toBe('good');
  });
  it('laughter is not hardship', () => {
    expect(readPartner("that dog video 😂 I'm actually crying").mood).not.toBe('hard');
  });
  it('an apology is read as one, with nothing to be sorry about', () => {
    const p = readPartner("I'm so sorry I knocked your plant over");
    expect(p.apology).toBe(true);
    expect(p.sorryClause).toBeNull();
  });
});

describe('the sorry clause keeps a subject and no emoji', () => {
  it.each([
    ['lost my phone on the train 😭', 'you lost your phone on the train'],
    ['feeling really down today', "you're feeling really down today"],
    ['so tired of the house hunting', "you're so tired of the house hunting"],
  ])('%s → %s', (m, clause) => {
    expect(readPartner(m).sorryClause).toBe(clause);
  });
  it('a sentence that starts with neither a subject nor a known verb is not quoted', () => {
    expect(readPartner('properly gutted about the gig being off').sorryClause ?? '').not.toMatch(/^properly/);
  });
});

describe('flipPronouns', () => {
  it('keeps no capital in mid-sentence', () => {
    expect(flipPronouns("I'm worried I'm a terrible cook")).toBe("You're worried you're a terrible cook");
    expect(flipPronouns('the neighbours are loud and I\'m exhausted')).toBe("the neighbours are loud and you're exhausted");
  });
  it('reads "you" before a verb as the subject', () => {
    expect(flipPronouns("I'm upset you didn't call me")).toBe("You're upset I didn't call you");
  });
});

describe('minimising tails do not survive the rewrite', () => {
  it('a dismissal: the reason it is small goes, the speaker\'s own help stays', () => {
    const gone = forced("it's only a phone, it can be replaced", "it's only a phone", 'minimise-bright-side', 'rushed-fix', 'someone nicked my phone on the bus 😭');
    expect(gone.length).toBeGreaterThan(0);
    for (const t of texts(gone)) expect(t).not.toMatch(/replaced|only a phone/i);
    const help = forced("calm down, I'll come over after work", 'calm down', 'minimise-calm-down', 'rushed-fix', "I'm so upset about the landlord");
    expect(texts(help).some((t) => /I'll come over after work/.test(t))).toBe(true);
  });
  it('an offer: a promise that it will all be fine goes', () => {
    const all = forced("go for a swim, you'll feel loads better", 'go for a swim', 'advice-imperative', 'rushed-fix', 'feeling so flat today');
    expect(all.length).toBeGreaterThan(0);
    for (const t of texts(all)) {
      expect(t).toMatch(/swim/);
      expect(t).not.toMatch(/feel loads better/);
    }
  });
  it('a dismissal dressed as advice is never offered back', () => {
    for (const [draft, phrase] of [
      ["she was only teasing, don't take it so personally", "don't take it so personally"],
      ['you can always try again next year', 'you can always try again'],
    ] as const) {
      const all = forced(draft, phrase, 'advice-dont', 'rushed-fix', 'I feel awful about what happened');
      for (const t of texts(all)) expect(t).not.toMatch(/personally|try again|would you be open|what do you think about/i);
    }
  });
  it('an apology is met with forgiveness, not with "I\'m sorry you\'re so sorry"', () => {
    const all = forced("don't worry about it, it was a cheap one anyway", "don't worry about it", 'minimise-dont-worry', 'rushed-fix', "I'm so sorry I knocked your plant over");
    expect(all.length).toBeGreaterThan(0);
    for (const t of texts(all)) {
      expect(t).toMatch(/okay|alright/i);
      expect(t).not.toMatch(/sorry you/i);
    }
  });
});

describe('assumption stories read as a person would say them', () => {
  it('agreement follows the head of the noun phrase', () => {
    expect(storyClause("you don't care about anything that matters to me")).toBe("anything that matters to me doesn't matter to you");
    expect(storyClause("you don't care about the things I say")).toBe("the things I say don't matter to you");
    expect(storyClause("you don't care about my plans")).toBe("my plans don't matter to you");
  });
  it('a habit tied to a moment is in the simple present', () => {
    expect(storyClause('you always leave the minute it gets awkward')).toBe('you often leave the minute it gets awkward');
  });
  it('chat words are not part of the story', () => {
    expect(storyClause('you always lose your keys lol')).toBe('you often lose your keys');
  });
  it('a stative verb is not made progressive', () => {
    expect(readYouClause('you obviously find me boring')).toMatchObject({ kind: 'verb' });
    expect(storyClause('you obviously find me boring')).toBe('you find me boring');
  });
  it('a repeated absolute after the sentence goes with the rewrite', () => {
    const draft = 'you always finish the milk. every single time';
    const all = forced(draft, 'you always', 'assume-always-never', 'assumption');
    expect(all.length).toBeGreaterThan(0);
    for (const r of all) expect(draft.slice(0, r.start) + r.text + draft.slice(r.end)).not.toMatch(/every single time/);
  });
  it('a wish never inverts: no "if you forgot", no "if you planned anything"', () => {
    for (const t of texts(forced('you never forget when someone owes you money', 'you never', 'assume-always-never', 'assumption'))) expect(t).not.toMatch(/if you forgot/);
    for (const t of texts(forced('you never suggest anything fun', 'you never', 'assume-always-never', 'assumption'))) expect(t).not.toMatch(/suggested anything/);
  });
  it('a certainty tail ("it\'s so obvious") does not follow the question', () => {
    for (const t of texts(forced('you clearly prefer his company, it is so obvious', 'you clearly', 'assume-mind-reading', 'assumption'))) expect(t).not.toMatch(/obvious/);
  });
});

describe('praise, jokes and asked-for advice get no rewrite', () => {
  it.each([
    ['you never fail to cheer me up x', 'you never'],
    ['you always smash your exams', 'you always'],
    ['you never let me down', 'you never'],
  ])('%s', (draft, phrase) => {
    expect(forced(draft, phrase, 'assume-always-never', 'assumption')).toEqual([]);
  });
  it('a joke credited to the partner', () => {
    const draft = "because of you I'm hooked on crosswords now 😂";
    expect(forced(draft, 'because of you', 'outsource-because-of-you', 'outsourcing')).toEqual([]);
  });
  it('advice the partner asked for is offered plainly, without "would you rather vent"', () => {
    const draft = 'wear the green one';
    const all = forced(draft, 'wear the green one', 'advice-imperative', 'rushed-fix', 'which jumper should I wear tonight?');
    for (const t of texts(all)) expect(t).not.toMatch(/vent|listen|no pressure|only if/i);
    expect(texts(all).some((t) => /green one/.test(t))).toBe(true);
  });
  it('a complaint about them is still rewritten', () => {
    expect(forced('you never wash up after dinner', 'you never', 'assume-always-never', 'assumption').length).toBeGreaterThan(0);
  });
});

describe('the offer keeps the idea and leaves the voice of the advice', () => {
  it('"then", "tbh" and a kiss are not inside the question', () => {
    for (const [draft, partner] of [
      ['ask your sister to help then', 'the move is stressing me out so much'],
      ['just tell your manager tbh', 'my manager keeps piling work on me'],
      ['have a long bath tonight x', "I'm so stressed about work"],
      ['cut down on the crisps, simple as', 'my jeans are so tight lately'],
    ] as const) {
      const all = forced(draft, draft.split(' ').slice(0, 2).join(' '), 'advice-imperative', 'rushed-fix', partner);
      expect(all.length).toBeGreaterThan(0);
      for (const t of texts(all)) {
        expect(t).not.toMatch(/\b(then|tbh|x|simple as)\b(?=[^.!?]*\?)/);
        expect(t).not.toMatch(/,\?/);
      }
    }
  });
  it('no "help … might help"', () => {
    for (const t of texts(forced('ask your sister to help', 'ask your', 'advice-imperative', 'rushed-fix', 'the move is stressing me out so much'))) expect(t).not.toMatch(/help.*might help/);
  });
  it('"start doing X" is offered as doing X', () => {
    for (const t of texts(forced('start saving a bit each month', 'start saving', 'advice-imperative', 'rushed-fix', "I'm so worried about money"))) expect(t).not.toMatch(/starting saving/);
  });
  it('"make me feel X every time" is owned as "I feel X", never "I get X"', () => {
    const all = forced('you make me feel silly every time I ask a question', 'you make me feel', 'outsource-make-me-feel', 'outsourcing');
    expect(all.length).toBeGreaterThan(0);
    for (const t of texts(all)) expect(t).not.toMatch(/I get silly/);
  });
});

describe('more read defects', () => {
  it('a tag question is not carried into the question the rewrite asks', () => {
    const all = forced("you think I forget on purpose, don't you", 'you think', 'assume-mind-reading', 'assumption');
    expect(all.length).toBeGreaterThan(0);
    for (const t of texts(all)) expect(t).not.toMatch(/don't you/);
  });
  it('a sentence without its "I" gets it back when the blame is cut', () => {
    const all = forced('waited an hour. feel so stupid now because of you', 'because of you', 'outsource-because-of-you', 'outsourcing');
    expect(texts(all).some((t) => /I feel so stupid now/.test(t))).toBe(true);
    for (const t of texts(all)) expect(t).not.toMatch(/(^|\. )feel so stupid/i);
  });
  it('a well-wish read as advice gets no offer', () => {
    const draft = "can't come tonight, sorry. give him my best";
    expect(forced(draft, 'give him', 'advice-imperative', 'rushed-fix')).toEqual([]);
  });
  it('a short apology with no "I" is still an apology', () => {
    expect(readPartner('sorry, forgot to ring back').apology).toBe(true);
  });
  it('"do you recommend …?" asks for advice', () => {
    expect(readPartner('do you recommend any books on budgeting?').askedAdvice).toBe(true);
    expect(readPartner('my sister keeps borrowing money').askedAdvice).toBe(false);
  });
  it('a feeling word about someone else is not their feeling', () => {
    expect(readPartner('my flatmates keep calling me annoying').feeling).not.toBe('annoyed');
  });
  it('"don\'t let it scare you", "keep a positive mindset", "don\'t be stressed" are dismissals, not offers', () => {
    for (const [draft, phrase] of [
      ["don't let this exam scare you", "don't let"],
      ['just keep a positive mindset', 'just keep'],
      ["don't be stressed about the move", "don't be"],
    ] as const) {
      for (const t of texts(forced(draft, phrase, 'advice-dont', 'rushed-fix', "I'm dreading everything this week"))) expect(t).not.toMatch(/scare you|positive mindset|being stressed|would you be open|what do you think about|how would you feel about/i);
    }
  });
});

describe('"have you had a chance to…" offers the act, not the chance', () => {
  it('offers talking to the tutor, not "having a chance to talk"', () => {
    const out = texts(offersFor('have you had a chance to speak to your landlord?', "the flat has had damp for months and I'm so fed up"));
    expect(out.length).toBeGreaterThan(0);
    for (const t of out) expect(t).not.toMatch(/having a chance|had a chance/i);
    expect(out.join(' ')).toMatch(/speaking to your landlord/);
  });
});

describe('"you made me look…" is said as how it felt', () => {
  it.each([
    ['you made me look like a fool at dinner', /I felt like a fool at dinner/],
    ['because you made me look so petty in front of my sister', /I felt so petty in front of my sister/],
  ])('%s', (draft, want) => {
    const out = texts(offersFor(draft));
    expect(out.length).toBeGreaterThan(0);
    expect(out[0]).toMatch(want);
    for (const t of out) expect(t).not.toMatch(/\bfelt made\b|I'm worried I look/);
  });
});

describe('the fix\'s verdict on itself goes with the fix', () => {
  it.each([
    ['unfollow her. problem solved', "I keep seeing my ex's new girlfriend on my feed and it's killing me"],
    ['just leave the group chat. easy 👍', "I'm so anxious, the family chat has been kicking off all day"],
  ])('%s', (draft, partner) => {
    const offer = offersFor(draft, partner)[0];
    expect(offer?.kind).not.toBe('ask');
    const whole = draft.slice(0, offer!.start) + offer!.text + draft.slice(offer!.end);
    expect(whole).not.toMatch(/problem solved|easy/i);
  });
});

describe('an apology that carries a hurt is answered as something hard', () => {
  it('names the feeling after "sorry I\'ve been so low"', () => {
    expect(readPartner("sorry I've been so low lately, everything feels heavy").mood).toBe('hard');
    expect(readPartner('so sorry I forgot to call you back').apology).toBe(true);
    const offer = offersFor('you should book a weekend away', "sorry I've been so low lately, everything feels heavy")[0];
    expect(offer?.text ?? '').toMatch(/\blow\b/i);
  });
});
