import { describe, expect, it } from 'vitest';
import { Outcomes } from '../../utils/watcher/outcomes';
import { FIX, NEVER, REFLECTIVE, composer } from './parts-fixtures';

const T0 = 1_700_000_000_000;

function setup(storeSnippets = false) {
  const sent: { type: string; data: any }[] = [];
  let now = T0;
  const outcomes = new Outcomes({
    host: 'chat.example',
    now: () => now,
    send: (async (type: string, data: unknown) => void sent.push({ type, data })) as never,
    storeSnippets: () => storeSnippets,
    report: () => {},
  });
  const patterns = () => sent.filter((m) => m.type === 'logPattern').map((m) => m.data);
  const rows = () => patterns().map((p) => [p.reason, p.outcome]);
  const trust = () => sent.filter((m) => m.type === 'logTrust').map((m) => m.data);
  return { outcomes, sent, patterns, rows, trust, tick: (ms: number) => (now += ms), at: () => now, ...composer('you never listen to me') };
}

describe('outcomes: one user action, one outcome', () => {
  it('counts a finding as shown once per draft, however often the hint re-renders it', () => {
    const t = setup();
    expect(t.outcomes.shown(t.session, [NEVER])).toBe(1);
    expect(t.outcomes.shown(t.session, [NEVER, FIX])).toBe(1);
    expect(t.outcomes.shown(t.session, [{ ...NEVER, start: 20, end: 32 }])).toBe(0);
  });

  it('a rephrasing that rewrites two flagged phrases is one "used" row and one deposit', () => {
    const t = setup(true);
    t.outcomes.shown(t.session, [NEVER, FIX]);
    t.outcomes.used(t.session, [NEVER, FIX], 'you never listen to me');
    expect(t.rows()).toEqual([[NEVER.reason, 'used']]);
    expect(t.patterns()[0].snippet).toBe('you never listen to me');
    expect(t.trust()).toHaveLength(1);
    // Both are answered: the send that follows adds nothing.
    t.outcomes.sent(t.session, { text: 'I feel unheard', at: t.at() });
    expect(t.patterns()).toHaveLength(1);
  });

  it('a snippet only when the user allows it', () => {
    const t = setup(false);
    t.outcomes.shown(t.session, [NEVER]);
    t.outcomes.used(t.session, [NEVER], 'you never listen to me');
    expect(t.patterns()[0].snippet).toBeUndefined();
  });

  it('Dismiss answers the whole hint: one row, however many phrases it had; a second dismiss adds nothing', () => {
    const t = setup();
    t.outcomes.shown(t.session, [NEVER, FIX]);
    t.outcomes.dismissed(t.session, FIX);
    t.outcomes.dismissed(t.session, FIX);
    t.outcomes.sent(t.session, { text: 'you should just, you never listen', at: t.at() });
    expect(t.rows()).toEqual([[FIX.reason, 'dismissed']]);
    expect(t.patterns()[0]).toMatchObject({ site: 'chat.example', category: 'rushed-fix', phrase: 'you should', time: T0 });
  });

  it('"not a pattern" answers that phrase only, adding it lower-cased to the list', () => {
    const t = setup();
    t.outcomes.shown(t.session, [NEVER, FIX]);
    expect(t.outcomes.notAPattern(t.session, NEVER)).toBe('never listen');
    expect(t.sent.map((m) => m.type)).toEqual(['addNotAPattern', 'logPattern']);
    t.outcomes.sent(t.session, { text: 'you should talk to him', at: t.at() });
    expect(t.rows()).toEqual([
      [NEVER.reason, 'not-a-pattern'],
      [FIX.reason, 'sent-anyway'],
    ]);
    // Two actions, two rows, two ids.
    expect(new Set(t.patterns().map((p) => p.id)).size).toBe(2);
  });

  it('logs nothing for a finding the hint never showed', () => {
    const t = setup();
    t.outcomes.dismissed(t.session, NEVER);
    t.outcomes.sent(t.session, { text: 'you never listen', at: t.at() });
    t.outcomes.pageHidden();
    expect(t.sent).toEqual([]);
  });
});

describe('outcomes: edited, sent anyway, no response', () => {
  it('"edited" only when the flagged words were changed and that draft was then sent', () => {
    const t = setup();
    t.outcomes.shown(t.session, [NEVER, FIX]);
    t.outcomes.analysed(t.session, [FIX]); // "never listen" changed…
    t.outcomes.analysed(t.session, []); // …and "you should" too
    expect(t.patterns()).toEqual([]); // changing is not yet an answer
    t.outcomes.sent(t.session, { text: 'I miss talking with you, can we?', at: t.at() });
    expect(t.rows()).toEqual([[NEVER.reason, 'edited']]);
  });

  it('changed but never sent is not "edited": the page closing writes "no response"', () => {
    const t = setup();
    t.outcomes.shown(t.session, [NEVER]);
    t.outcomes.analysed(t.session, []);
    t.outcomes.pageHidden();
    expect(t.rows()).toEqual([[NEVER.reason, 'shown']]);
  });

  it('"sent anyway" when a flagged phrase was still in the sent draft, one row for the send', () => {
    const t = setup();
    t.outcomes.shown(t.session, [NEVER, FIX]);
    t.outcomes.analysed(t.session, [NEVER]); // "you should" changed, "never listen" kept
    t.outcomes.sent(t.session, { text: 'honestly you never listen to me', at: t.at() });
    expect(t.rows()).toEqual([[NEVER.reason, 'sent-anyway']]);
  });

  it('reads the draft as it was at the send, not the last (older) analysis', () => {
    const t = setup();
    t.outcomes.shown(t.session, [NEVER]);
    // Typed back in just before Enter, faster than the pause: the last analysis had it gone.
    t.outcomes.analysed(t.session, []);
    t.outcomes.sent(t.session, { text: 'you never listen', at: t.at() });
    expect(t.rows()).toEqual([[NEVER.reason, 'sent-anyway']]);
  });

  it('deleting the flagged draft and sending something unrelated is "no response", not "edited"', () => {
    const t = setup();
    t.outcomes.shown(t.session, [NEVER]);
    t.outcomes.analysed(t.session, []);
    t.outcomes.emptied(t.session);
    t.tick(5000);
    t.outcomes.sent(t.session, { text: 'running late, see you at 7', at: t.at() });
    expect(t.rows()).toEqual([[NEVER.reason, 'shown']]);
  });

  it('an app that clears the composer after the send (before the check) still counts as that send', () => {
    const t = setup();
    t.outcomes.shown(t.session, [NEVER]);
    const gesture = t.at();
    t.tick(100);
    t.outcomes.emptied(t.session);
    t.outcomes.sent(t.session, { text: 'you never listen', at: gesture });
    expect(t.rows()).toEqual([[NEVER.reason, 'sent-anyway']]);
  });

  it('a sent reflective draft earns one deposit', () => {
    const t = setup();
    t.session.findings = [REFLECTIVE];
    t.outcomes.sent(t.session, { text: 'it sounds hard', at: t.at() });
    expect(t.trust()).toMatchObject([{ direction: 'deposit', kind: 'reflection', note: 'sent a reflection' }]);
    expect(t.patterns()).toEqual([]);
  });

  it('an open hint is written as "no response" once when the page is hidden, and again never', () => {
    const t = setup();
    t.outcomes.shown(t.session, [NEVER, FIX]);
    t.outcomes.pageHidden(); // visibilitychange → hidden
    t.outcomes.pageHidden(); // pagehide
    expect(t.rows()).toEqual([[NEVER.reason, 'shown']]);
  });

  it('coming back and acting replaces that row (same id) instead of adding one', () => {
    const t = setup();
    t.outcomes.shown(t.session, [NEVER]);
    t.outcomes.pageHidden();
    t.outcomes.dismissed(t.session, NEVER);
    const [hidden, acted] = t.patterns();
    expect(acted.id).toBe(hidden.id);
    expect(acted.outcome).toBe('dismissed');
  });

  it('leaving the conversation (location change) with the hint open is "no response"', () => {
    const t = setup();
    t.outcomes.shown(t.session, [NEVER]);
    t.outcomes.forget(t.session);
    t.outcomes.sent(t.session, { text: 'you never listen', at: t.at() });
    expect(t.rows()).toEqual([[NEVER.reason, 'shown']]);
  });
});
