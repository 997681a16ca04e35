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
  it.each(lines.map(([text, partner]) => ({ text, partner })))(`finds ${category}: $text`, ({ text, partner }) => {
    expect(labels(text, partner)).toContain(category);
  });
}
function mustNotFind(category: Category, lines: readonly Line[]) {
  it.each(lines.map(([text, partner]) => ({ text, partner })))(`does not find ${category}: $text`, ({ text, partner }) => {
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

describe('disbelief and sarcasm that file what they said under a story', () => {
  mustFind('assumption', [
    ['mhm sure u did', 'I did the dishes, promise'],
    ["sure you didn't 🙄", "I didn't see your text"],
    ['mhm whatever you say', "I was at Jake's the whole time"],
    ['heard that one before', "I'll be home by 8 this time"],
    ["funny how you're only ever sick on my birthday", "I'm sick, can't come"],
    ["any excuse to skip my dad's bbq huh", 'can we skip the bbq'],
    ["oh please, like you'd actually listen", "tell me what's wrong"],
    ['oh now u remember my number', 'can u grab me from the station'],
    ['wow. real mature', "I'm not talking to you rn"],
    ["there's always time for your mates though", 'too busy this week babe'],
    ["it's obvious where I rank", 'I forgot the reservation'],
    ['nobody asked me, as usual', 'we booked the flights'],
  ]);
  mustNotFind('assumption', [
    ['sure you can!', 'can I bring my sister?'],
    ['whatever you say goes, birthday girl', 'can we get sushi?'],
    ['any excuse to eat cake 😂', "it's Tuesday, cake?"],
    ['see you at 7 as usual'],
    ['you look gorgeous as usual'],
    ["there's always time for you", 'are you too busy for me?'],
    ['now you remember where you put the keys?', 'found them!'],
  ]);
});

describe('a verdict on the whole person', () => {
  mustFind('assumption', [
    ['you turn everything into an argument', 'I just asked a question'],
    ['honestly the most selfish person I know', 'I ate the last slice'],
    ['you have zero self control', 'I bought another jacket'],
    ['asking me first was too much effort for you I guess', 'I invited my brother for the weekend'],
    ['do you even listen when I talk', 'what?'],
    ["just admit you're bored of me", 'I need some space'],
  ]);
  mustNotFind('assumption', [
    ['did you even eat today?', 'long shift'],
    ['do you ever think about moving abroad?'],
    ["you're the most thoughtful person I know", 'I got you soup'],
    ['you have no idea how happy I am'],
    ['you have zero chill lol', 'I screamed at the spider'],
  ]);
});

describe('teasing that says so, and a fond echo', () => {
  mustNotFind('assumption', [
    ["classic you 😂 love u anyway, I'll grab more bread", 'I burnt the toast again'],
    ["you just want to gloat don't you 😂 rematch tomorrow", 'I beat your high score'],
    ["you'd do the same for me, you always do", 'thanks for being there last night'],
    ['typical you lol, love you', 'I forgot my keys again'],
  ]);
  mustFind('assumption', [
    ['lol you never listen', 'what?'],
    ['I love you but you never listen to me'],
    ['call me back? you never do'],
  ]);
});

describe('"sorry" as the speaker’s own apology is no reflection', () => {
  mustNotFind('reflective', [
    ["sorry if I've been short with you lately, work is mad"],
    ["no, I'm sorry too. I was cranky", "I'm sorry I snapped earlier"],
    ['ugh sorry for biting your head off, I was starving lol'],
    ['sorry for existing I guess', 'can you stop calling me at work'],
    ['I was tired and took it out on you, sorry'],
    ["you're only sorry bc you got caught", 'sorry I lied'],
  ]);
  mustFind('reflective', [
    ["I'm so sorry, that sounds awful", 'my dog died'],
    ["I'm so sorry about your nan", 'my nan passed this morning'],
    ['sorry you had to deal with that alone', 'the car broke down on the motorway and I was stuck for hours'],
  ]);
});

describe('rule patterns', () => {
  // Found while writing this suite: "didnt" inside one match pattern made compromise's rule net stop
  // matching "didn't" in other rules ("you didn't even ask" went unflagged). Chat spellings are
  // expanded before matching (normalize.ts), so patterns use the full words ("did not").
  it('spell negations in full ("did not", not "didnt")', async () => {
    const { COMPILED_RULES } = await import('../../utils/analysis/rules');
    const bad = COMPILED_RULES.flatMap((r) => (typeof r.match === 'string' ? [r.match] : [...r.match]))
      .filter((m) => /\b(didnt|doesnt|wasnt|werent|couldnt|wouldnt|shouldnt|havent|hasnt|isnt|arent)\b/.test(m));
    expect(bad).toEqual([]);
  });
});

describe('a guilt trip, a sigh and sarcastic thanks hand over the feeling', () => {
  mustFind('outsourcing', [
    ["don't mind me, I'll just sit here on my own", 'girls night tonight!'],
    ["it's fine, I'll just eat alone again 🙂", 'working late sorry'],
    ["go, have fun. I'll be here by myself like always", 'off to the pub'],
    ["great, now I'm going to be up all night worrying", "I'll be home late"],
    ["that's my whole weekend wrecked now. nice one", 'I forgot to book the cottage'],
    ["you know I can't cope when you're away", "I'm going to visit my sister for a week"],
    ["if you leave I'll be a mess all week", "I'm going on the work trip"],
    ['you made a fool of me in front of my friends', 'sorry about last night'],
    ['u cant just do that to me', "I didn't reply bc I was busy"],
    ['not like I was looking forward to it or anything', 'can we cancel saturday'],
    ["I'll just cry myself to sleep then", "can't call tonight"],
    ["don't worry about me, I'll manage on my own somehow", "I'm going away for the weekend"],
  ]);
  mustNotFind('outsourcing', [
    ["don't mind me, just grabbing a snack 😂"],
    ["thanks for that, you're a star", 'I picked up your parcel'],
    ['nice one!! so proud', 'I passed my test'],
    ["great, now I'm hungry lol", "I'm making pizza"],
    ["you know I can't cope without my coffee"],
    ["I'll be a mess if I don't get coffee first"],
    ["don't worry about me, I'm fine, go enjoy it ❤️", "are you sure you're ok if I go?"],
    ["I'll just eat alone tonight, enjoy your work do!", 'work dinner tonight'],
  ]);
});

describe('envy, fond sarcasm and affection passed on', () => {
  mustFind('assumption', [
    ['must be nice to just do whatever you want whenever you want', "I'm going out with the lads Friday"],
  ]);
  mustNotFind('assumption', [
    ['it must be nice to have a day off, enjoy it!', 'day off today'],
    ["whatever you say, chef 👨‍🍳 I'll be home by 7"],
  ]);
  mustNotFind('reflective', [['must be nice to just do whatever you want', "I'm going out with the lads Friday"]]);
  mustNotFind('rushed-fix', [
    ['aw poor thing. give her a scratch from me 🐱', "my cat's poorly and I'm worried"],
    ['give him a hug from me', 'my son is sick and I am so worried'],
    ["you've made me look like an idiot in front of everyone", 'I told my mom about our fight'],
  ]);
  mustFind('outsourcing', [["you've made me look like an idiot in front of everyone", 'I told my mom about our fight']]);
  mustFind('rushed-fix', [['tell him to back off', "my brother keeps bullying me, I'm so upset"]]);
});
