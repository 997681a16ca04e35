/**
 * Issue #13, round 3: on partner chat, innocent imperatives and "you should"s got a rushed-fix hint:
 * invitations, plans, cheering on, practical answers the partner asked for, offers to take a job on,
 * jokes with a laugh. The partner's message decides much of it (context.ts). The same shapes after a
 * shared feeling still advise. Our own sentences (partner-invitations.data.ts).
 */
import { describe, expect, it } from 'vitest';
import { analyze, labelsOf } from '../../utils/analysis';
import { CHEERS, INVITES, JOKES, OFFERS, PRACTICAL, STILL_ADVICE } from './partner-invitations.data';

const rushed = (text: string, partner?: string) =>
  labelsOf(analyze(text, partner ? { partnerMessage: partner } : undefined)).includes('rushed-fix');

describe('partner chat: look-alikes of a rushed fix stay quiet', () => {
  it('invitations and plans', () => {
    for (const [t, p] of INVITES) expect(rushed(t, p), t).toBe(false);
  });
  it('cheering on', () => {
    for (const [t, p] of CHEERS) expect(rushed(t, p), t).toBe(false);
  });
  it('practical answers the partner asked for', () => {
    for (const [t, p] of PRACTICAL) expect(rushed(t, p), t).toBe(false);
  });
  it('offers that take the job on, and worries settled by the speaker', () => {
    for (const [t, p] of OFFERS) expect(rushed(t, p), t).toBe(false);
  });
  it('jokes and teasing', () => {
    for (const [t, p] of JOKES) expect(rushed(t, p), t).toBe(false);
  });
});

describe('partner chat: the same shapes after a shared feeling still advise', () => {
  it('flags them', () => {
    for (const [t, p] of STILL_ADVICE) expect(rushed(t, p), t).toBe(true);
  });
});
