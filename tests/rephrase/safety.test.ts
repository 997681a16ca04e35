import { describe, expect, it } from 'vitest';
import { crisisNote, detectCrisis, safetyForDraft } from '@/utils/analysis/safety';
import { reflect } from '@/utils/analysis/reflect';

const CRISIS = [
  'I want to kill myself',
  "i dont want to be alive anymore",
  "I've been thinking about suicide",
  'sometimes I cut myself when it gets bad',
  "I'm going to end it all tonight",
  'everyone would be better off without me',
  'I wish I was dead',
  'he hits me when he drinks',
  'my husband threatened to kill me',
  'I was sexually assaulted last year',
  "please don't hurt yourself",
  'kms',
];
const LOOK_ALIKES = [
  'this traffic is killing me',
  'I could kill for a coffee',
  'that joke killed me',
  'my feet are killing me',
  'I was dying to tell you!',
  'we killed it at the gig',
  'I nearly died laughing',
  'the deadline is going to be the death of me lol',
];

describe('detectCrisis', () => {
  it.each(CRISIS)('flags: %s', (t) => expect(detectCrisis(t)).toBe(true));
  it.each(LOOK_ALIKES)('does not flag: %s', (t) => expect(detectCrisis(t)).toBe(false));
});

describe('crisisNote', () => {
  it.each([
    ['en-US', '988'],
    ['en-GB', '116 123'],
    ['en-IE', '116 123'],
    ['en-AU', '13 11 14'],
    ['en-CA', '1-833-456-4566'],
  ])('%s → %s', (locale, number) => expect(crisisNote(locale)).toContain(number));
  it('falls back to the local emergency number and findahelpline.com', () => {
    const note = crisisNote('de-DE');
    expect(note).toContain('local emergency number');
    expect(note).toContain('findahelpline.com');
  });
  it('uses the number from settings', () => expect(crisisNote('en-US', '0800 111 0 111')).toContain('0800 111 0 111'));
  it('suggests reaching out now, in a few sentences', () => {
    const note = crisisNote('en-US');
    expect(note).toMatch(/reach out to someone/);
    expect(note.length).toBeLessThan(400);
  });
});

describe('safety for drafts and received messages', () => {
  it('safetyForDraft', () => {
    expect(safetyForDraft("I can't do this anymore, I want to die", 'en-US')).toContain('988');
    expect(safetyForDraft('this traffic is killing me')).toBeNull();
  });
  it('reflect returns the note, not a rewrite', () => {
    const r = reflect('I just want to die', { locale: 'en-AU' });
    expect(r.kind).toBe('safety');
    expect(r.safetyNote).toContain('13 11 14');
    expect(reflect('this traffic is killing me').kind).toBe('reflection');
  });
});
