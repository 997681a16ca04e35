/**
 * Partner and friend chat: innocent look-alikes that must stay quiet (plans, advice that was asked
 * for, teasing with a laugh, admiring absolutes, fond exasperation, sincere questions, reported
 * speech, the speaker's own feelings), and indirect assumption/outsourcing shapes (sarcasm, guilt
 * trips, "not that you'd notice", "so I get to sit here alone") that must be found. All sentences
 * are written for this file.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/analysis';
import { asksForAdvice } from '../../utils/analysis/context';
import { bestRewrite } from '../../utils/analysis/rephrase';
import { expectFound, expectNotFound } from './helpers';

const barriers = (text: string, partnerMessage?: string) =>
  analyze(text, partnerMessage ? { partnerMessage } : undefined)
    .filter((f) => f.category !== 'reflective')
    .map((f) => `${f.category}/${f.reason}:${f.phrase}`);

describe('partner register: innocent look-alikes stay quiet', () => {
  it('plans, invitations, admiring absolutes, teasing, fond exasperation, sincere questions, reported speech, own feelings', () => {
    for (const text of [
        "we should totally go to that night market on saturday",
        "you should come over tonight, I'm making lasagne",
        "let's just order in, I can't be bothered cooking",
        "you should come with us to the beach next weekend!",
        "we need to try that new ramen place",
        "you have to come to the party, it won't be the same without you",
        "you always make me laugh",
        "you never fail to cheer me up",
        "you always know just the right thing to say",
        "you're always there for me when it counts",
        "you never forget my birthday, it's so sweet",
        "you always look after everyone",
        "you're such a dork 😂 love you",
        "you're such an idiot haha, come here",
        "you're ridiculous, I love it",
        "you always steal the duvet lol",
        "you never let me win at scrabble 😂 rematch",
        "do you always take the long way home?",
        "do you ever think about moving to the coast?",
        "did you even get to eat today? you've been flat out",
        "do you actually want to come or are you just being nice? either is fine",
        "my mum said you always know how to fix things",
        "she told me you never liked the old flat",
        "I always feel bad when I cancel on you",
        "I always get anxious before flights",
        "I feel awful that I forgot, I'm sorry",
        "thanks to you I finally learned to swim",
        "because of you I actually enjoy running now",
        "you made me so happy today",
        "you make me want to be a better person",
        "you drive me nuts in the best way",
        "you've ruined every other pizza for me",
        "you're killing me 😂 stop",
        "thanks for making me feel so welcome",
        "I'll just grab a sandwich on the way, no stress",
        "don't mind me, just stealing a biscuit 😂",
        "must be nice to be on holiday! enjoy it, you deserve it",
        "sure, I'd love to come",
        "of course you can come, the more the merrier",
        "of course you did, I never doubted it! so proud",
        "I knew you'd nail it, you always do",
        "you obviously put so much work into this, it's beautiful",
        "you clearly have a gift for this",
        "you're so stubborn, it's one of my favourite things about you",
        "you always cheer me on, I'd be lost without you",
        "you never stop surprising me",
        "you're the reason I smile so much these days",
        "I'd be lost without you",
        "you never have to apologise for crying",
        "you're just jealous of my pancake skills 😏",
        "you're such a nerd, I love it",
        "typical you, always thinking of others ❤️",
        "nice of you to bring snacks, you're a star",
        "I guess I'll just have to eat all this cake myself 😂",
        "you always do this thing where you hum when you cook and it's adorable",
        "you're always so calm in a crisis, teach me your ways",
        "you never complain, I don't know how you do it",
        "you ruined me with that finale, I'm not ok 😭",
        "you've ruined me with that last episode, up till 2 now 😂",
        "because of you I finally tried climbing and now I'm obsessed",
        "because of you the kids are obsessed with dinosaurs now haha",
        "you drive me nuts (in the best way) 😂 thank you",
        "no way you're killing me, tell me when you get to the end",
        "you always cheer me on",
        "you always look after everyone at parties",
        "you never let me down",
        "you never give up, it's inspiring",
        "you always forget where we parked lol",
        "it's in the top drawer! you always ask lol",
    ]) expect(barriers(text), text).toEqual([]);
  });

  it('look-alikes of the new assumption shapes', () => {
    expectNotFound([
        "you love playing football, you should join the team",
        "you love being outdoors, let's go camping",
        "you love making pancakes on sundays ❤️",
        "you love having people round, it's lovely",
        "you love being right haha",
        "have you already decided what to wear?",
        "you've already booked the table? you star",
        "you've clearly been working so hard, I'm proud of you",
        "not that you need it, but good luck tomorrow!",
        "not that you'd mind, but I borrowed your jumper 😊",
        "I'm glad you remembered I love tulips",
        "sure, see you at 6",
        "right, 'the usual' it is 😂",
        "convenient! the shop is next door",
        "what a surprise, you got me flowers! I love them",
        "wow what a surprise 😍",
        "nothing is more important than you",
        "your health is more important than the party, stay home",
        "you always pick up when it's me, I love that",
        "you just didn't want to wake me, that's sweet",
        "if you just don't fancy it, that's fine",
        "you just don't want to overdo it, fair enough",
        "I guess my opinion counts for once haha",
        "you're just trying to distract me so you win at chess 😂 game on",
        "you're only trying to wind me up lol, best of three?",
    ], 'assumption');
  });

  it('look-alikes of the new outsourcing shapes', () => {
    expectNotFound([
        "you had me in stitches 😂",
        "you've got me hooked on this show",
        "your hugs make me so happy",
        "your texts always make me smile",
        "your cooking is making me fat lol",
        "you've knocked it out of the park!",
        "you're the reason I smile every day",
        "you'll be the reason I cry happy tears at the wedding 😭❤️",
        "my day's ruined, the rain got in my shoes",
        "my whole weekend is ruined by this flu",
        "so I'm meant to bring the salad? no worries!",
        "so I get to have the bed all to myself 😂",
        "so I have to pick the kids up at 3, got it",
        "I'm used to being up early for work",
        "I'm so used to it by now haha",
        "so we're meant to be there at 7?",
        "you had me worried for a second there haha",
        "you had me at hello",
        "you've put me in such a good mood ❤️",
        "you kept me up all night laughing 😂",
        "my whole evening is gone, this essay is endless",
    ], 'outsourcing');
  });
});

describe('partner register: advice the partner asked for', () => {
  it('context.ts reads a request for advice or a pick', () => {
    for (const m of [
      'need a present for my dad, thoughts?',
      'any ideas for a birthday dinner?',
      'what should I wear to the wedding?',
      'help me pick, the red one or the grey one?',
      'should I take the train or drive?',
      'which one do you prefer?',
      'where should we go for dinner?',
      'tacos or curry?',
    ]) expect(asksForAdvice(m), m).toBe(true);
    for (const m of [
      "I don't need advice, I just need to vent",
      'my boss keeps shouting at me, what should I do?',
      'what am I supposed to do now',
      'how was your day?',
      'are you coming tonight or not?',
      'I got the flat!!',
    ]) expect(asksForAdvice(m), m).toBe(false);
  });

  it('an answer to the request is no rushed fix', () => {
    for (const [text, partner] of [
      ["honestly I'd go with the blue one, it suits you", "help me pick, blue or green dress?"],
      ["you could try the bakery on the corner", "thoughts? need a cake for saturday"],
      ["take the job, you'll love it", "should I take the job or not??"],
    ] as const) expect(barriers(text, partner), text).toEqual([]);
  });

  it('the same advice unasked after a feeling is still a fix', () => {
    expect(barriers('you could try the bakery on the corner', "I'm so stressed, the cake I ordered fell through").some((b) => b.startsWith('rushed-fix'))).toBe(true);
  });
});

describe('partner register: indirect assumption and outsourcing are found', () => {
  it('assumption: sarcasm, motives read in, ranking, excuses in quotes', () => {
    expectFound([
        "you love playing the victim don't you",
        "you just love having something to complain about",
        "you love making me out to be the bad guy",
        "you've already decided it's my fault",
        "whatever. you've clearly made your mind up",
        "you've obviously been planning this for weeks",
        "I'm fine. not that you'd notice",
        "not that you care",
        "oh look who remembered I exist",
        "oh so now you're interested in my day",
        "sure you were 'working late' 🙄",
        "very convenient 🙄",
        "how convenient",
        "what a surprise.",
        "oh what a miracle 🙄",
        "clearly my opinion doesn't count",
        "guess we know who your priority is",
        "you don't think my time matters",
        "football's more important than me clearly",
        "funny, you're never free when it's something for me",
        "you just didn't want to come",
        "you just don't like my friends",
        "you always forget my birthday",
        "you never listen lol",
        "you always forget, every single time 🙄",
        "you always ask me and then ignore what I say",
        "you never complain to anyone else, only to me, and it's exhausting",
        "of course you did. you always do",
        "of course you forgot again",
        "you're just jealous 🙄",
        "you're just jealous of my friends",
        "you always leave me waiting lol",
        "you obviously don't care",
        "you clearly have better things to do",
        "you're just trying to wind me up 🙄",
        "you're just trying to win the argument lol",
    ], 'assumption');
  });

  it('outsourcing: states kept in, what was taken, guilt trips, an evening lost', () => {
    expectFound([
        "you've had me on edge all week",
        "your tone had me in bits all afternoon",
        "you've got me pacing the kitchen",
        "your comments make me so anxious",
        "your mess is stressing me out",
        "you've knocked my confidence so much",
        "you've drained every bit of energy I had",
        "you'll be the reason I cry at the party",
        "my night's ruined. cheers",
        "great, now my whole weekend's wrecked",
        "that's my christmas ruined then",
        "so I'm meant to cope on my own for a month. amazing",
        "great, so I get to feel rejected all night",
        "so I have to face everyone alone. thanks",
        "no worries, I'm used to being the afterthought",
        "whatever, I'm used to being left out",
        "you totally spoilt my mood",
        "you're killing me with these late nights",
        "you ruined my birthday",
        "because of you I'm late for work",
        "you drive me crazy with your mess",
        "you've ruined me, I can't trust anyone now",
    ], 'outsourcing');
  });
});

describe('partner register: the new positives get a sensible offer', () => {
  it('a state kept in, an evening lost, a sarcastic closer', () => {
    for (const [text, want, never] of [
      ["you've kept me on edge since monday", /on edge/i, /felt (had|kept|got)/i],
      ['you had me pacing the hall all night', /anxious/i, /felt (had|gotten)/i],
      ["that's my birthday ruined then", /my birthday/i, /about then\b/i],
      ['so I get to sit here on my own all evening. fab', /./, /\bfab\b/i],
    ] as const) {
      const offer = bestRewrite(text, analyze(text)) ?? '';
      expect(offer, text).toMatch(want);
      expect(offer, text).not.toMatch(never);
    }
  });
});
