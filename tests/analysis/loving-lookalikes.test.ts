/**
 * Loving and everyday partner messages that borrow the shapes of a barrier ("you obviously…",
 * "because of you…", "you could…", "try…") must not flag; the same shapes with hurt, sarcasm or a
 * problem in them must still be found. Written for this suite, not taken from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { analyze, labelsOf, type Category } from '../../utils/analysis';

const labels = (text: string, partnerMessage?: string) => labelsOf(analyze(text, partnerMessage ? { partnerMessage } : undefined));

function mustFind(category: Category, lines: readonly string[], partnerMessage?: string) {
  it.each(lines)(`finds ${category}: %s`, (text) => {
    expect(labels(text, partnerMessage)).toContain(category);
  });
}
function mustNotFlag(category: Category, lines: readonly string[]) {
  it.each(lines)(`does not find ${category}: %s`, (text) => {
    expect(labels(text)).not.toContain(category);
  });
}

describe('an admiring sentence turns a story into a compliment', () => {
  mustNotFlag('assumption', [
    'you obviously put so much love into this, it shows',
    "you're insane, that cake was incredible",
    "you're crazy, I love it",
    "I know you think it's cheesy but I adored it",
    "you're such a dork and I love you for it",
    "you clearly have a gift for this, it's beautiful",
    "you're ridiculous, that was the best surprise ever",
    "you're so silly, you made my day",
    'you only want to spoil me, thank you ❤️',
    "you're nuts, thank you so much for the flowers",
    "you obviously worked so hard, I'm proud of you",
    "you're a genius, the shelves look amazing",
    'you never cease to amaze me',
  ]);
  // Hurt, sarcasm or a verdict on me keeps the story a story.
  mustFind('assumption', [
    "you're crazy, that was stupid",
    "you obviously don't care, thanks a lot",
    "you're so selfish, thanks for nothing",
    "I know you think I'm stupid but I love you",
    "you're crazy and I'm tired of it",
    'you never stop complaining',
    "you obviously think I'm an idiot",
  ]);
});

describe('sincere questions and reassurance are not assumptions', () => {
  mustNotFlag('assumption', [
    'did you always love painting?',
    'have you always been this good at chess?',
    'were you always this funny?',
    'did you always want to live by the sea?',
    'did you never want kids, or was that later?',
    'you never have to explain yourself to me',
    'you never need to thank me for that',
    "you don't ever have to apologise for crying",
    'you never have to pretend with me',
    'you never need to prove anything to me',
  ]);
  mustFind('assumption', [
    'do you always have to slam the door?',
    'you never have to do anything around here',
    'you never have to lift a finger',
  ]);
});

describe('gratitude and delight are not outsourcing', () => {
  mustNotFlag('outsourcing', [
    'because of you I finally booked the trip',
    'because of you I laugh every day',
    'because of you I finally believe in myself',
    "you're making me blush again",
    "you're killing me, this is hilarious",
    "thanks to you I'm addicted to this show, it's the best",
    'because of you I tried oysters and loved them',
    'you made me cry happy tears, thank you',
    'because of you this year was the best one yet',
    "you're the reason I smile so much",
  ]);
  mustFind('outsourcing', [
    'because of you I finally gave up',
    "because of you I can't sleep",
    "you're driving me crazy, stop it",
    'you ruined the best night of my year',
    "thanks to you I'm stuck with the bill",
    "it's your fault, the trip was amazing until you came",
  ]);
});

describe('"you could" in a report or surprise is not advice', () => {
  mustNotFlag('rushed-fix', [
    'you never told me you could cook like this!',
    "I didn't know you could play the piano",
    'I had no idea you could draw',
    'I found out you could sing from your sister',
    'I heard you could juggle, show me!',
    'since when you could speak French?',
    'who told me you could knit? mum did',
    'I never realised you could drive a van',
    'I remember you could do a handstand for ages',
    'I saw you could get tickets for Friday, nice',
  ]);
  mustFind('rushed-fix', ['you could always try yoga', 'maybe you could talk to her', 'I guess you could ask your boss']);
});

describe('a recommendation is rushed only when there is a feeling to rush past', () => {
  const recommendations = [
    "try the new bakery, it's amazing",
    "go see that film, it's so much fun",
    "watch this, it's hilarious",
    "you should read this book, it's brilliant",
    "try the pasta, it's so good",
    "try the lemon cake, it's the best",
    "listen to this song, it's gorgeous",
    "check out this video, it's adorable",
    "you have to try this place, it's delicious",
    "stop, you're too sweet",
    "stop it, you're making me blush",
    'you should totally come with us!',
    'stop being so perfect',
    'you should be so proud of yourself',
  ];
  mustNotFlag('rushed-fix', recommendations);
  // The same advice about a problem, or after a message that carried a feeling, is a fix.
  mustFind('rushed-fix', ['stop being so hard on yourself', "try yoga, it's amazing for stress", 'you should talk to someone about it', "you need to see a doctor, it's the best thing"]);
  mustFind('rushed-fix', ["try the new bakery, it's amazing", "go see that film, it's so much fun"], "I'm so sad about work today");
});
