import { describe, expect, it } from 'vitest';
import { contentKept, grammarProblem } from '@/utils/analysis/rephrase/gate';
import { readPartner } from '@/utils/analysis/rephrase/partner';

describe('grammar gate (compromise tags)', () => {
  it.each([
    ["I'm telling myself you aren't text back — can you help me understand?", 'bare verb'],
    ["I'm feeling upset an idiot right now, and I'd like your support.", 'dangling feeling'],
    ['you not ask how my day was', 'bare not'],
    ['I is tired of this.', 'agreement'],
    ['Would you be open to talking to the?', 'dangling'],
    ['How would you feel about exercising always keeps mind occupied?', 'run-on'],
  ])('rejects %s', (text, why) => expect(grammarProblem(text)).toContain(why));

  it.each([
    "I'm telling myself you aren't texting back — is that fair?",
    'I feel like an idiot when that happens, and I\'d like us to talk about it.',
    "It makes sense that you're hurt. What do you need from me right now?",
    'Congratulations!! 🎉 How would you feel about negotiating the salary?',
    "I'd really love it if you asked how my day was. Can we talk about it?",
    'How would you feel about telling her that?',
  ])('accepts %s', (text) => expect(grammarProblem(text)).toBeNull());
});

describe('content words', () => {
  it('counts nouns and main verbs in any form', () => {
    expect(contentKept('you should talk to your boss', 'How would you feel about talking to your boss?')).toBe(1);
    expect(contentKept('you should talk to your boss', 'How are you feeling?')).toBe(0);
  });
});

describe('reading the partner', () => {
  it.each([
    ['I GOT THE JOB!!!', 'good'],
    ['the landlord is raising the rent again', 'hard'],
    ['i felt really hurt when you laughed at my haircut', 'hard'],
    ['why did you tell them that', 'neutral'],
    ['I want to kill myself', 'crisis'],
    [undefined, 'none'],
  ])('%s → %s', (msg, mood) => expect(readPartner(msg).mood).toBe(mood));
  it('turns their first sentence to the listener\'s side, through chat spelling', () => {
    expect(readPartner('ur never home anymore and the kids miss u').sorryClause).toBe("I'm never home anymore and the kids miss me");
  });
  it('answers the sentence that carries the hard thing, not whatever came first', () => {
    expect(readPartner('That could help. Im just worried they will think i am stupid.').sorryClause).toBe(
      "you're worried they will think you are stupid",
    );
    expect(readPartner('ok thanks. my dog died yesterday').sorryClause).toBe('your dog died yesterday');
    expect(readPartner("sounds good. I'm fine").sorryClause).toBeNull();
  });
});
