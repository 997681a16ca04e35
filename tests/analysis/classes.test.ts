/**
 * The classes of issue #13, each with the issue's own examples (must find) and look-alikes that
 * use the same words innocently (must not flag). Checked through analyze() with default options,
 * exactly as the extension and `npm run classify` call it.
 */
import { describe, expect, it } from 'vitest';
import { analyze, labelsOf, type Category } from '../../utils/analysis';

const labels = (text: string, partnerMessage?: string) => labelsOf(analyze(text, partnerMessage ? { partnerMessage } : undefined));

function mustFind(category: Category, lines: readonly string[]) {
  it.each(lines)(`finds ${category}: %s`, (text) => {
    expect(labels(text)).toContain(category);
    for (const f of analyze(text)) expect(text.slice(f.start, f.end)).toBe(f.phrase);
  });
}
function mustNotFlag(category: Category, lines: readonly string[]) {
  it.each(lines)(`does not find ${category}: %s`, (text) => {
    expect(labels(text)).not.toContain(category);
  });
}

describe('hedged and indirect advice is a rushed fix', () => {
  mustFind('rushed-fix', [
    'perhaps you could reconnect with old friends',
    'how about asking for a refund?',
    'I would suggest talking to HR',
    'it might help to write it down',
    'you two need to sit down and talk',
    "I'd definitely look into it",
    'have you put it in writing?',
  ]);
  mustNotFlag('rushed-fix', [
    'how about pizza tonight?',
    'I would love to see you this weekend',
    'have you eaten yet?',
    'it might rain later so take a coat',
  ]);
});

describe('reflective moves without the listed phrases', () => {
  mustFind('reflective', [
    "so you feel like nothing's changing, right?",
    'I totally get it',
    "oh dear, that's a long time on your own",
  ]);
  mustNotFlag('reflective', ['I get it done by Friday', 'oh dear, I forgot the keys', 'so you fixed the printer, right?']);
});

describe('mind-reading in the "you\'re + …" shape is an assumption', () => {
  mustFind('assumption', [
    "you're obviously not listening",
    'ur obviously not listening',
    "you're just bored",
    "you're trying to wind me up",
    "you just don't get it",
    'ur overreacting',
  ]);
  mustNotFlag('assumption', [
    "you're obviously talented",
    "you're just in time",
    "you're trying so hard and I see it",
    "I just don't get it",
    "I'm overreacting, sorry",
  ]);
});

describe('blame without "make me feel" is outsourcing', () => {
  mustFind('outsourcing', [
    'see what you did?',
    "thanks to you I'm doing it alone",
    'he left because of you',
    'you just cost me the deposit',
    "now you've scared her off",
    "it's on you to make this right",
  ]);
  mustNotFlag('outsourcing', [
    'thanks to you the party was amazing',
    'see what you think of the draft',
    "I'm here because of you and I'm grateful",
    "it's on you to pick the film tonight, I chose last time",
    'it cost me the deposit but that was my mistake',
  ]);
});

describe('minimising is a rushed fix', () => {
  mustFind('rushed-fix', [
    "it's not that deep",
    "don't cry about it",
    "there, there, it's not that bad",
    'at least your brother is fine',
  ]);
  mustNotFlag('rushed-fix', ['the pool is not that deep at this end', 'at least 3 people came', 'my brother is fine, thanks for asking']);
});

describe("advice in a counsellor's or friend's register is a rushed fix", () => {
  mustFind('rushed-fix', [
    'I would encourage you to find someone to talk to',
    "I'd recommend keeping a journal",
    'be gentle with yourself',
    'walk away for a bit',
    'a therapist could help you with this',
  ]);
  mustNotFlag('rushed-fix', ['I would recommend this restaurant to anyone', 'be there at 7', 'the therapist could see me on Monday']);
});

describe('validation without the listed phrases is reflective', () => {
  mustFind('reflective', ["it's got to be hard", "that's completely normal given what you're carrying"]);
  mustNotFlag('reflective', ["it's got to be done by noon", "that's completely normal for a Tuesday train"]);
});

describe('false alarms the issue lists stay quiet', () => {
  it.each([
    'you always know what to say',
    'you always bring such energy',
    'do you always take the bus?',
    "you don't trust him?",
    'say you never feel ready',
    'then you should have nothing to worry about!',
    'it was overwhelming, in a good way',
    'how are you feeling today?',
    'would you be willing to take your shoes off inside?',
    'hi! how are you doing?',
  ])('nothing in: %s', (text) => {
    expect(labels(text)).toEqual([]);
  });
});
