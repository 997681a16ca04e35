/**
 * The advice gate: which partner messages make advice a rushed fix, and which make it an answer.
 * Troubles told without a feeling word (a thing stressing them out, a hurt from someone, a setback,
 * the body, a wrong nobody will put right) open it; a practical question, good news, or an offer of
 * the speaker's home keep suggestions innocent; a bare "yeah" / "thanks" after earlier talk carries
 * no feeling and asks nothing, so the rules' gate stays shut as with no message at all (the scorer
 * still sees a plain message, not an opener: mid-conversation lines are not first lines). New rules: a remedy's effect ("a walk can really help"),
 * a thing pointed to as a question ("do you have a stress ball you can keep?"), a silver lining
 * ("you'll find someone better"). Our own sentences; each has look-alikes that must stay quiet.
 */
import { describe, expect, it } from 'vitest';
import { analyze, labelsOf } from '../../utils/analysis';
import { asksForAdvice, carriesFeeling, isGoodNews } from '../../utils/analysis/context';

const rushed = (text: string, partner?: string) =>
  labelsOf(analyze(text, partner ? { partnerMessage: partner } : undefined)).includes('rushed-fix');

describe('troubles told without a feeling word open the gate', () => {
  it('reads them as a problem shared', () => {
    for (const m of [
      'the move is stressing me out so much',
      'these migraines are freaking me out',
      'uni is absolutely burying me this term',
      "i'm so sick of doing all the washing up",
      "my cousin didn't invite me to her birthday drinks",
      "my brother hasn't replied in two weeks",
      'my son forgot my birthday',
      'nobody turned up to my gig',
      'my boss shouted at me in front of the whole team',
      'I got made redundant on friday',
      "I didn't get the promotion",
      "I think I'm gonna fail chemistry",
      'I keep messing up at work',
      'money is really tight since the car broke',
      "I've had this cough for a month and it won't go",
      "my knee's swollen again",
      "the letting agent won't fix the heating",
      "found out he's been lying to me about the debts",
      'I feel like such a failure',
      "still haven't heard back about the flat",
      "I don't think I'm good enough for this job",
      'what am I even supposed to do now',
    ]) expect(carriesFeeling(m), m).toBe(true);
  });
  it('does not read plans, logistics, praise or good news as a problem', () => {
    for (const m of [
      "I'm home alone tonight, pizza?",
      'been lying on the beach all day',
      'the bus is running a bit late',
      'you always make me laugh',
      'I got the flat!!',
      'we split the bill three ways',
      'the printer is out of ink',
      'my knee is fine now, ran 5k today',
      'have you heard back from the plumber?',
      'yeah',
      'thanks!',
    ]) expect(carriesFeeling(m), m).toBe(false);
  });
  it('turns the errand-shaped advice after them into a rushed fix', () => {
    expect(rushed('just tell her you were hurt', "my cousin didn't invite me to her birthday drinks")).toBe(true);
    expect(rushed('go to the doctor!!', "I've had this cough for a month and it won't go")).toBe(true);
    expect(rushed('get on the job sites tonight', 'I got made redundant on friday')).toBe(true);
  });
});

describe('a bare "yeah" or "thanks" opens no gate: errands stay quiet as with no message', () => {
  const drafts = [
    'grab milk on the way back x',
    'go to bed, it is late',
    'come here and give me a hug',
    'you always make me laugh',
    'book the table for 8 then',
  ];
  it('keeps errands, wishes and loving lines quiet after a backchannel, as with no message at all', () => {
    for (const partner of ['yeah', 'ok', 'thanks', 'idk', 'sure', 'haha yeah']) {
      for (const d of drafts) expect(rushed(d, partner), `${partner} -> ${d}`).toBe(rushed(d));
    }
  });
  it('still flags advice that is a fix in its own words', () => {
    for (const partner of ['yeah', 'thanks', 'idk']) {
      expect(rushed('you should just talk to her about it', partner)).toBe(true);
      expect(rushed("don't worry about it, it'll all work out", partner)).toBe(true);
    }
  });
});

describe('innocent look-alikes the gate keeps quiet', () => {
  it('reads more practical asks as asking', () => {
    for (const m of [
      'my phone keeps crashing, any idea how to fix it?',
      'no idea what to get my sister for christmas, help',
      'do I need to bring anything on saturday?',
      'should we dress up for it?',
    ]) expect(asksForAdvice(m), m).toBe(true);
    for (const m of ["I don't know what to do any more", 'should I bring it up with my manager?', 'what step should I take next?']) {
      expect(asksForAdvice(m), m).toBe(false);
    }
  });
  it('answers to practical questions and etiquette reassurance are not rushed', () => {
    expect(rushed("you'll be fine, nobody minds trainers there", 'is it ok to wear trainers to the christening?')).toBe(false);
    expect(rushed("don't worry, you'll be fine, just bring yourself", 'do I need to bring anything on saturday?')).toBe(false);
    expect(rushed('try holding the power button for ten seconds', 'my phone keeps crashing, any idea how to fix it?')).toBe(false);
    expect(rushed('you could get her that scarf she liked', 'no idea what to get my sister for christmas, help')).toBe(false);
  });
  it('suggestions after good news join in', () => {
    expect(isGoodNews('I got the job!!')).toBe(true);
    expect(rushed('you should celebrate with a massive dinner!', 'I got the job!!')).toBe(false);
    expect(rushed('you should treat yourself this weekend', 'I finally handed in my thesis!!')).toBe(false);
    // good news about others next to a trouble is not good news
    expect(rushed("what about trying a new app", "I'm 30 and still single and everyone's getting engaged")).toBe(true);
  });
  it('an offer of the speaker home is care, not a fix', () => {
    expect(rushed('just stay at mine tonight', "ugh the last train's cancelled and I'm knackered")).toBe(false);
    expect(rushed('come stay with us for the weekend', "I'm so stressed with the builders in")).toBe(false);
    // a place elsewhere is still advice
    expect(rushed('stay with your sister for a bit, get some space', "he's being awful and I can't cope")).toBe(true);
  });
});

describe('new advice shapes after a problem', () => {
  const LOW = 'I feel so low today';
  it('flags a remedy told by its effect, a thing pointed to, a silver lining', () => {
    expect(rushed('a walk can really help, honestly', LOW)).toBe(true);
    expect(rushed('that will help with the nerves', "I'm so nervous about the interview")).toBe(true);
    expect(rushed('do you have a stress ball or something you can keep in your bag?', 'I get so anxious on the bus')).toBe(true);
    expect(rushed("you'll find someone so much better", "she dumped me and I'm gutted")).toBe(true);
    expect(rushed("I'd also very highly recommend a hobby", 'I feel lonely')).toBe(true);
  });
  it('stays quiet on offers, wishes, thanks, favours and things found', () => {
    for (const d of [
      'I can help you with that tomorrow',
      'hope this helps x',
      'talking to you always helps',
      'you really helped me today, thank you',
      'do you have a minute you can spare?',
      "you'll find the keys in the drawer",
    ]) expect(rushed(d, LOW), d).toBe(false);
  });
  it('takes no surprise for patience', () => {
    expect(rushed("wait WHAT. are you ok?? that's huge", 'found out my dad has been lying to my mum for years')).toBe(false);
    expect(rushed('wait a week before you reply to him', "he ghosted me and I'm so upset")).toBe(true);
  });
});
