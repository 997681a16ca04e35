import { describe, expect, it } from 'vitest';
import { Outcomes } from '../../utils/watcher/outcomes';
import { FIX, NEVER, REFLECTIVE, composer } from './parts-fixtures';

function setup(storeSnippets = false) {
  const sent: { type: string; data: any }[] = [];
  const outcomes = new Outcomes({
    host: 'chat.example',
    now: () => 1_700_000_000_000,
    send: (async (type: string, data: unknown) => void sent.push({ type, data })) as never,
    storeSnippets: () => storeSnippets,
    report: () => {},
  });
  const patterns = () => sent.filter((m) => m.type === 'logPattern').map((m) => m.data);
  const trust = () => sent.filter((m) => m.type === 'logTrust').map((m) => m.data);
  return { outcomes, sent, patterns, trust, ...composer('you never listen to me') };
}

describe('outcomes', () => {
  it('counts a finding as shown once per draft, however often the hint re-renders it', () => {
    const t = setup();
    expect(t.outcomes.shown(t.session, [NEVER])).toBe(1);
    expect(t.outcomes.shown(t.session, [NEVER, FIX])).toBe(1);
    expect(t.outcomes.shown(t.session, [{ ...NEVER, start: 20, end: 32 }])).toBe(0);
  });

  it('logs a shown finding’s outcome once: a second dismiss or a later send adds nothing', () => {
    const t = setup();
    t.outcomes.shown(t.session, [NEVER]);
    t.outcomes.dismissed(t.session, NEVER);
    t.outcomes.dismissed(t.session, NEVER);
    t.outcomes.sent(t.session);
    expect(t.patterns()).toHaveLength(1);
    expect(t.patterns()[0]).toMatchObject({
      outcome: 'dismissed', site: 'chat.example', category: 'assumption', phrase: 'never listen', time: 1_700_000_000_000,
    });
    expect(t.patterns()[0].snippet).toBeUndefined();
  });

  it('logs nothing for a finding the hint never showed', () => {
    const t = setup();
    t.outcomes.dismissed(t.session, NEVER);
    t.outcomes.sent(t.session);
    expect(t.sent).toEqual([]);
  });

  it('logs edited when a shown finding is gone from the next analysis, and only then', () => {
    const t = setup();
    t.outcomes.shown(t.session, [NEVER, FIX]);
    t.outcomes.analysed(t.session, [NEVER, FIX]);
    expect(t.patterns()).toEqual([]);
    t.outcomes.analysed(t.session, [FIX]);
    t.outcomes.analysed(t.session, [FIX]);
    expect(t.patterns().map((p) => [p.reason, p.outcome])).toEqual([[NEVER.reason, 'edited']]);
  });

  it('settles unanswered hints as sent anyway when the draft goes out, and a reflective draft earns a deposit', () => {
    const t = setup();
    t.outcomes.shown(t.session, [NEVER, FIX]);
    t.outcomes.dismissed(t.session, FIX);
    t.session.findings = [NEVER, REFLECTIVE];
    t.outcomes.sent(t.session);
    expect(t.patterns().map((p) => [p.reason, p.outcome])).toEqual([
      [FIX.reason, 'dismissed'],
      [NEVER.reason, 'sent-anyway'],
    ]);
    expect(t.trust()).toMatchObject([{ direction: 'deposit', kind: 'reflection', note: 'sent a reflection' }]);
  });

  it('logs used for each covered finding with one reflection deposit; a snippet only when the user allows it', () => {
    const t = setup(true);
    t.outcomes.shown(t.session, [NEVER, FIX]);
    t.outcomes.used(t.session, [NEVER, FIX], 'you never listen to me');
    expect(t.patterns().map((p) => p.outcome)).toEqual(['used', 'used']);
    expect(t.patterns()[0].snippet).toBe('you never listen to me');
    expect(t.trust()).toHaveLength(1);
    const privately = setup(false);
    privately.outcomes.shown(privately.session, [NEVER]);
    privately.outcomes.used(privately.session, [NEVER], 'you never listen to me');
    expect(privately.patterns()[0].snippet).toBeUndefined();
  });

  it('forgets unanswered hints of an abandoned draft without logging them', () => {
    const t = setup();
    t.outcomes.shown(t.session, [NEVER]);
    t.outcomes.forget(t.session);
    t.outcomes.sent(t.session);
    expect(t.sent).toEqual([]);
  });

  it('"not a pattern" adds the lower-cased phrase to the list and logs the outcome', () => {
    const t = setup();
    t.outcomes.shown(t.session, [NEVER]);
    expect(t.outcomes.notAPattern(t.session, NEVER)).toBe('never listen');
    expect(t.sent.map((m) => m.type)).toEqual(['addNotAPattern', 'logPattern']);
    expect(t.sent[0].data).toMatchObject({ value: 'never listen', kind: 'phrase' });
    expect(t.patterns()[0].outcome).toBe('not-a-pattern');
  });
});
