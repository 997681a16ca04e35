/**
 * Indirect assumption and outsourcing in partner texting (issue #13): sarcasm, rhetorical questions
 * and guilt trips that carry a story about the partner or hand them the speaker's feelings, and the
 * loving, teasing, practical lines that share their words and must stay quiet. Our own sentences.
 */
import { describe, it } from 'vitest';
import { expectFound, expectNotFound } from './helpers';

describe('indirect assumption in partner texting', () => {
  it('finds sarcasm and rhetorical verdicts about the partner', () => {
    expectFound(
      [
        // a guess made for them
        'let me guess, you forgot to book it again',
        "let me guess, you're too tired to come",
        "ok let me guess, I'm the one being unreasonable as usual",
        // a fault always being hunted for, a disappointment that never ends
        "you're always looking for an excuse to leave early",
        "ur always searching for something to moan about",
        "you're forever disappointed in me",
        "you're always so annoyed with me lately",
        // effort read as unwillingness
        "you just can't be bothered with my family",
        'translation: you could not be bothered',
        'u cant be bothered to text back',
        // a lifelong verdict
        "you've never liked my sister",
        "you've never once stuck at anything",
        "you've never supported a single thing I do",
        "you've never tried to understand me",
        // the speaker's absence read into them
        "guess I don't exist to you when your mates are around",
        "clearly we don't matter to you",
        "so the rest of us don't count",
        // rhetorical "why would you care"
        'why would you care, you were asleep by nine',
        "why would you even notice, you're never here",
        // what they think of themselves
        "you honestly think you're always right",
        "you actually think you're the only one who's tired",
        // a motive presumed from the past
        'what have you done this time',
        'what are you feeling guilty about this time 🙄',
        // a fault filed as their habit
        "you'll bail on me like you always do",
        "you're changing the subject like you always do",
        // trust or care denied by order
        "don't act like you even care about me",
        "stop pretending you actually listened",
        // caught making time elsewhere
        'oh so you found time for the pub',
        'so you had time to go shopping',
        // scare quotes and "sure"
        "sure you 'lost signal' 🙄",
        "you said you'd ring me but sure, 'busy'",
        // envy that reads their freedom as selfishness
        'must be nice when your mum does everything for you 🙄',
        // helplessness and sulks read into them
        "you just can't help yourself, can you",
        "ur just sulking because you didn't get your way",
        "you're only being difficult because it was my idea",
        // ranks and promises
        "I know I'm at the bottom of your list",
        'more important than your own brother obviously',
        'you were never going to help me with it',
        "you're never gonna apologise, are you",
        "not that you'd notice if I moved out",
      ],
      'assumption',
    );
  });

  it('stays quiet on teasing, admiration, sincere questions, self-talk and reported speech', () => {
    expectNotFound(
      [
        // a guess in fun
        'let me guess, pizza again? 😂',
        'let me guess... you got the job?!',
        'let me guess, you want the window seat',
        // caring habits
        "you're always looking for ways to help people ❤️",
        "you're always looking for a reason to celebrate lol",
        "you're always so excited to see me",
        // bother, sincerely or said of oneself
        "if you can't be bothered to cook we'll just get a takeaway",
        "can't be bothered to go out tonight tbh, are you?",
        "I can't be bothered either lol",
        // a lifelong fact, said kindly or asked
        "you've never looked better, honestly",
        "you've never tried sushi?!",
        "you've never liked mushrooms so I left them out",
        "you've never let me down",
        // mattering, reassured
        "I worry I don't matter to you sometimes",
        "we don't exist when you're gaming lol",
        'you matter so much to me',
        // why would you, reassuring
        'why would you care what they think? you look amazing',
        // thinking well of themselves, teased
        "you really think you're funny don't you 😂",
        "do you honestly think you're ready for the marathon?",
        // this time, a plan
        'what are we cooking this time?',
        'what do you want for dinner this time?',
        // like you always do, fondly
        "you'll smash it like you always do!",
        "you're cooking tonight like you always do? amazing",
        // don't act like, teasing
        "don't act like you didn't love that film 😂",
        // time found, gladly
        'oh so you had time for a nap! good 😊',
        'did you have time for lunch?',
        // sure and quotes, agreeing
        'sure you can borrow the car',
        "sure, I'll grab 'the usual' for you x",
        // it must be nice, warmly
        'must be nice to have a lie in, enjoy it!',
        // self-directed and reported
        "I always forget to lock the back door",
        "I've never liked horror films",
        "she said you never listen but I told her that's not true",
        "I'm not saying you can't be bothered",
        // admiring absolutes and loving labels
        'you always know how to make me laugh',
        "you're such a dork lol",
        "ugh you're the worst ❤️",
        'you never fail to cheer me up',
        // sincere questions
        'do you always take the early train?',
        'are you tired? you sounded exhausted earlier',
        // hypotheticals and apologies
        "if you never want to go back there, that's fine",
        "sorry I was short with you, you didn't deserve that",
        // the best friend is a name, not praise
        "my best friend's wedding is on saturday, can you come?",
      ],
      'assumption',
    );
  });
});

describe('indirect outsourcing in partner texting', () => {
  it('finds guilt trips, sighs and blame in other words', () => {
    expectFound(
      [
        // the speaker's bleak lot in the future tense
        "fine. I'll just sit in the car on my own then",
        "guess I'll watch the film by myself again 🙃",
        "ok I'll just cancel on everyone AGAIN",
        "cool, I'll tell your mum you're too busy for her again",
        "k. I'll just go to bed and cry then",
        "fine, I'll keep my feelings to myself then",
        "great. I'll just do everything myself like always",
        "no problem, I'll just be bored all weekend",
        "guess I'll stay in and be miserable then",
        "sure, I'll make excuses for you as usual",
        "right, I'll just lie awake worrying then",
        // covering for their absence, with a sulk's mark
        "guess I'll just explain to your dad why you're not coming then",
        "fine. I'll cover for you again 🙄",
        // a hurt state put down to their act or silence
        "i couldn't sleep at all because you didn't call",
        "ok well i'm not ok because you're not texting back",
        "i had a full panic attack because you didnt answer",
        "i couldnt focus all day cos u ignored me",
        // their act named, then "it" made the speaker feel bad
        "you know it makes me anxious and you do it anyway",
        "you shut me out and it makes me feel awful",
        "when you go quiet it makes me so anxious",
        // feelings handed over in words the list lacked
        "you've made me so grumpy all day",
        "you're making me feel judged for everything I say",
        "you make me feel like a burden",
        "you make me feel like I'm not good enough",
        "you're making me so self-conscious",
        "you keep making me feel unwelcome in my own flat",
        "you're making me feel like the bad guy",
        // fun had while they suffer
        'have fun while I sit here alone 🙂',
        'enjoy yourselves while I\'m stuck doing the washing',
        // sarcastic apologies and withdrawn effort
        'sorry for caring I guess',
        'well sorry I even bothered',
        "won't bother next time",
        "I'll not bother again then",
        // a good time had without them
        'glad someone had a nice weekend 🙂',
        'glad one of us got some sleep',
        // the death of me
        "you'll be the death of me",
        // the speaker's anger explained by them
        "I'm only upset because you never think of me",
        "I only snap because you push and push",
        // sarcastic thanks closing a loss
        'now I feel like an idiot, thanks a lot',
        'my whole mood is ruined now, well done',
        "now I've got no motivation left, thanks a lot",
        'sat here like a mug all night, thanks for that',
        // counterfactual blame
        "I wouldn't be sighing if you'd just help",
        "I'd be fine if you hadn't started on me",
        // lost evenings and stress
        'brilliant, there goes my night because of you',
        "it's not like I'm sat here waiting or anything",
        'you make every weekend so stressful',
        "you can't keep doing this to me",
      ],
      'outsourcing',
    );
  });

  it('stays quiet on plans, kindness, thanks and jokes that share the words', () => {
    expectNotFound(
      [
        // plans said kindly
        "I'll go on my own, no worries, have fun!",
        "I'll do it myself later, you rest ❤️",
        "if you're late I'll just start without you",
        "ok I'll just meet you there then",
        "I'll sit at the back so I can sneak out early",
        "fine by me, I'll book the table for 8",
        "I'll just grab a sandwich then, see you at 6",
        "guess I'll have the pasta then 😋",
        "I'll be home alone tonight so call me whenever x",
        "I'll cry at the wedding for sure lol",
        // feelings credited
        'you make me so happy',
        "you make me feel like I'm floating",
        'you make me feel so looked after',
        "you're making me feel so welcome here, thank you",
        'because of you I tried rock climbing and loved it',
        // fun while away, warmly
        "have fun while I'm at work! ❤️",
        'enjoy your bath while I cook dinner',
        // apologies, promises, sincere
        'sorry for asking so many questions!',
        "I won't ask again, promise x",
        "I won't bother you while you're studying, good luck!",
        // glad, warmly
        'glad someone liked my cooking haha',
        'so glad you had fun! ❤️',
        // death of me, laughing
        "you'll be the death of me 😂",
        // feelings explained without them
        "I'm only upset because my bus was late",
        "I'm upset because work was awful today",
        // thanks, sincere
        'feeling rubbish today, thanks for checking in',
        'I was so nervous, thanks for coming with me x',
        "I'm exhausted, thanks for asking though",
        'thanks a lot for the lift!',
        "because of you I've binged the whole series. thanks a lot 😂",
        // counterfactual credit
        "I wouldn't have found this job if you hadn't told me about it",
        "I'd be lost if it wasn't for you",
        // reassurance
        "it's not your fault I'm tired, work was mad",
        "don't worry about me, I'm honestly fine, have a lovely time!",
        // teasing about a lost evening
        'there goes my diet lol, that cake was amazing',
        // a state put down to something that is no fault, or a good one, or someone else's feeling
        "I'm sad because you're leaving tomorrow",
        "I slept so well because you were here",
        "i was so worried because you weren't answering, glad you're safe ❤️",
        "I'm stressed but not because you did anything",
        "i cried because you remembered my mum's birthday",
        "my mum was upset because you didn't come",
        "I was anxious because you didn't reply, are you ok?",
        // "it makes me…" about no act of theirs, or a good feeling
        "it makes me anxious when the trains are late",
        "you cook dinner and it makes me so happy",
        // covering for them, kindly
        "ok I'll explain to the kids where you are",
        "I'll explain to mum why you're late, no worries!",
        // reported speech
        'she said you made her feel welcome',
      ],
      'outsourcing',
    );
  });
});
