import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/analysis';
import { expectFound, expectNotFound, found } from './helpers';

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

  it('finds advice in a counsellor\'s or friend\'s register', () => {
    expectFound(
      [
        'Is there a way you could ask for a later shift?',
        'is there anyone u could talk to about it?',
        'If I was you I would write to the council.',
        "It won't hurt to ask your manager.",
        "There's no harm in asking for a second opinion.",
        'The important thing right now is to get some sleep.',
        "I've found that a short walk before bed helps.",
        'It might be a good idea to keep a diary of it.',
        // hedged advice with a rising tone is still advice; a plain question is not (below)
        'maybe next time try to set an alarm?',
      ],
      'rushed-fix',
    );
  });

  it('leaves invitations, agreement, opinions asked and turns of phrase alone', () => {
    expectNotFound(
      [
        // asking for the other's view is what a rephrasing offers
        'What do you think about moving the dinner to Sunday?',
        'what do you think about trying the new place?',
        // asking permission is a request
        'Would you be willing to take your shoes off inside?',
        'Would you be open to a walk later?',
        // enthusiastic invitations and teasing
        "you need to come see the lake at dusk, it's unreal",
        "calm down, it's just a birthday dinner lol",
        // agreeing with their plan
        'That is a good idea.',
        "that's a great idea!",
        // need/have as a main verb, idioms, a finding that is no advice
        "Don't you have plans tonight?",
        "It's the rest that you need right now.",
        'you have to admit the ending was clever',
        'I found that the shop was already shut.',
        'is there a way to get there by bus?',
        'take the bins out?',
      ],
      'rushed-fix',
    );
  });

  it('a playful minimising line still counts after a message that carried a feeling', () => {
    expect(found("calm down lol, it's just one exam", 'rushed-fix')).toEqual([]);
    const ctx = { partnerMessage: "I'm gutted, I failed the exam" };
    expect(analyze("calm down lol, it's just one exam", ctx).some((f) => f.category === 'rushed-fix')).toBe(true);
  });
  describe('support replies (issue #13, round 2): our own examples', () => {
    const worried = { partnerMessage: "my landlord won't fix the boiler and i'm so stressed about it" };
    const plain = { partnerMessage: 'off to the shops, want anything?' };
    const has = (text: string, ctx?: { partnerMessage: string }) => analyze(text, ctx).some((f) => f.category === 'rushed-fix');

    it('any verb opening a clause answers a shared problem with a fix', () => {
      for (const t of ['photograph the damage and email the agency', 'shop around for a cheaper place', 'then come running with me tomorrow, it clears your head', 'please raise it with the council'])
        expect(has(t, worried), t).toBe(true);
    });
    it('…but not without a shared feeling, and not a wish or a sign-off', () => {
      for (const t of ['photograph the damage and email the agency', 'shop around for a cheaper place']) expect(has(t), t).toBe(false);
      for (const t of ['hope it gets sorted soon', 'take care of yourself x', 'thank you for telling me']) expect(has(t, worried), t).toBe(false);
    });
    it('hedged, minimising and verdict shapes', () => {
      for (const t of ["it might be worth asking the council", "i wouldn't read too much into his reply", 'no point stressing till you hear back', "you're overthinking this", 'a space heater and thick socks. game changer.', 'have you both looked at other flats?', 'has he tried calling them?'])
        expect(has(t, worried), t).toBe(true);
    });
    it('errands, tastes and musings stay quiet when nothing was shared', () => {
      for (const t of ['you need to bring the charger, mine is dead', 'you should see the size of this dog', 'you should try the new noodle bar, sam says it is great', 'do you ever think about moving abroad'])
        expect(has(t, plain), t).toBe(false);
      // the same shape is advice when it names a remedy
      expect(has('you should see a doctor about that cough', plain)).toBe(true);
    });
    it('speakers about themselves: past relief, hoping for the best, being told not to apologise', () => {
      for (const t of ['it was nothing to worry about in the end', 'i always hope for the best', "don't be sorry, it's fine"]) expect(has(t), t).toBe(false);
    });
  });
});
