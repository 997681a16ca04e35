import { describe, it } from 'vitest';
import { expectFound, expectNotFound } from './helpers';

describe('rushed-fix', () => {
  it('finds advice, instructions and minimising', () => {
    expectFound(
      [
        'you should just talk to him',
        "why don't you quit?",
        'have you tried sleeping earlier',
        'calm down',
        "don't worry about it",
        'at least you still have a job',
        "it's not a big deal",
        'just ignore them',
        'get over it',
        'u should prob just break up w him tbh',
        'why dont u just call her lol',
        'dont worry bout it',
        'Maybe you could ask your sister to help.',
        'You need to stop checking your phone at night.',
        "I'd just move on honestly.",
        'If I were you I would quit tomorrow.',
        'Try to get some sleep and think about it tomorrow.',
        "You'll be fine, everything will work out.",
        "It's probably a blessing in disguise.",
        'Have you considered talking to HR?',
        "Don't be so dramatic about it.",
        'It might be a good idea to take a break.',
        'You can try talking to her.',
        'How about trying yoga?',
        "It's important to rest.",
      ],
      'rushed-fix',
    );
  });

  it('leaves logistics, enthusiasm and first-person plans alone', () => {
    expectNotFound(
      [
        'should I pick up dinner?',
        'you should see the view from here!',
        "don't worry, I already paid",
        'at least 3 people came',
        'Yeah I guess I’ll let it go.',
        'I should really call my mum.',
        'We could get pizza later if you want.',
        'Can you take the bins out?',
        'I have to go to work now.',
        'Let me know when you get home!',
        'You take your time.',
        'Tell me more about it.',
        'Did you end up going to the thing on Saturday?',
        'see you at 7, I will bring the charger',
        'you should totally come to the party!',
        'can u grab milk on the way home',
      ],
      'rushed-fix',
    );
  });

  it('is not rushed when the draft acknowledges the feeling first', () => {
    expectNotFound(
      [
        'That sounds awful — have you thought about telling HR?',
        "I'm so sorry. Maybe you could take a few days off?",
        'That must have been so hard. You should talk to him.',
        "that sucks, maybe u can ask for an extension",
      ],
      'rushed-fix',
    );
  });
});
