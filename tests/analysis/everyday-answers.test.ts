/**
 * A habit named while answering an everyday question or a joke ("where are my keys?" → "on the
 * hook, you always hang them there") is information or fondness, not a story about the partner.
 * The same words said unprompted, about the speaker, with a sigh or a sarcastic "course", or after
 * an apology for letting the speaker down still read as an assumption. Our own sentences.
 */
import { describe, expect, it } from 'vitest';
import { analyze, labelsOf } from '../../utils/analysis';

const labels = (text: string, partner?: string) => labelsOf(analyze(text, partner ? { partnerMessage: partner } : undefined));

describe('a habit named in an everyday answer is no assumption', () => {
  const quiet: [string, string][] = [
    ['where did I leave my keys??', 'on the hook by the door, you always hang them there'],
    ['which pizza should we get?', 'pepperoni, you always go for that one anyway'],
    ['what am I forgetting for the beach?', 'sunscreen. you always forget the sunscreen'],
    ['help the basil is dying AGAIN lol', 'you always drown the poor thing haha'],
    ["I'm thinking curry tonight", 'you always order the korma haha'],
    ["can't find my glasses anywhere", 'check your head, you always push them up there'],
    ['which route should I take to yours?', 'the motorway, you always get stuck on the back roads'],
    ["I'm at the shop, what do we need?", 'milk and bread. you always forget bread'],
    ['road trip tomorrow!!', 'you never sit still on long drives haha'],
    ['what should I wear to the party?', 'the green dress, you always look relaxed in it'],
    ['what do you want from the bakery?', 'surprise me, you always pick well'],
    ['guess who fell asleep on the train again', 'lmao you always nod off on that line'],
  ];
  it.each(quiet)('after "%s": "%s"', (partner, text) => {
    expect(labels(text, partner)).not.toContain('assumption');
  });
});

describe('the same words as a complaint still read as an assumption', () => {
  const flagged: [string | undefined, string][] = [
    ['where did I leave my keys??', 'you always lose them and then blame me'],
    ['running late again, sorry', 'you always leave me waiting'],
    [undefined, 'you never put the seat down'],
    ['can you grab milk on the way?', 'why, you never grab anything for me'],
    ['which film tonight?', 'whatever, you always pick anyway 🙄'],
    ['I forgot the bread', 'course you did. you always forget'],
    ['what are we doing this weekend?', 'you never plan anything, so you tell me'],
    ['where is the remote?', 'where you always leave it. on the floor. again'],
    ["sorry, can't make it tonight", 'you always do this'],
    ['what do you want for dinner?', 'does it matter? you never listen to what I want'],
  ];
  it.each(flagged)('after "%s": "%s"', (partner, text) => {
    expect(labels(text, partner)).toContain('assumption');
  });
});

describe('a bare verdict judges the news it answers', () => {
  const commiserating: [string, string][] = [
    ["the train's delayed AGAIN", 'ugh typical.'],
    ['my boss moved the deadline to tomorrow', 'typical. sorry babe'],
    ["the washing machine's broken", 'here we go again'],
    ['mum wants us there for christmas again', 'typical'],
    ["it's raining on my one day off", 'typical!!'],
  ];
  it.each(commiserating)('after "%s": "%s" is no assumption', (partner, text) => {
    expect(labels(text, partner)).not.toContain('assumption');
  });
  const jabs: [string | undefined, string][] = [
    ["I'm going out with the lads tonight", 'typical.'],
    ["going to my mum's again this weekend", 'here we go again'],
    [undefined, 'typical.'],
    ["I told you I'd be late", 'typical'],
    ["we're skipping your sister's party", 'typical'],
    ['the train was delayed so I just went home', 'typical, you always find a reason'],
  ];
  it.each(jabs)('after "%s": "%s" is still an assumption', (partner, text) => {
    expect(labels(text, partner)).toContain('assumption');
  });
});

describe('advice that answers a practical question is no rushed fix', () => {
  const answers: [string, string][] = [
    ['how do i stop the smoke alarm chirping??', 'you need to hold the test button for a few seconds'],
    ["what's a good phone for my dad? nothing fancy", "i'd get him the cheap samsung, big screen"],
    ['is it weird to wear jeans to a christening?', 'you should wear something smarter tbh'],
    ['making a playlist for the drive, any requests?', 'you have to put some abba on'],
    ['how can I get the wax out of the tablecloth', 'try an iron and some brown paper'],
  ];
  it.each(answers)('after "%s": "%s"', (partner, text) => {
    expect(labels(text, partner)).not.toContain('rushed-fix');
  });
  const rushed: [string, string][] = [
    ["how do i stop feeling so anxious all the time", 'you just need to stop overthinking'],
    ['how do I stop thinking about him', 'delete his number and move on'],
    ['is it normal to feel this sad after a breakup?', 'you should get out more'],
  ];
  it.each(rushed)('after "%s": "%s" still rushes past it', (partner, text) => {
    expect(labels(text, partner)).toContain('rushed-fix');
  });
});
