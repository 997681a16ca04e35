import { describe, it } from 'vitest';
import { expectFound, expectNotFound } from './helpers';

describe('outsourcing', () => {
  it('finds the partner made responsible for causing or fixing feelings', () => {
    expectFound(
      [
        'you make me feel worthless',
        'you made me so angry',
        "it's your fault I'm upset",
        'fix this',
        'you need to make me feel better',
        "because of you I can't sleep",
        "You're making me look bad!",
        'this is all your fault',
        'u make me so sad',
        "You've ruined everything.",
        "You're freaking me out!",
        'How could you do this to me?',
        'I blame you.',
        'You hurt my feelings.',
        'You drive me crazy.',
        'you piss me off',
      ],
      'outsourcing',
    );
  });

  it('leaves gifts, reassurance and practical requests alone', () => {
    expectNotFound(
      [
        'you make me laugh',
        'thanks for making me feel welcome',
        'can you fix the sink?',
        "it's not your fault",
        "Aw honey, it's not your fault.",
        "Don't blame me, I just work here.",
        'He makes me feel so good.',
        "I don't blame you.",
        'you make me so happy',
        "Let's fix it at seven, OK?",
        'Could you make me four copies of those?',
      ],
      'outsourcing',
    );
  });

  it('finds blame in chat shapes, and leaves credit and teasing alone', () => {
    expectFound(
      [
        'ur making me so angry rn',
        'youre giving me a headache',
        'u made me miss my flight',
        'ur the reason i have trust issues',
        'you make me want to scream',
        'you put me in a terrible mood',
      ],
      'outsourcing',
    );
    expectNotFound(
      [
        'you make me feel so safe',
        'because of u i actually like mondays',
        'ur the reason im addicted to this show lol',
        'i blame you for my new tea habit lol',
        'you ruined me for other pizza, this is amazing',
        "you're driving me crazy in the best way",
      ],
      'outsourcing',
    );
  });
});
