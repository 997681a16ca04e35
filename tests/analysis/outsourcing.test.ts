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
});
