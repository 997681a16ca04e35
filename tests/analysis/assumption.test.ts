import { describe, it } from 'vitest';
import { expectFound, expectNotFound } from './helpers';

describe('assumption', () => {
  it('finds mind-reading, absolutes and labels aimed at the partner', () => {
    expectFound(
      [
        'you always ignore my texts',
        'you never listen',
        "you obviously don't care",
        "I know you think I'm stupid",
        'you just want to win',
        'typical of you',
        "you're so lazy",
        'ur so selfish',
        'youre always late 🙄',
        'u never listen to me',
        "You don't even care about this.",
        'Why do you always have to be right?',
        'You idiot!',
        'All you ever do is complain.',
        'Oh, so typical.',
        'you never even noticed me!',
        "You're such a liar.",
        "What's wrong with you?",
        'Who do you think you are?',
        "You don't love me.",
      ],
      'assumption',
    );
  });

  it('ignores praise, first person, third person, generic you, questions and negation', () => {
    expectNotFound(
      [
        'you always make the best pancakes',
        'I never thought of that',
        "do you think it'll rain?",
        'I always forget',
        "I'm not saying you never listen",
        "I don't think you're lazy at all",
        'he never listens',
        'you never know',
        'You always believed in me.',
        'You never told me about that guy.',
        "Do you think I'm fat?",
        "you're so sweet",
        "You're never gonna believe it!",
        'You are always happy and kind.',
        'Bread, so you never go hungry.',
        'it was a typical day at work',
        'You mean they like you.',
      ],
      'assumption',
    );
  });

  it('reads chat-speak mind-reading, and leaves plans, reassurance and kind guesses alone', () => {
    expectFound(
      [
        'wow ok so u just dont care',
        'u couldnt care less',
        'of course u forgot',
        'typical.',
        'ur never gonna change',
        'ur only sorry bc u got caught',
        'u literally never help',
        'i bet u were with him',
      ],
      'assumption',
    );
    expectNotFound(
      [
        'you always park there so ill meet you there',
        'you probably dont need to decide tonight',
        'you have more skills than you think, ones you didnt think about',
        'i think u just need some sleep',
        'typical monday lol',
        'of course you can come',
        'ur probably stuck in traffic, no rush',
        'typical you, always thinking of everyone ❤️',
      ],
      'assumption',
    );
  });
  it('reads a tag question after a claim about the partner as a story, not a question', () => {
    expectFound(['you dont really care about my job, do you', 'u secretly want to move back home dont u', 'you love making me wait dont you'], 'assumption');
    expectNotFound(['you like mushrooms, dont you?', 'you love a good quiz dont you 😂'], 'assumption');
  });

  it('finds motives, verdicts and "for once"; leaves their look-alikes', () => {
    expectFound(['you only agreed so i would shut up', 'u did that on purpose', 'so you.', 'classic.', 'cant you be nice to me for once', 'youre so stingy'], 'assumption');
    expectNotFound(['i know you didnt do it on purpose', 'so youre coming at 6?', 'classic film tonight?', 'for once i slept in', 'youre obsessed with that podcast lol'], 'assumption');
  });
});
