/**
 * Advice in support replies (peer support, volunteers, a friend answering a problem), in shapes the
 * rules missed: advice asked as a question about ability, "I urge you to…", pointing to a resource,
 * "you may need to…", "what if you…", what helped said of an activity, and imperatives after a
 * problem told without feeling words ("my company is shutting down"). Our own sentences; each class
 * has look-alikes that must stay quiet (logistics, plans, encouragement after good news, the
 * speaker's own story, sincere questions).
 */
import { describe, expect, it } from 'vitest';
import { analyze, labelsOf } from '../../utils/analysis';
import { carriesFeeling } from '../../utils/analysis/context';

const rushed = (text: string, partner?: string) =>
  labelsOf(analyze(text, partner ? { partnerMessage: partner } : undefined)).includes('rushed-fix');

const MONEY = "I'm struggling with money at the moment, the bills keep coming";
const JOB = 'my company is shutting down at the end of the month';
const LIE = 'he lied to me about where he was all weekend';
const BOSS = 'my manager keeps yelling at me in front of everyone';
const PLAIN = 'are you free on saturday afternoon?';
const NEWS = 'I got the place on the course!!';

describe('a problem told without feeling words counts as context', () => {
  it('reads money, a job going, a lie, a mistreating boss and not knowing how to cope as a problem', () => {
    for (const m of [
      MONEY, JOB, LIE, BOSS,
      "we can't make ends meet since the rent went up",
      'I might lose my job after the merger',
      "I don't know how to deal with my flatmate any more",
      'I moved here in june and I do not know anyone',
      'we keep arguing about every little thing',
      "it's been three months and I still haven't got over him",
      'the engagement is over and the flat is half empty',
      "I don't really have any friends here",
    ]) expect(carriesFeeling(m), m).toBe(true);
  });
  it('does not read logistics, plans or good news as a problem', () => {
    for (const m of [
      PLAIN, NEWS,
      'the shop is closing early today',
      'not sure what to do for dinner tonight',
      'did you pay the bills yet?',
      'my boss is taking the team out for lunch',
      'I have to pay the rent tomorrow, can you send your half?',
      "we're out of milk again",
      'need to get over this cold before the trip',
      'my nerves were fine in the end, it went great',
    ]) expect(carriesFeeling(m), m).toBe(false);
  });
});

describe('support advice after a problem', () => {
  const cases: [string, string][] = [
    // advice asked as a question about ability or willingness
    [MONEY, 'Is it possible for you to ask your landlord for a few extra weeks?'],
    [JOB, 'Would it be possible to pick up some freelance work in the meantime?'],
    [MONEY, 'Are you able to lean on your brother for a little while?'],
    [BOSS, 'Would you be willing to speak with someone in HR?'],
    [LIE, 'Do you think you could ask him straight out what is going on?'],
    // urging
    [BOSS, 'I urge you to write down every time it happens.'],
    // pointing to a resource
    [MONEY, 'There is a group called Pennywise that helps people with debts like this.'],
    [LIE, 'There are counsellors who specialise in couples going through exactly this.'],
    // may / might need to
    [BOSS, 'You may need to go above his head on this one.'],
    [JOB, 'you might have to start looking before the notice comes'],
    // what if you…, how about + -ing
    [BOSS, 'What if you asked to move desks away from him?'],
    [MONEY, 'how about setting aside a little each week for the bills?'],
    // what helped, said of an activity
    [JOB, 'Keeping a routine really helped me when my last job went.'],
    [MONEY, 'it might be able to help with the money side of things.'],
    // I would…, you can…, bare imperatives after a problem
    [MONEY, 'i would ring the energy company and ask about a payment plan'],
    [JOB, 'You can ask your old manager for a reference.'],
    [JOB, 'Update your CV this weekend and start applying.'],
    [LIE, 'Talk to him about it when you are both calm.'],
    [BOSS, 'Could you speak to someone above him about it?'],
    [MONEY, 'There are lots of free debt advice services that can help with exactly this.'],
  ];
  for (const [partner, text] of cases) it(text, () => expect(rushed(text, partner)).toBe(true));
});

describe('look-alikes that stay quiet', () => {
  const cases: [string | undefined, string][] = [
    // logistics and sincere questions
    [PLAIN, 'Are you able to bring a couple of folding chairs?'],
    [PLAIN, 'Is it possible for you to pick me up at six?'],
    [PLAIN, 'Would it be possible to move dinner to eight?'],
    [undefined, 'Are you able to hear me ok now?'],
    [PLAIN, 'What if you come round after lunch instead?'],
    // encouragement after good news
    [NEWS, 'you can do it, I am so proud of you!'],
    [NEWS, 'I encourage you to enjoy every minute of it, you earned it!'],
    // the speaker's own story and plans
    [PLAIN, "There's a group of us going to the lake, want to come?"],
    [undefined, 'Running helped me lose weight last year, I love it now.'],
    [undefined, 'I went to a book club last night, it was lovely.'],
    // worry, not advice
    [BOSS, 'What if you lose your job over this?'],
    [LIE, 'what if you are wrong about him though?'],
    // comfort and offers after a problem
    [MONEY, 'You can stay with us as long as you need.'],
    [MONEY, 'you can talk to me anytime, day or night'],
    [JOB, 'talk to you later, I am thinking of you'],
    [LIE, 'can you talk to him for me? I am too angry'],
    [BOSS, 'I would agree with you, he sounds exhausting.'],
  ];
  for (const [partner, text] of cases) it(text, () => expect(rushed(text, partner)).toBe(false));
});
