/**
 * Cheering a plan on and thanking for a gift are not rushed fixes: "you should totally do it" after
 * "I'm going to try the half marathon", "you shouldn't have! thank you". The same words after a
 * shared feeling, or pushing ("you should just do it"), stay advice. Our own sentences.
 */
import { describe, expect, it } from 'vitest';
import { analyze, labelsOf } from '../../utils/analysis';

const rushed = (text: string, partner?: string) =>
  labelsOf(analyze(text, partner ? { partnerMessage: partner } : undefined)).includes('rushed-fix');

describe('cheering and thanks', () => {
  it('stays quiet on cheering a plan', () => {
    const plan = "thinking of signing up for the pottery course in spring";
    for (const t of ['you should totally do it!!', 'you should definitely go for it, you’d love it', 'u should go for it x', 'you should so apply, you’d smash it'])
      expect(rushed(t, plan), t).toBe(false);
    expect(rushed('you should go for it!')).toBe(false);
  });
  it('stays quiet on thanks for a gift', () => {
    for (const t of ["you shouldn't have! thank you so much", 'aww you shouldnt have x', "oh you shouldn't have 😍"])
      expect(rushed(t, 'I picked you up a little something from the market'), t).toBe(false);
  });
  it('still flags advice in the same words', () => {
    expect(rushed('you should go for it, you hate that place anyway', "I'm so miserable at work, I might quit")).toBe(true);
    expect(rushed('you should just do it and stop stressing', "I'm dreading calling the bank")).toBe(true);
    expect(rushed("you shouldn't have said that to her")).toBe(true);
    expect(rushed('you should just do it')).toBe(true);
  });
});
