/**
 * The scorer now raises assumption and outsourcing where no rule did (round 7 of #13). What it
 * raises must pass the rules' own frames: a story read into a loving line, thanks or a joke is the
 * false alarm that costs most. And the look-alikes that reading many written offers turned up:
 * marvelling at a habit, an apology about something, the speaker taking the job on before "don't
 * worry", cheering on an offer.
 */
import { describe, expect, it } from 'vitest';
import { analyze, labelsOf } from '../../utils/analysis';

const labels = (text: string, partner?: string) => labelsOf(analyze(text, partner ? { partnerMessage: partner } : undefined));
const scored = (text: string, partner?: string) =>
  analyze(text, partner ? { partnerMessage: partner } : undefined)
    .filter((f) => f.reason.startsWith('scored-'))
    .map((f) => `${f.reason}:${f.phrase}`);

describe('a scored story or blame passes the rules frames', () => {
  it('stays quiet beside admiration, thanks, a laugh, a granted reason or a quote', () => {
    for (const t of [
      "you just didn't want to wake the baby, that's so thoughtful",
      'honestly I was so touched, I cannot say thank you enough',
      "you really think you're the next gordon ramsay don't you 😂",
      "you just don't fancy the long drive, fair enough",
      'my sister said "you never think of anyone else" to me, can you believe it',
      "I'm so disappointed about how the weekend went. can we talk? and now I can't switch off",
    ])
      expect(scored(t), t).toEqual([]);
  });

  it('still finds a story or blame told with none of those frames', () => {
    // the rules and the scorer together: which of them finds it is not the point
    expect(labels("sure you were 'stuck at work' again 🙄")).toContain('assumption');
    expect(labels('fine. I guess I will sit through the whole party on my own then')).toContain('outsourcing');
    expect(labels("you couldn't care less whether I come or not")).toContain('assumption');
  });
});

describe('look-alikes found by reading offers on written lines', () => {
  it('marvelling at a habit is praise', () => {
    expect(labels("you never miss anyone's anniversary, how do you do it", 'I got your parents a card')).not.toContain('assumption');
    expect(labels("you always remember everyone's names, I don't know how you manage")).not.toContain('assumption');
    // a complaint with the same question is still one
    expect(labels("you never listen to a word I say, why do you even ask")).toContain('assumption');
  });

  it('an apology "about" something is their own, so "don\'t worry about it" forgives', () => {
    expect(labels("don't worry about it, I already phoned the bank and fixed it x", "I'm really sorry about the mix-up with the bills")).not.toContain('rushed-fix');
    expect(labels("don't worry about it, you'll be fine", "I'm so anxious about the exam tomorrow")).toContain('rushed-fix');
  });

  it('the speaker taking the job on, before or after "don\'t worry", is care', () => {
    expect(labels("I'll collect you from the station, don't worry about a taxi")).not.toContain('rushed-fix');
    expect(labels("don't worry about the washing, I'll do it")).not.toContain('rushed-fix');
    // an offer in another sentence does not make brushing a worry aside care
    expect(labels("don't worry, it'll be fine. I'll make you breakfast", "I'm dreading the interview, I feel sick")).toContain('rushed-fix');
  });

  it('after good news, cheering them on to take it joins in; a practical fix still skips the celebration', () => {
    expect(labels("you'd be brilliant at it, you should absolutely go for it!!", "I've been offered a place on the course!")).not.toContain('rushed-fix');
    expect(labels('you should negotiate the salary', 'I GOT THE JOB!!!')).toContain('rushed-fix');
  });

  it('a fond protest, a car left at ours, a chore already done and a treat after payday are care', () => {
    expect(labels("stop, you're making me tear up (happy tears) 😭", 'you were amazing at the party tonight')).toEqual([]);
    expect(labels("stop it you, I'm blushing")).toEqual([]);
    expect(labels('just leave your bike at ours and walk over with us', 'the bike racks at the station are always full')).not.toContain('rushed-fix');
    expect(labels("don't worry about the gas, I topped it up this morning")).not.toContain('rushed-fix');
    expect(labels('treat yourself this weekend, you earned it', 'finally got paid!!')).not.toContain('rushed-fix');
    // the same words rushing past a hurt or a fault stay findings
    expect(labels('stop overthinking it', 'my boss yelled at me in front of everyone')).toContain('rushed-fix');
    expect(labels("stop, you're being so dramatic")).toContain('assumption');
    expect(labels('you made me cry and I am still not over it')).toContain('outsourcing');
  });
});
