/**
 * Support replies (peer support, a friend answering a problem), wave 6: advice in shapes the rules
 * missed ("you'll have to…", "have you had a chance to talk to…", "do you have anyone you can talk
 * to?", "you might benefit from…", "take a deep breath", "it may be important to…"), reflections they
 * missed ("I hate to hear…", "I know you're anxious", "what led you to feel…", "that has to be a
 * rough…", "I do understand", "I can definitely relate"), and the false alarms they raised (a
 * wish, a condition, a describing word, the chat's own slips). Our own sentences; each class has
 * look-alikes that must stay quiet: plans between partners, invitations, sincere questions, good news,
 * loving lines.
 */
import { describe, expect, it } from 'vitest';
import { analyze, labelsOf } from '../../utils/analysis';

const labels = (text: string, partner?: string) => labelsOf(analyze(text, partner ? { partnerMessage: partner } : undefined));
const rushed = (text: string, partner?: string) => labels(text, partner).includes('rushed-fix');
const reflective = (text: string, partner?: string) => labels(text, partner).includes('reflective');

const LOW = "I've been feeling really low since the move, nobody here knows me";
const NERVES = "my interview is tomorrow and I'm so nervous I can't sleep";
const PLAIN = 'what time are we leaving on saturday?';
const NEWS = 'I got the job!!';

describe('support advice in new shapes', () => {
  const cases: [string | undefined, string][] = [
    // "you'll have to / you will need to"
    [LOW, "you'll have to find a club or something to meet people"],
    [undefined, 'You will need to set some limits with your sister.'],
    [NERVES, "you'll have to take a break from revising tonight"],
    // "you need to give yourself…" (the idiom "you have to give it to her" stays out)
    [undefined, 'You need to give yourself a bit of grace here.'],
    // coping phrases with "take", whatever came before
    [undefined, 'Take a deep breath and go through your notes once more.'],
    [undefined, 'Just take a step back from it for a few days.'],
    // "have you had a chance to…", "have you had that talk with…"
    [undefined, 'Have you had a chance to talk to your tutor about it?'],
    [undefined, 'Have you had an honest conversation with him yet?'],
    // "have you started looking…", "have you thought of talking…"
    [LOW, 'Have you started looking at evening classes?'],
    // pointing to support as a question
    [LOW, 'Do you have anyone you could talk to about this?'],
    [undefined, 'do you have a friend who could stay with you this week?'],
    // "you might benefit from…", "it may be important to…", "the best approach is…"
    [undefined, 'You might benefit from a few sessions with a counsellor.'],
    [NERVES, 'I think it may be important to get some sleep before anything else.'],
    [undefined, 'The best approach is to tell her straight away.'],
    // "don't obsess / compare / panic"
    [NERVES, "Don't compare yourself to the other candidates."],
    // "I think you can try…" hedges advice
    [undefined, 'I think you can try ringing them first thing.'],
    // a plan with a day on it advises once a problem was shared
    ["the stall was empty all day and I'm gutted", 'maybe try the other market on saturday?'],
  ];
  for (const [partner, text] of cases) it(text, () => expect(rushed(text, partner)).toBe(true));
});

describe('look-alikes of the new advice shapes stay quiet', () => {
  const cases: [string | undefined, string][] = [
    // plans, requests and invitations
    [PLAIN, "you'll have to wait till friday for your present"],
    [PLAIN, "you'll have to show me the photos!"],
    [PLAIN, "you'll have to get up early, the train is at 7"],
    [PLAIN, "you'll have to come round and see the new kitchen"],
    [undefined, "you have to give it to her, she's a brilliant cook"],
    [undefined, 'maybe try the new place on Friday?'],
    [PLAIN, 'the best plan is to meet at the station at 7'],
    [PLAIN, "don't rush, I'm still getting ready"],
    // sincere questions
    [PLAIN, 'have you had a chance to look at the photos?'],
    [PLAIN, 'do you have anyone that can help me move the sofa?'],
    [undefined, 'have you looked at the menu yet?'],
    // good news
    [NEWS, 'you will have to celebrate this weekend, so proud of you!'],
    [NEWS, "you'll have to throw a party, I'll bring the cake"],
    [PLAIN, 'only two beds, so one of you will have to take the sofa'],
    // loving lines
    [undefined, 'you always make me laugh, I love you'],
    [undefined, 'take a deep breath of that sea air for me, I miss you'],
    // the speaker's own story, their own judgement
    [LOW, 'I joined a choir when I moved, that was a great way to meet people'],
    [LOW, 'I only know two people at work, so that helps.'],
    [LOW, 'looking back, my move was for the best, and yours might be too'],
    [LOW, 'you know what the best thing to do is, you always have'],
  ];
  for (const [partner, text] of cases) it(text, () => expect(rushed(text, partner)).toBe(false));
});

describe('reflections in new shapes', () => {
  const cases: [string | undefined, string][] = [
    [LOW, 'I hate to hear that you feel so alone.'],
    [LOW, 'so sad to hear about the move being this hard'],
    [NERVES, "i know you're anxious, that's completely fair"],
    [NERVES, 'I know you are worried about tomorrow.'],
    [LOW, 'What led you to feel this way?'],
    [LOW, 'What do you think is behind it?'],
    [LOW, "what's been on your mind lately?"],
    [LOW, 'What about the new town is getting to you?'],
    [LOW, 'That has to be an awful feeling.'],
    [LOW, "I know that's really hard."],
    [LOW, 'I do understand, the first months somewhere new are strange.'],
    [LOW, "Don't get me wrong, I totally understand why you feel that."],
    [LOW, 'I can definitely relate to that.'],
    [LOW, 'That is very understandable.'],
    [LOW, "That's okay to feel, honestly."],
    [LOW, 'I see how this could be so draining.'],
    [LOW, 'I know how lonely it can be.'],
    // inviting more, siding with them, a judged bummer
    [LOW, 'Do you want to talk about why it got to you?'],
    [LOW, 'would you like to share more about it?'],
    [NERVES, 'how did the phone call make you feel?'],
    [LOW, "I've been through the same, so I can understand."],
    [undefined, 'That is so mean of them.'],
    [undefined, "honestly that's just not on!"],
    [undefined, "that's a total nightmare, I'm sorry"],
  ];
  for (const [partner, text] of cases) it(text, () => expect(reflective(text, partner)).toBe(true));
});

describe('look-alikes of reflections stay quiet', () => {
  const cases: [string | undefined, string][] = [
    // a wish, a condition
    [undefined, 'night night, hope you feel brighter tomorrow'],
    [undefined, 'If you feel like pizza later just say.'],
    // "I can tell you that…" informs
    [undefined, 'I can tell you that the train gets in at six.'],
    // imagined for oneself, reported speech
    [undefined, "I'd hate to hear that from my boss lol"],
    // a describing word, no verb saying how it is for them
    [undefined, 'The plan will take some of the stress out of this tough week ahead.'],
    // the chat's own slips
    [undefined, 'sorry for the typos, new phone'],
    [undefined, 'sorry that sent too early'],
    [undefined, 'sorry, got distracted, where were we?'],
    // "i know" + a state that is no feeling
    [undefined, "i know you're busy tonight, no rush"],
    // plans and sincere questions
    [PLAIN, 'what time is on your ticket?'],
    [PLAIN, 'would you like to share a pizza later?'],
    // a chat opener, and the phrase inside advice
    [undefined, "hey, what's on your mind today?"],
    [undefined, 'so sad to hear this from you of all people'],
    // a correction, a tease, an accusation
    [undefined, "that's not right, the total is 42"],
    [undefined, 'you ate my last chip? that is so mean lol'],
    [undefined, "that's so mean of you"],
  ];
  for (const [partner, text] of cases) it(text, () => expect(reflective(text, partner)).toBe(false));
});
