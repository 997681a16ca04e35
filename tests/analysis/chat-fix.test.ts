/**
 * Rushed fixes in partner / close-friend chat (issue #13): every positive of chat-fix.data.ts is
 * flagged after its partner message, every look-alike stays quiet (logistics, affection,
 * celebration, invitations, reported speech, the speaker about themself, jokes). Each line is one
 * test, so a failure names the line.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/analysis';
import { CHAT_FIXES, CHAT_LOOKALIKES, type ChatLine } from './chat-fix.data';

function rushed(line: ChatLine): string[] {
  return analyze(line.text, line.partner ? { partnerMessage: line.partner } : undefined)
    .filter((f) => f.category === 'rushed-fix')
    .map((f) => `${f.reason}:${f.phrase}`);
}

describe('chat register: rushed fixes after a feeling', () => {
  it('has enough lines of both kinds', () => {
    expect(CHAT_FIXES.length).toBeGreaterThanOrEqual(40);
    expect(CHAT_LOOKALIKES.length).toBeGreaterThanOrEqual(40);
  });
  for (const line of CHAT_FIXES) {
    it(`flags [${line.kind}] ${line.text}`, () => {
      expect(rushed(line), `after: ${line.partner}`).not.toEqual([]);
    });
  }
});

describe('chat register: look-alikes stay quiet', () => {
  for (const line of CHAT_LOOKALIKES) {
    it(`quiet [${line.kind}] ${line.text}`, () => {
      expect(rushed(line), `after: ${line.partner ?? '(nothing)'}`).toEqual([]);
    });
  }
});

describe('chat register: the same words without a feeling before them', () => {
  // Context-only shapes are errands, shrugs or plans when nothing hard was shared.
  const plain = 'on my way home, need anything?';
  it.each(['just say sorry', 'take a nap', 'it is what it is', 'u need a holiday', 'do some yoga', 'chill lol', 'have a hot bath'])(
    'quiet after a plain message: %s',
    (text) => {
      expect(rushed({ partner: plain, text, kind: 'plain' })).toEqual([]);
    },
  );
});
