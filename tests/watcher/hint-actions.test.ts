import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { assembleParts } from '../../utils/watcher/parts';
import { makeGuard, type AttuneDeps } from '../../utils/watcher/types';
import { DEFAULT_SETTINGS } from '../../utils/storage/settings-shape';
import { mountHint, mountPlainHintHost } from '../../components/hint/mount';
import type { HintActions } from '../../components/hint/types';
import type { AnalysisRequest } from '../../utils/watcher/analysis-protocol';
import { NEVER, composer, flush } from './parts-fixtures';

const DRAFT = 'you never listen to me';
const never = { ...NEVER, phrase: 'never listen' };
const rephrasing = { start: 0, end: 16, text: 'I feel unheard', move: 'own the feeling', category: 'assumption' as const };

/** The hint's actions, driven through the assembled parts (fake deps: no extension APIs). */
async function setup(offer: { start: number; end: number; text: string; move: string; category: 'assumption'; kind?: 'ask' } = rephrasing) {
  const c = composer(DRAFT);
  const sent: { type: string; data: any }[] = [];
  let actions!: HintActions;
  let hintHost!: ReturnType<typeof mountPlainHintHost>;
  const analyze = vi.fn(async (req: AnalysisRequest) => ({
    findings: req.text.includes('never listen') ? [never] : [], rephrasings: req.text.includes('never listen') ? [offer] : [], safetyNote: null, ms: 1,
  }));
  const deps: AttuneDeps = {
    host: 'chat.example',
    analyze,
    send: (async (type: string, data: unknown) => void sent.push({ type, data })) as AttuneDeps['send'],
    getSettings: async () => DEFAULT_SETTINGS,
    watchSettings: () => () => {},
    getNotAPattern: async () => [],
    watchNotAPattern: () => () => {},
    createHintHost: async () => (hintHost = mountPlainHintHost()),
    mountHint: (host, a) => ((actions = a), mountHint(host, a)),
  };
  const parts = assembleParts(deps, { now: () => 0, guard: makeGuard((e) => { throw e; }), report: () => {}, stopped: () => false, onReady: () => {} });
  // The composer's session lives in the assembled parts' own Sessions.
  const session = parts.sessions.focus(c.ta, 'textarea', 0);
  await parts.analysis.run();
  await flush();
  const kinds = () => sent.map((m) => (m.type === 'logPattern' ? `${m.type}:${m.data.outcome}` : `${m.type}:${m.data.kind}`));
  return { ...c, session, parts, sent, kinds, analyze, actions: () => actions, hintRoot: () => hintHost.container };
}

describe('hint actions', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    document.body.replaceChildren();
  });

  it('Use replaces the phrase, logs it used and makes one reflection deposit', async () => {
    const t = await setup();
    expect(t.parts.hint.state!.mode).toBe('finding');
    const replace = vi.spyOn(t.session.adapter, 'replace').mockResolvedValue(true);
    t.actions().use(0);
    await flush();
    expect(replace).toHaveBeenCalledWith(0, 16, 'I feel unheard');
    expect(t.kinds()).toEqual(['logPattern:used', 'logTrust:reflection']);
    expect(t.parts.hint.state!.mode).toBe('hidden');
  });

  it('an "ask first" question is shown as a question and never inserted (button or shortcut)', async () => {
    const t = await setup({ start: 0, end: 22, text: 'Is everything OK with us?', move: 'ask first', category: 'assumption', kind: 'ask' });
    const replace = vi.spyOn(t.session.adapter, 'replace').mockResolvedValue(true);
    const text = t.hintRoot().textContent ?? '';
    expect(text).toContain('Maybe ask first');
    expect(text).toContain('Is everything OK with us?');
    expect(text).not.toContain('uses the first');
    expect([...t.hintRoot().querySelectorAll('button')].some((b) => /Use this rephrasing/.test(b.getAttribute('aria-label') ?? ''))).toBe(false);
    t.actions().use(0);
    await flush();
    expect(replace).not.toHaveBeenCalled();
    expect(t.parts.hint.state!.mode).toBe('finding');
  });

  it('Use does nothing to a draft that changed since the hint was made', async () => {
    const t = await setup();
    const replace = vi.spyOn(t.session.adapter, 'replace').mockResolvedValue(true);
    t.ta.value = DRAFT + ' again';
    t.actions().use(0);
    await flush();
    expect(replace).not.toHaveBeenCalled();
    expect(t.sent).toEqual([]);
  });

  it('Dismiss logs dismissed and keeps the hint hidden for the same text', async () => {
    const t = await setup();
    t.actions().dismiss();
    expect(t.kinds()).toEqual(['logPattern:dismissed']);
    expect(t.parts.hint.state!.mode).toBe('hidden');
    await t.parts.analysis.run();
    await flush();
    expect(t.parts.hint.state!.mode).toBe('hidden');
  });

  it('"Not a pattern" saves the phrase and leaves it out of the next analysis', async () => {
    const t = await setup();
    t.actions().notAPattern();
    expect(t.kinds()).toEqual(['addNotAPattern:phrase', 'logPattern:not-a-pattern']);
    await vi.advanceTimersByTimeAsync(1000);
    await flush();
    expect(t.analyze).toHaveBeenCalledTimes(2);
    expect(t.analyze.mock.calls[1]![0].options?.notAPattern).toEqual(['never listen']);
  });

  it('Dismiss during Silent Sync ends it without logging an outcome', async () => {
    const t = await setup();
    t.actions().silentSync();
    expect(t.parts.hint.state!.mode).toBe('silent-sync');
    t.actions().dismiss();
    expect(t.parts.hint.state!.mode).toBe('hidden');
    await vi.advanceTimersByTimeAsync(9_000);
    expect(t.sent).toEqual([]);
  });
});
