import { describe, expect, it } from 'vitest';
import { reflect, flipPronouns } from '@/utils/analysis/reflect';
import { FEELINGS_WHEEL, NEEDS, coreOf } from '@/utils/analysis/feelings';

describe('reflect', () => {
  it('reflects the feeling and its topic', () => {
    const r = reflect("I'm so anxious about tomorrow's meeting");
    expect(r.kind).toBe('reflection');
    expect(r.reflections[0]).toBe("I hear how anxious you feel about tomorrow's meeting.");
    expect(r.questions[0]).toBe('What feels heaviest about it?');
  });
  it.each([
    ["i'm exhausted", 'I hear how exhausted you feel.'],
    ["I've been so stressed with my job lately", 'I hear how stressed you feel with your job lately.'],
    ['Honestly I feel so overwhelmed by everything my mom wants', 'I hear how overwhelmed you feel by everything your mom wants.'],
    ["I'm heartbroken about what happened with Sam", 'I hear how heartbroken you feel about what happened with Sam.'],
    ["I'm kind of lonely since you left for the trip", 'I hear how lonely you feel since I left for the trip.'],
  ])('%s', (msg, expected) => expect(reflect(msg).reflections[0]).toBe(expected));

  it('keeps the joy of a happy message', () => {
    expect(reflect("I'm so excited about the trip!").reflections[0]).toBe('I can hear how excited you feel about the trip!');
  });
  it('skips a denied feeling', () => {
    expect(reflect("I'm not worried, just tired").reflections[0]).toBe('I hear how tired you feel.');
  });
  it('reflects the situation and asks about the feeling when none is named', () => {
    const r = reflect('My boss moved the deadline again and I was up all night.');
    expect(r.reflections[0]).toBe('It sounds like your boss moved the deadline again and you were up all night.');
    expect(r.questions[0]).toBe('How are you feeling about it?');
  });
  it('reads chat spelling before reflecting: never "So my never home anymore"', () => {
    const r = reflect('ur never home anymore and the kids miss u');
    for (const x of r.reflections) expect(x).not.toMatch(/\bmy never\b|\bur\b|\bu\b/);
    expect(r.reflections[0]).toBe("It sounds like you feel I'm never home anymore and the kids miss me.");
    expect(reflect('im so stressed abt work').reflections[0]).toBe('I hear how stressed you feel about work.');
  });
  it('a look-alike about the partner themself stays a plain reflection', () => {
    expect(reflect("i dont know what to do anymore").reflections[0]).toBe("It sounds like you don't know what to do anymore.");
  });
  it('flips pronouns with agreement', () => {
    expect(flipPronouns('I am tired of my job')).toBe('you are tired of your job');
    expect(flipPronouns('you told me I was wrong')).toBe('I told you you were wrong');
  });
});

describe('feelings wheel', () => {
  it('has six core feelings and at least 70 words', () => {
    expect(FEELINGS_WHEEL.map((f) => f.core)).toEqual(['mad', 'sad', 'scared', 'joyful', 'powerful', 'peaceful']);
    expect(FEELINGS_WHEEL.flatMap((f) => f.words).length).toBeGreaterThanOrEqual(70);
    for (const f of FEELINGS_WHEEL) expect(f.color).toMatch(/^#[0-9a-f]{6}$/);
  });
  it('maps nuanced words to their core', () => {
    expect(coreOf('anxious')).toBe('scared');
    expect(coreOf('Frustrated')).toBe('mad');
    expect(coreOf('exhausted')).toBe('sad');
    expect(coreOf('stress')).toBe('scared');
    expect(coreOf('table')).toBeUndefined();
  });
  it('lists needs', () => {
    for (const n of ['encouragement', 'rest', 'reassurance', 'space', 'connection', 'help', 'appreciation']) expect(NEEDS).toContain(n);
  });
});
