/**
 * Chat-register stories about the partner and listening moves that had no rule: a stated reason
 * set aside for a motive, insincerity read into them, where the speaker ranks; curiosity and
 * validation in a friend's words. Each with look-alikes that must stay quiet. Written for this
 * suite (our own lines), not taken from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { analyze, labelsOf, type Category } from '../../utils/analysis';

const labels = (text: string, partnerMessage?: string) => labelsOf(analyze(text, partnerMessage ? { partnerMessage } : undefined));
type Line = readonly [text: string, partner?: string];

function mustFind(category: Category, lines: readonly Line[]) {
  it.each(lines)(`finds ${category}: %s`, (text, partner) => {
    expect(labels(text, partner)).toContain(category);
  });
}
function mustNotFind(category: Category, lines: readonly Line[]) {
  it.each(lines)(`does not find ${category}: %s`, (text, partner) => {
    expect(labels(text, partner)).not.toContain(category);
  });
}

describe('their stated reason set aside for a motive', () => {
  mustFind('assumption', [
    ["you're not busy, you're just avoiding me", "sorry I'm swamped this week"],
    ['ur not sick ur just hungover again', "I feel sick, can't come tonight"],
    ["you're not tired, you're just bored of me", 'too tired to go out tonight'],
    ["you're not sorry you're just annoyed you got caught", "I'm sorry, ok?"],
    ["you're just dragging your feet because you don't want to commit", "I'll think about the date"],
    ['ur just stalling again', 'give me a few more days'],
  ]);
  mustNotFind('assumption', [
    ["you're not lazy, you're just worn out", 'I feel so lazy today'],
    ["you're not alone, you're just tired", 'I feel like everyone hates me'],
    ["you're not a failure, you're just learning", 'I failed my driving test again'],
    ["you're not sick are you?", 'I feel weird'],
    ["you're not busy tonight, are you? movie?"],
  ]);
});

describe('insincerity read into them', () => {
  mustFind('assumption', [
    ["don't act like you care", 'you seem off today'],
    ['dont pretend you missed me', 'I missed you so much'],
    ["stop pretending you didn't see my message"],
    ["don't play dumb", "I don't know what you mean"],
    ['you know exactly what you did', "what's wrong?"],
    ['u knew full well what you were doing'],
  ]);
  mustNotFind('assumption', [
    ["don't pretend you're fine for my sake, I'm here", 'I\'m fine honestly'],
    ["don't act like a stranger, come visit!"],
    ['you know exactly what to say to make me smile'],
    ['you always know exactly what I need'],
    ['play dumb at the party, it’ll be funnier'],
  ]);
});

describe('where the speaker ranks, concluded for them', () => {
  mustFind('assumption', [
    ["I'm clearly last on your list", "can't make it tonight, work thing"],
    ['your mum always comes first', 'I need to help my mum this weekend'],
    ["it's obviously not me you want to spend time with", "I'm going out with the guys again"],
    ['priorities clear i guess', 'I went to the game instead'],
    ['ok. I know where I stand then', "I'd rather stay in with the boys"],
    ['you only ever call me when you want money'],
  ]);
  mustNotFind('assumption', [
    ["I'm clearly the better cook 😂", 'you burnt the toast'],
    ['I always come last in races haha'],
    ['safety always comes first, drive slow'],
    ['you only live once lol', 'should I buy the shoes'],
    ['my priorities are clear this year: sleep and you'],
  ]);
});

describe('a state made into who they are', () => {
  mustFind('assumption', [
    ["you're always stressed, it's exhausting", 'ugh work again'],
    ['ur always in a mood when your sister visits'],
    ["you're a bit dramatic tbh", 'I cried all afternoon'],
  ]);
  mustNotFind('assumption', [
    ["you're always tired lately, are you ok?"],
    ["you're always working so hard, I worry about you"],
    ["you're always so thoughtful", 'I got you flowers'],
  ]);
});

describe('curiosity about their experience', () => {
  mustFind('reflective', [
    ["what's going through your head?", 'I got rejected from the job I really wanted'],
    ['what part of it is weighing on you the most?', "I'm so stressed about the move"],
    ['what do you miss most?', "I'm so homesick"],
    ['what made you start feeling that way?', 'I think my team hates me'],
    ['what did your manager say?', "I'm so upset about my review"],
    ["how's your dad doing?", "my dad's in hospital and I'm so scared"],
    ['what was she like?', "my gran passed away and I'm heartbroken"],
    ['stuck how?', 'I feel so stuck lately'],
    ["I'm listening. what did I do that upset you?", 'you upset me at dinner'],
    ['do you want to talk it through?', "I'm kinda down today"],
  ]);
  mustNotFind('reflective', [
    ['what did he say about the car?', 'the garage called'],
    ["how's your dad doing?", 'hey'],
    ['what time is it there?', "I'm so tired"],
    ["I'm listening to the new album, it's so good"],
    ['what was she like at the party lol'],
  ]);
});

describe('validation in a friend’s words', () => {
  mustFind('reflective', [
    ['ugh that would rattle anyone', "my ex messaged me out of nowhere and I'm shaken"],
    ['leaving home hits hard', 'I miss home so much, I feel awful'],
    ['juggling the kids and the job at once is so much', "I'm drowning with the kids and work"],
    ["it's so easy to slip into that when you're tired", 'I keep snapping at everyone and I feel awful'],
    ["you're annoyed because it feels like you plan everything", "I'm annoyed I always plan everything"],
  ]);
  mustNotFind('reflective', [
    ['this new album hits hard', 'hey'],
    ['the beach is so much fun', "I'm bored"],
    ["it's so easy to get there, the bus is direct"],
    ["you're only upset because you lost", "I'm upset"],
    ['traffic is awful, running 10 min late sorry'],
  ]);
});
