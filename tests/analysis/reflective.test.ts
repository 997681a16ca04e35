import { analyze } from '../../utils/analysis';
import { describe, expect, it } from 'vitest';
import { expectFound, expectNotFound } from './helpers';

describe('reflective', () => {
  it('finds reflections, validation and open questions about their experience', () => {
    expectFound(
      [
        "it sounds like you're exhausted",
        'I hear how anxious you are',
        'that must have hurt',
        'what was that like for you?',
        'That sounds awful',
        'i can imagine how hard that is',
        "I'm so sorry to hear that.",
        'that sucks',
        'How are you holding up?',
        "I don't blame you for being upset.",
        'What happened?',
        'you seem really stressed lately',
        "What's been going on?",
        'Do you want to talk about it?',
        "No wonder you're exhausted.",
        'I would be upset too.',
      ],
      'reflective',
    );
  });

  it('does not count apologies for oneself or logistics', () => {
    expectNotFound(
      [
        "Sorry I'm late!",
        'sorry for the delay',
        'sounds good, see you at 7',
        'I thought it was terrible.',
        'It seems to me that the bus is late.',
      ],
      'reflective',
    );
  });

  it('finds reflections worded without the usual frames', () => {
    expectFound(
      [
        'It sounds to me like you have been carrying this alone.',
        'It sounds as if the move has worn you out.',
        'I can really feel your frustration.',
        'i understand your worry about the scan',
        "oh dear, that's a long time on your own",
        'so you feel like nothing is changing, right?',
      ],
      'reflective',
    );
  });

  it('leaves opinions and plain uses of "as" and "your" alone', () => {
    expectNotFound(['It seems to me the second plan is cheaper.', 'it seems as well that the bus is late', 'I can see your point.', 'I can hear your music from here.'], 'reflective');
  });
  describe('validation without the listed phrases (issue #13, round 2): our own examples', () => {
    const hurt = { partnerMessage: "my best friend forgot my birthday and i'm really hurt" };
    const has = (text: string, ctx?: { partnerMessage: string }) => analyze(text, ctx).some((f) => f.category === 'reflective');
    it('judging their situation by how it weighs, naming their bind, normalising', () => {
      for (const t of [
        "that's so disheartening",
        'waiting all day for a message that never comes is so isolating',
        'that would leave anyone feeling low',
        "you're torn between being angry and missing her",
        'there is a lot of hurt in that',
        'completely normal to feel hurt by that',
        'it makes sense you feel let down',
        'of course you feel hurt, it matters to you',
        'ugh that stings',
      ])
        expect(has(t, hurt), t).toBe(true);
    });
    it('delight, the speaker\'s own day and asking about plans are not reflections', () => {
      for (const t of ["that's so cool!", 'my commute is so draining', 'work was rough today', 'the meeting was so draining', 'of course you are invited', 'makes sense, see you at 7']) expect(has(t), t).toBe(false);
    });
  });
});
