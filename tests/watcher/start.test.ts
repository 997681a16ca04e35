import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startAttune, type AttuneDeps } from '../../utils/watcher/start';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/storage/settings-shape';
import { mountHint, mountPlainHintHost } from '../../components/hint/mount';
import type { AnalysisRequest } from '../../utils/watcher/analysis-protocol';
import type { Finding } from '../../utils/analysis/types';

const DRAFT = 'you never listen to me';
const finding: Finding = {
  category: 'assumption', start: 4, end: 16, phrase: 'never listen', severity: 'medium',
  reason: 'assume-always-never', explanation: '"Always" and "never" turn one moment into a verdict.',
};

function setup(settings: Partial<Settings> = {}) {
  const ta = document.createElement('textarea');
  ta.getBoundingClientRect = () => ({ x: 0, y: 700, left: 0, top: 700, width: 500, height: 40, right: 500, bottom: 740, toJSON() {} }) as DOMRect;
  document.body.append(ta);
  const sent: { type: string; data: any }[] = [];
  const analyze = vi.fn(async (req: AnalysisRequest) => ({
    findings: req.text.includes('never listen') ? [{ ...finding, start: req.text.indexOf('never listen'), end: req.text.indexOf('never listen') + 12 }] : [],
    rephrasings: [],
    safetyNote: null,
    ms: 1,
  }));
  let watcher: (s: Settings) => void = () => {};
  let setPartner: (text: string) => boolean = () => false;
  let locationChanged: () => void = () => {};
  const unregisterPartner = vi.fn();
  const warm = vi.fn();
  const deps: AttuneDeps = {
    host: 'chat.example',
    analyze,
    warm,
    send: (async (type: string, data: unknown) => void sent.push({ type, data })) as AttuneDeps['send'],
    getSettings: async () => ({ ...DEFAULT_SETTINGS, ...settings }),
    watchSettings: (cb) => ((watcher = cb), () => {}),
    getNotAPattern: async () => [],
    watchNotAPattern: () => () => {},
    createHintHost: async () => mountPlainHintHost(),
    mountHint,
    registerPartnerMessage: (set) => ((setPartner = set), unregisterPartner),
  };
  const controller = new AbortController();
  const attune = startAttune({ signal: controller.signal, onLocationChange: (cb) => (locationChanged = cb) }, deps);
  // The user's typing: a beforeinput carrying what was added (when the text grew at its end), then the text, then input.
  const type = (text: string) => {
    if (text.startsWith(ta.value) && text.length > ta.value.length) {
      ta.dispatchEvent(new InputEvent('beforeinput', { bubbles: true, inputType: 'insertText', data: text.slice(ta.value.length) }));
    }
    ta.value = text;
    ta.dispatchEvent(new InputEvent('input', { bubbles: true, data: text.slice(-1) }));
  };
  return {
    ta, sent, analyze, attune, controller, type, unregisterPartner, warm,
    setSettings: (s: Partial<Settings>) => watcher({ ...DEFAULT_SETTINGS, ...s }),
    setPartner: (text: string) => setPartner(text),
    locationChanged: () => locationChanged(),
    lastPartner: () => analyze.mock.calls.at(-1)?.[0].context?.partnerMessage,
  };
}

const flush = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

describe('startAttune', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    document.body.replaceChildren();
  });

  it('analyses only after the pause, and only for the focused composer', async () => {
    const t = setup();
    t.type(DRAFT); // not focused: nothing
    await vi.advanceTimersByTimeAsync(1000);
    expect(t.analyze).not.toHaveBeenCalled();
    t.ta.focus();
    await vi.advanceTimersByTimeAsync(10);
    t.type(DRAFT + '!');
    await vi.advanceTimersByTimeAsync(300);
    expect(t.analyze).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(200);
    expect(t.analyze).toHaveBeenCalledTimes(1);
    await flush();
    expect(t.attune.hint?.mode).toBe('finding');
    t.controller.abort();
  });

  it('analyses again when the draft changed while its analysis was on the way (no lost hint)', async () => {
    const t = setup();
    t.ta.focus();
    await vi.advanceTimersByTimeAsync(10);
    t.type(DRAFT);
    // The editor's text shifts under the first reply without a new input event (an editor
    // re-rendering after select-all + delete), then settles on the draft.
    t.analyze.mockImplementationOnce(async (req) => {
      t.ta.value = DRAFT + ' ';
      return { findings: [{ ...finding }], rephrasings: [], safetyNote: null, ms: 1 } as never;
    });
    await vi.advanceTimersByTimeAsync(500);
    await flush();
    expect(t.analyze).toHaveBeenCalledTimes(1);
    expect(t.attune.hint).toBeNull();
    await vi.advanceTimersByTimeAsync(500);
    await flush();
    expect(t.analyze).toHaveBeenCalledTimes(2);
    expect(t.analyze.mock.calls[1]![0].text).toBe(DRAFT + ' ');
    expect(t.attune.hint?.mode).toBe('finding');
  });

  it('does nothing while an IME composition is open; analyses on compositionend', async () => {
    const t = setup();
    t.ta.focus();
    t.ta.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
    t.ta.value = DRAFT;
    t.ta.dispatchEvent(new InputEvent('input', { bubbles: true, isComposing: true }));
    await vi.advanceTimersByTimeAsync(1000);
    expect(t.analyze).not.toHaveBeenCalled();
    t.ta.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true }));
    await vi.advanceTimersByTimeAsync(500);
    expect(t.analyze).toHaveBeenCalledTimes(1);
    t.controller.abort();
  });

  it('logs dismissed with a stable id, never the draft, and hides until the text changes', async () => {
    const t = setup();
    t.ta.focus();
    t.type(DRAFT);
    await vi.advanceTimersByTimeAsync(500);
    await flush();
    t.ta.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(t.attune.hint?.mode).toBe('hidden');
    const log = t.sent.find((m) => m.type === 'logPattern')!;
    expect(log.data).toMatchObject({ outcome: 'dismissed', category: 'assumption', phrase: 'never listen', site: 'chat.example' });
    expect(log.data.snippet).toBeUndefined();
    expect(log.data.id).toMatch(/^[0-9a-f-]{36}$/);
    t.ta.focus();
    t.type(DRAFT + ' again');
    await vi.advanceTimersByTimeAsync(500);
    await flush();
    expect(t.attune.hint?.mode).toBe('finding');
    t.controller.abort();
  });

  it('logs sent-anyway when the composer empties right after Enter', async () => {
    const t = setup();
    t.ta.focus();
    t.type(DRAFT);
    await vi.advanceTimersByTimeAsync(500);
    await flush();
    t.ta.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    t.ta.value = '';
    await vi.advanceTimersByTimeAsync(700);
    expect(t.sent.filter((m) => m.type === 'logPattern').map((m) => m.data.outcome)).toEqual(['sent-anyway']);
    t.controller.abort();
  });

  it('a hint still open when the page is hidden or closes is logged as no response, once', async () => {
    const t = setup();
    t.ta.focus();
    t.type(DRAFT);
    await vi.advanceTimersByTimeAsync(500);
    await flush();
    expect(t.attune.hint?.mode).toBe('finding');
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
    window.dispatchEvent(new Event('pagehide'));
    delete (document as { visibilityState?: string }).visibilityState;
    const rows = t.sent.filter((m) => m.type === 'logPattern').map((m) => m.data.outcome);
    expect(rows).toEqual(['shown']);
    t.controller.abort();
  });

  it('wakes the background on every focus and on typing (the worker may have stopped since)', async () => {
    const again = setup();
    again.ta.focus();
    const afterFocus = again.warm.mock.calls.length;
    expect(afterFocus).toBeGreaterThan(0);
    again.type('h');
    expect(again.warm).toHaveBeenCalledTimes(afterFocus + 1);
    again.ta.blur();
    again.ta.focus();
    expect(again.warm).toHaveBeenCalledTimes(afterFocus + 2);
    again.controller.abort();
  });

  it('logs a repair deposit when the repair word is typed', async () => {
    const t = setup({ repairRitual: { word: 'pineapple', gesture: '', lyric: '' } });
    t.ta.focus();
    t.type('hey');
    await vi.advanceTimersByTimeAsync(500);
    t.type('hey pineapple');
    await vi.advanceTimersByTimeAsync(500);
    await flush();
    expect(t.sent.find((m) => m.type === 'logTrust')?.data).toMatchObject({ direction: 'deposit', kind: 'repair' });
    t.controller.abort();
  });

  it('no repair deposit for a repair word the page wrote, however often the composer is focused', async () => {
    const t = setup({ repairRitual: { word: 'pineapple', gesture: '', lyric: '' } });
    const refocus = async (text: string) => {
      t.ta.value = text; // no beforeinput: a script's value, or execCommand's trusted input only
      t.ta.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: 'e' }));
      t.ta.blur();
      t.ta.focus();
      await vi.advanceTimersByTimeAsync(500);
      await flush();
    };
    t.ta.focus();
    for (const text of ['hey', 'hey pineapple', '', 'pineapple', 'pineapple pineapple']) await refocus(text);
    expect(t.sent.filter((m) => m.type === 'logTrust')).toEqual([]);
    t.type('pineapple pineapple ok pineapple'); // the user's own typing still counts
    await vi.advanceTimersByTimeAsync(500);
    await flush();
    expect(t.sent.filter((m) => m.type === 'logTrust')).toHaveLength(1);
    t.controller.abort();
  });

  it('respects settings live: disabled or snoozed means no analysis', async () => {
    const t = setup({ snoozedSites: { 'chat.example': Date.now() + 3_600_000 } });
    t.ta.focus();
    t.type(DRAFT);
    await vi.advanceTimersByTimeAsync(600);
    expect(t.analyze).not.toHaveBeenCalled();
    t.setSettings({ enabled: true });
    t.type(DRAFT + '.');
    await vi.advanceTimersByTimeAsync(600);
    expect(t.analyze).toHaveBeenCalledTimes(1);
    t.controller.abort();
  });

  describe('a message the user selected ("Reflect with Attune")', () => {
    const FEELING = "I'm so stressed about work, I cried last night";
    const ADVICE = 'you should talk to your boss';
    const typed = async (t: ReturnType<typeof setup>, text: string) => {
      t.type(text);
      await vi.advanceTimersByTimeAsync(500);
      await flush();
    };

    it('is registered at load, before any composer is focused, and unregistered on stop', () => {
      const t = setup();
      expect(t.setPartner(FEELING)).toBe(true);
      expect(t.setPartner('   ')).toBe(false);
      t.controller.abort();
      expect(t.unregisterPartner).toHaveBeenCalled();
      expect(t.setPartner(FEELING)).toBe(false);
    });

    it('goes with the next analysis as context.partnerMessage, capped at 2,000 characters', async () => {
      const t = setup();
      t.ta.focus();
      await typed(t, ADVICE);
      expect(t.lastPartner()).toBeUndefined();
      t.setPartner(`  ${FEELING}  `);
      // Same draft, new context: analysed again on refocus without typing.
      t.ta.blur();
      t.ta.focus();
      await vi.advanceTimersByTimeAsync(500);
      await flush();
      expect(t.analyze).toHaveBeenCalledTimes(2);
      expect(t.lastPartner()).toBe(FEELING);
      await typed(t, ADVICE + '.');
      expect(t.lastPartner()).toBe(FEELING);
      t.setPartner('x'.repeat(5000));
      await typed(t, ADVICE + '!');
      expect(t.lastPartner()).toHaveLength(2000);
      t.controller.abort();
    });

    it('is gone after the draft is sent', async () => {
      const t = setup();
      t.setPartner(FEELING);
      t.ta.focus();
      await typed(t, ADVICE);
      expect(t.lastPartner()).toBe(FEELING);
      t.ta.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      t.ta.value = '';
      await vi.advanceTimersByTimeAsync(700);
      await typed(t, 'ok ' + ADVICE);
      expect(t.analyze).toHaveBeenCalledTimes(2);
      expect(t.lastPartner()).toBeUndefined();
      t.controller.abort();
    });

    it('stays when Enter does not send (the composer keeps its text)', async () => {
      const t = setup();
      t.setPartner(FEELING);
      t.ta.focus();
      await typed(t, ADVICE);
      t.ta.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      await vi.advanceTimersByTimeAsync(700);
      await typed(t, ADVICE + '?');
      expect(t.lastPartner()).toBe(FEELING);
      t.controller.abort();
    });

    it('is gone after a location change (another conversation)', async () => {
      const t = setup();
      t.setPartner(FEELING);
      t.ta.focus();
      await typed(t, ADVICE);
      expect(t.lastPartner()).toBe(FEELING);
      history.pushState(null, '', `/conversation-${Math.random()}`);
      t.locationChanged();
      t.ta.blur();
      t.ta.focus();
      await typed(t, ADVICE + '.');
      expect(t.lastPartner()).toBeUndefined();
      t.controller.abort();
    });

    it('is gone when focus notices a location change first, and a later report does not clear a new one', async () => {
      const t = setup();
      t.setPartner(FEELING);
      history.pushState(null, '', `/conversation-${Math.random()}`);
      t.ta.focus(); // focusin checks the location before WXT's poll reports it
      await typed(t, ADVICE);
      expect(t.lastPartner()).toBeUndefined();
      history.pushState(null, '', `/conversation-${Math.random()}`);
      t.setPartner('I feel awful about the meeting'); // selected in the new conversation, unreported yet
      t.locationChanged(); // the late report of the same change
      t.ta.blur(); // back to the composer after the context menu
      t.ta.focus();
      await typed(t, ADVICE + '.');
      expect(t.lastPartner()).toBe('I feel awful about the meeting');
      t.controller.abort();
    });
  });
});
