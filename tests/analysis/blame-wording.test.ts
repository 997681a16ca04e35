import { describe, it } from 'vitest';
import { expectFound, expectNotFound } from './helpers';

/**
 * Emotional outsourcing in wordings the older rules did not know (issue #13): the partner held
 * responsible for the speaker's feelings or outcomes, in chat spelling and without apostrophes,
 * and the look-alikes that borrow the same words: credit and charm, logistics, the speaker owning
 * a feeling, a third person as the cause, missing someone, flirting, apologies, reported speech,
 * denial and jokes. All sentences are written for this file.
 *
 * Jokes: a laugh closing a line about a habit or a treat ("i blame you for my coffee habit lol",
 * "you owe me a pizza lol") stays quiet, as long as nothing hurt is named beside it; a laugh does
 * not excuse a named hurt ("you ruined my night lol" is still found by the older rules).
 */
describe('blame wording: new shapes of outsourcing', () => {
  it("finds the speaker's calm made to hang on what the partner does", () => {
    expectFound(
      [
        "I can't relax when you leave the dishes everywhere",
        'i cant even relax when ur home anymore',
        'i literally cant breathe around u anymore',
        'how am I supposed to feel ok when you ignore me',
        'how am i meant to be calm when u yell',
        'how can i relax when you keep doing this',
      ],
      'outsourcing',
    );
  });

  it('finds a hurt or setback pinned on the partner or their doing', () => {
    expectFound(
      [
        'my whole day is wrecked thanks to u',
        'my night is wrecked because of you',
        'everything is ruined cause of u',
        "i'm late due to you",
        'because of your lies i cant trust anyone',
        'thanks to your snoring i got no sleep',
        'because of ur attitude the whole dinner was awful',
      ],
      'outsourcing',
    );
  });

  it('finds put in a position, put through it', () => {
    expectFound(
      [
        'you put me in this position',
        'u put me in such an awkward position with ur mom',
        'u put me in a really bad spot last night',
        'after everything you put me through',
      ],
      'outsourcing',
    );
  });

  it('finds never let me, owe me, no choice, the worst in me', () => {
    expectFound(
      [
        'u put me thru so much',
        'you never let me be happy',
        'u never let me just be happy for once',
        'you dont let me have any fun',
        "you won't let me speak",
        'you never let me be myself',
        'u owe me an apology',
        'you owe me for ruining my birthday',
        'you owe me after what you did',
        'you leave me no choice',
        'you gave me no choice',
        'u bring out the worst in me',
      ],
      'outsourcing',
    );
  });

  it('finds ruining, draining, killing the mood', () => {
    expectFound(
      [
        'you always make me out to be the bad guy',
        'u just had to ruin it',
        'you always have to spoil it',
        "you're exhausting me",
        'u drain me',
        'ur draining me honestly',
        'you killed the vibe',
        'u sucked all the fun out of tonight',
        'you take all the joy out of everything',
        'you wasted my whole weekend',
        'u made me lose my temper',
        'ur making me go insane',
        "you're supposed to make me feel better not worse",
      ],
      'outsourcing',
    );
  });

  it("finds the partner's job is the speaker's feelings; guilt and handed-over acts", () => {
    expectFound(
      [
        'you never make me feel wanted anymore',
        'u dont make me feel special',
        "if you cared I wouldn't feel like this",
        'if u loved me u wouldnt talk to me like that',
        'i only yelled because you wouldnt listen',
        'i only said it cause u started it',
        'u make it so hard to be happy',
      ],
      'outsourcing',
    );
  });

  it('finds made hard, made stressful, the reason, this is what you did', () => {
    expectFound(
      [
        'u make everything so stressful',
        'u give me so much anxiety',
        'ur honestly the reason im so stressed all the time',
        'youre the whole reason im upset',
        'ur why i cant trust anyone',
        "you've made this the worst week ever",
        'look at me now, this is what you did',
      ],
      'outsourcing',
    );
  });

  it('finds before-you, since-you, stop-making-me and made-me-bitter shapes', () => {
    expectFound(
      [
        "i'm like this because of how you treat me",
        "you're giving me a panic attack",
        'i was happy before you',
        'i was never this anxious before i met you',
        "ever since you moved in i can't sleep",
        'since u started that job ive been miserable',
        'stop making me cry',
        'you traumatized me',
        'you made me so bitter',
        'u made me into a nervous wreck',
        'you make my head hurt',
        'u always mess everything up',
        'you screwed everything up for me',
      ],
      'outsourcing',
    );
  });

  it('finds the chat-spelled shapes the issue names', () => {
    expectFound(
      [
        'you stress me out',
        'you give me anxiety',
        "you're the reason I'm like this",
        'ur the reason i cant sleep',
        "you're why I can't focus",
        'you ruin everything',
        'you ruined my night',
        "you're driving me insane",
        "I'm miserable because of you",
        'u made this so hard for me',
        'look what you made me do',
        'you made me look stupid',
        "I wouldn't be so angry if you listened",
        "it's on you now",
        "you've turned me into someone I don't recognise",
        // a laugh does not excuse a named hurt
        'you ruined my night lol',
      ],
      'outsourcing',
    );
  });
});

describe('blame wording: look-alikes stay quiet', () => {
  it('leaves alone credit, charm and lifts', () => {
    expectNotFound(
      [
        'thanks to you i actually slept well',
        'you ruined other pizza for me forever',
        'you make it impossible to stay mad at you',
        'you make it so hard to leave',
        'you bring out the best in me every day',
        'you always make me the happiest girl',
        'you take all my stress away',
        'you made me lose my mind laughing lol',
        'you made me go crazy for you 😍',
        'i only left early because you were tired',
        'because of your help i passed',
        'thanks to your advice i got the job',
        'thanks to your cooking i gained 5 pounds lol',
        'you made me this cake? 😭 i love you',
        'you made me like sushi',
        "you're the reason i wake up smiling",
      ],
      'outsourcing',
    );
  });

  it('leaves alone logistics and ordinary requests', () => {
    expectNotFound(
      [
        "you're driving me to the airport right?",
        "you're driving me home after right?",
        'you never let me carry anything heavy 🥺',
        'you owe me a pizza lol',
        'you owe me one for covering your shift haha',
        'u owe me a rematch 😤',
        'i owe you an apology',
        'you put me in a good mood',
        'you put me in touch with the best people',
        "you put me through uni and i'll never forget it",
        'did you have to spoil the ending lol',
        "you're supposed to be relaxing this weekend",
        "if you cared to join, we're at the pub",
        "if you loved it i'd make it again",
        'i only came because you asked 🥰',
      ],
      'outsourcing',
    );
  });

  it('leaves alone the speaker owning a feeling, or a third person or thing as cause', () => {
    expectNotFound(
      [
        'u stress too much, relax babe',
        'my job stresses me out more than anything',
        'the deadline is giving me so much stress',
        'i cant relax when my inbox is full',
        'how am i supposed to sleep with this heat',
        'you exhausted me last night 😏',
        "i'm stressed but not because of you",
      ],
      'outsourcing',
    );
  });

  it('leaves alone missing, wanting and flirting', () => {
    expectNotFound(
      [
        "i can't sleep when you're away",
        "i can't sleep when you're not next to me",
        "i can never relax until you text me you're home",
        "i can't think straight when you look at me like that",
        "i can't focus when you're this cute",
        'u never let me pay for anything 🥰',
        'you never let me go to bed sad',
        'you never let me feel alone',
        'the kids drain me',
        'you never make me feel stupid for asking',
      ],
      'outsourcing',
    );
  });

  it('leaves alone apologies, reported speech, denial, sincere questions, jokes', () => {
    expectNotFound(
      [
        'sorry i put you in that position',
        'you gave me no reason to doubt you',
        'you left me no choice but to eat all the cookies lol',
        'you killed it on stage',
        'he told me you were the reason he quit',
        "it's not because of you, work is just crazy",
        'my coworker put me in an awkward position',
        "you're the reason we can't have nice things",
      ],
      'outsourcing',
    );
  });

  it("leaves alone credit before and since, laughs, the speaker's own mess and thanks given", () => {
    expectNotFound(
      [
        'i was so lonely before you',
        'i was a mess before i met you',
        'before you go, can you grab milk',
        "ever since you moved in i've been so happy",
        "since you asked, i'm doing fine",
        'ever since you left i miss you so much',
        'stop making me laugh so hard',
        'stop making me blush 😳',
        'you traumatized me with that pun lol',
        'you make my heart melt',
        'i always mess everything up',
        "you didn't mess anything up",
        'you messed it all up',
        "i was so moved, i can't express my thanks to you",
        "i'm tired of you being so far away",
      ],
      'outsourcing',
    );
  });

  it('leaves alone loving lines that borrow the new shapes', () => {
    expectNotFound(
      [
        "i can't relax when you're not home, text me when you land",
        "i can never sleep when you're on nights",
        'how am i supposed to focus when you send me pics like that 😍',
        'how can i be mad when you look at me like that',
        "i can't stop smiling when you're around",
        "i can't think when you're around lol",
        'you never let me feel like a burden',
        'you never let me forget how loved i am',
        "you won't let me pay for anything, stop it 😂",
        'you owe me a kiss',
        'you owe me a date night',
        'you owe me nothing, honestly',
        'you put me in such a good mood',
        'you put me in the best mood',
        'you put me through so many laughs tonight lol',
        'you gave me no reason to worry',
        'you leave me no choice but to kiss you',
        'you bring out the silly in me',
        'you always make me the happiest',
        'you just had to make me cry with that speech 😭❤️',
        'you had to go and make me fall for you',
        'you exhaust me in the best way',
        'you take all my worries away',
        'you killed it, the vibe was perfect',
        'you wasted no time lol',
        'you made me lose my mind, that kiss 😳',
        "you made me this way and i'm grateful",
        "you're supposed to make me laugh, not cry from laughing lol",
        'you never make me feel small',
        'if you loved the movie we can watch the sequel',
        "if you cared to come, there's room",
        'i only got angry because i was scared for you',
        'i only cried because i was happy',
        'because of your hugs i slept so well',
        'thanks to your notes i passed the exam',
        "thanks to your mom's recipe dinner was amazing",
        'because of your kindness i feel safe',
        'before you, i never knew love like this',
        'i was never this happy before i met you',
        "ever since you came along i've been smiling",
        "since you left for the trip i've been lonely, come back soon ❤️",
        'stop making me fall for you',
        'you make my heart race',
        'you made this week the best ever',
        "this is what you did for me? i'm crying 😭",
        'that is what you wanted right? the blue one?',
        "you've made me a better person",
        "you made me a coffee, you're the best",
        'you made me into a morning person',
      ],
      'outsourcing',
    );
  });

  it('leaves alone the look-alikes the issue names', () => {
    expectNotFound(
      [
        'you make me so happy',
        'because of u I finally tried yoga and I love it',
        "you're the reason I smile",
        'you drive me crazy in the best way',
        'I feel stressed when the dishes pile up',
        'work stresses me out',
        'my boss ruined my day',
        'she said you stress her out',
        'did I stress you out?',
        'sorry I made you wait',
        'I blame you for my coffee habit lol',
      ],
      'outsourcing',
    );
  });
});
