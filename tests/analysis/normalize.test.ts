import { describe, expect, it } from 'vitest';
import { normalizeChat } from '../../utils/analysis/normalize';
import { correctSpelling, setTriggerWords } from '../../utils/analysis/spelling';
import { triggerWords } from '../../utils/analysis/rules';

describe('normalizeChat: chat spellings written out, the writer\'s voice kept', () => {
  it.each([
    ['ur never home anymore and the kids miss u', "you're never home anymore and the kids miss you"],
    ['u make me so angry sometimes', 'you make me so angry sometimes'],
    ['dont be so dramatic', "don't be so dramatic"],
    ['im soooo tired of this', "I'm so tired of this"],
    ['r u ok?', 'are you ok?'],
    ['u n me vs the world', 'you and me vs the world'],
    ['whats wrong w u', "what's wrong w you"],
    ['Don’t worry', "Don't worry"],
  ])('%s → %s', (input, expected) => {
    expect(normalizeChat(input)).toBe(expected);
  });

  it('reads "ur" as "you\'re" before a description and as "your" before a thing', () => {
    expect(normalizeChat('ur obviously not listening')).toBe("you're obviously not listening");
    expect(normalizeChat('ur overreacting')).toBe("you're overreacting");
    expect(normalizeChat('ur so lazy')).toBe("you're so lazy");
    expect(normalizeChat('ur a jerk')).toBe("you're a jerk");
    expect(normalizeChat('ur mom called')).toBe('your mom called');
    expect(normalizeChat('ur phone is off again')).toBe('your phone is off again');
    // adjectives compromise does not list, by their shape
    expect(normalizeChat('ur jealous')).toBe("you're jealous");
    expect(normalizeChat('ur hopeless')).toBe("you're hopeless");
    expect(normalizeChat('ur boyfriend is here')).toBe('your boyfriend is here');
  });

  it('reads a lower-case "id" as "I\'d" only before a verb it carries', () => {
    expect(normalizeChat('you were hoping id fail')).toBe("you were hoping I'd fail");
    expect(normalizeChat('id rather stay in')).toBe("I'd rather stay in");
    expect(normalizeChat('whats ur id number')).toBe("what's your id number");
    expect(normalizeChat('bring your ID please')).toBe('bring your ID please');
  });

  it('keeps the case style of the original word', () => {
    expect(normalizeChat('U make me laugh')).toBe('You make me laugh');
    expect(normalizeChat('DONT')).toBe("DON'T");
    expect(normalizeChat('i cant even')).toBe("i can't even");
  });

  it('shortens stretched letters to the word a dictionary knows', () => {
    expect(normalizeChat('that was cooool')).toBe('that was cool');
    expect(normalizeChat('yesss')).toBe('yes');
    expect(normalizeChat('nooo way')).toBe('no way');
  });

  it('leaves letters that are words of their own alone unless they sit between words', () => {
    expect(normalizeChat('plan R')).toBe('plan R');
    expect(normalizeChat('the letter n')).toBe('the letter n');
    expect(normalizeChat("you're fine, lol tbh 😅")).toBe("you're fine, lol tbh 😅");
  });
});

describe('correctSpelling: what the rules read', () => {
  setTriggerWords(triggerWords());
  it('keeps "ur" read as "you\'re" when another word becomes two ("rn" → "right now")', () => {
    expect(correctSpelling('ur making me so angry rn').text).toBe("you're making me so angry right now");
  });
  it('does not turn a plural or a word the rules listen for into another word', () => {
    expect(correctSpelling('youre giving me a headache').text).toBe("you're giving me a headache");
    expect(correctSpelling('youre freaking me out').text).toBe("you're freaking me out");
  });
  it('leaves real words one slip from a rule word as typed ("world" is not "would", "heart" not "heard")', () => {
    for (const w of ['world', 'chance', 'health', 'heart', 'beach', 'sports', 'tasks', 'nature', 'trash', 'concert']) {
      expect(correctSpelling(`the ${w} thing`).text).toBe(`the ${w} thing`);
    }
    expect(correctSpelling('ur gonna give me a heart attack').text).toBe("you're gonna give me a heart attack");
  });
  it('still fixes a one-slip typo in a word the rules listen for', () => {
    expect(correctSpelling('you alwasy ignore me').text).toBe('you always ignore me');
  });
});
