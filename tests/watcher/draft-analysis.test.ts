import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DraftAnalysis } from '../../utils/watcher/draft-analysis';
import { makeGuard } from '../../utils/watcher/types';
import type { AnalysisRequest } from '../../utils/watcher/analysis-protocol';
import { NEVER, composer, flush } from './parts-fixtures';

const DRAFT = 'you never listen to me';

function setup(text = DRAFT) {
  const c = composer(text);
  let on = true;
  const analyze = vi.fn(async (req: AnalysisRequest) => ({ findings: [{ ...NEVER }], rephrasings: [], safetyNote: null, ms: 1 }));
  const config = {
    settings: {} as never,
    init: vi.fn(async () => {}),
    isOn: () => on,
    analysisOptions: () => ({ options: { notAPattern: ['always'] }, crisisLine: '' }),
  };
  const env = {
    analyze, sessions: c.sessions, config, guard: makeGuard((e) => { throw e; }), stopped: () => false,
    partnerMessage: vi.fn((): string | undefined => undefined),
    changed: vi.fn(), analysed: vi.fn(), show: vi.fn(), hide: vi.fn(),
  };
  const analysis = new DraftAnalysis(env);
  return { ...c, analysis, env, analyze, turnOff: () => (on = false) };
}

describe('draft analysis', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    document.body.replaceChildren();
  });

  it('analyses once the typing pauses, and stores the reply in the session before showing it', async () => {
    const t = setup();
    t.analysis.delayMs = 300;
    t.analysis.poke();
    await vi.advanceTimersByTimeAsync(200);
    t.analysis.poke();
    await vi.advanceTimersByTimeAsync(200);
    expect(t.analyze).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(150);
    await flush();
    expect(t.analyze).toHaveBeenCalledTimes(1);
    expect(t.analyze.mock.calls[0]![0]).toMatchObject({ draftId: t.session.draftId, text: DRAFT, options: { notAPattern: ['always'] } });
    expect(t.session.analysedText).toBe(DRAFT);
    expect(t.session.findings).toHaveLength(1);
    expect(t.env.changed).toHaveBeenCalledWith(t.session, DRAFT);
    expect(t.env.analysed).toHaveBeenCalledWith(t.session);
    expect(t.env.show).toHaveBeenCalledWith(t.session);
  });

  it('does not ask again for the same text and partner message; a new partner message does', async () => {
    const t = setup();
    await t.analysis.run();
    await t.analysis.run();
    expect(t.analyze).toHaveBeenCalledTimes(1);
    expect(t.env.show).toHaveBeenCalledTimes(2);
    t.env.partnerMessage.mockReturnValue('I cried last night');
    await t.analysis.run();
    expect(t.analyze).toHaveBeenCalledTimes(2);
    expect(t.analyze.mock.calls[1]![0].context?.partnerMessage).toBe('I cried last night');
  });

  it('drops a reply for a draft that changed on the way, and analyses the new draft after a pause', async () => {
    const t = setup();
    t.analyze.mockImplementationOnce(async () => {
      t.ta.value = DRAFT + '!';
      return { findings: [{ ...NEVER }], rephrasings: [], safetyNote: null, ms: 1 };
    });
    await t.analysis.run();
    expect(t.session.analysedText).toBeNull();
    expect(t.env.show).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(500);
    await flush();
    expect(t.analyze).toHaveBeenCalledTimes(2);
    expect(t.session.analysedText).toBe(DRAFT + '!');
  });

  it('analyses nothing while switched off, composing or unfocused, or for an empty draft', async () => {
    const t = setup();
    t.sessions.composing = true;
    await t.analysis.run();
    t.sessions.composing = false;
    t.sessions.focused = false;
    await t.analysis.run();
    t.sessions.focused = true;
    t.turnOff();
    await t.analysis.run();
    expect(t.env.hide).toHaveBeenCalledWith(null);
    const empty = setup('   ');
    await empty.analysis.run();
    expect(empty.env.hide).toHaveBeenCalledWith(empty.session);
    expect(empty.session.findings).toEqual([]);
    expect(t.analyze).not.toHaveBeenCalled();
    expect(empty.analyze).not.toHaveBeenCalled();
  });

  it('analyses again on demand (settings or not-a-pattern changed) without any typing', async () => {
    const t = setup();
    await t.analysis.run();
    t.analysis.forceReanalyse();
    await vi.advanceTimersByTimeAsync(500);
    await flush();
    expect(t.analyze).toHaveBeenCalledTimes(2);
  });
});
