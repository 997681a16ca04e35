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
        "because of you I can't stop crying",
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
        "because of you I can't stop smiling today 🥰",
        "ur the reason i cant stop laughing 😂",
      ],
      'outsourcing',
    );
  });
  it('reads a counterfactual by polarity: a good state wished for or a bad one denied is blame', () => {
    expectFound(['id be so much calmer if you just told me the truth', 'i wouldnt be this tense if u didnt keep secrets', 'if it wasnt for you id be happy'], 'outsourcing');
    expectNotFound(['if it wasnt for u id be lost', 'i wouldnt be this happy if you werent around', 'id be happy if you came for dinner', 'i wouldnt mind if you joined us'], 'outsourcing');
  });

  it('finds a lost good state blamed on the partner, not one they rescued', () => {
    expectFound(['i was in such a good mood until you walked in', 'we were having a great time until u started'], 'outsourcing');
    expectNotFound(['i was anxious until you came, thank you', 'wait until you see the cake!!'], 'outsourcing');
  });

  it('finds "your X gets to me", "your doing", "you did this to me"; not "your X does it for me"', () => {
    expectFound(['its your sighing that gets to me', 'i feel terrible and thats all your doing', 'you did this to me', 'u got me so wound up'], 'outsourcing');
    expectNotFound(['its your eyes that do it for me', 'u got me so excited for saturday', 'look what youve done to the garden, its beautiful'], 'outsourcing');
  });
});
