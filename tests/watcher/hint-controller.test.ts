import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ACK_MS, HintController } from '../../utils/watcher/hint-controller';
import { Sessions } from '../../utils/watcher/sessions';
import { makeGuard } from '../../utils/watcher/types';
import { mountHint, mountPlainHintHost } from '../../components/hint/mount';
import type { HintActions } from '../../components/hint/types';
import { FIX, NEVER, REFLECTIVE, composer, flush } from './parts-fixtures';

const DRAFT = 'you should know. you never listen to me';
const fix = { ...FIX, start: 0, end: 10 };
const never = { ...NEVER, start: 21, end: 33, phrase: 'never listen' };

function setup() {
  const c = composer(DRAFT);
  const actions: HintActions = { use: vi.fn(), dismiss: vi.fn(), notAPattern: vi.fn(), silentSync: vi.fn(), stopSilentSync: vi.fn(), insertRepairWord: vi.fn(), nextFinding: vi.fn(), leave: vi.fn() };
  let composing = false;
  const onShown = vi.fn(() => true);
  const hint = new HintController({
    createHintHost: async () => mountPlainHintHost(),
    mountHint,
    actions: () => actions,
    guard: makeGuard((e) => { throw e; }),
    stopped: () => false,
    active: () => c.sessions.active,
    focused: () => c.sessions.focused,
    composing: () => composing,
    look: () => ({ theme: 'dark', repairWord: 'pineapple' }),
    onShown,
  });
  Sessions.store(c.session, DRAFT, undefined, { findings: [never, fix, REFLECTIVE], rephrasings: [], safetyNote: null });
  const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
  return { ...c, hint, actions, onShown, key, setComposing: (v: boolean) => (composing = v) };
}

describe('hint controller', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    document.body.replaceChildren();
  });

  it('leads with the most severe finding, quotes its sentence and counts the rest', async () => {
    const t = setup();
    await t.hint.render(t.session);
    const st = t.hint.state!;
    expect(st.mode).toBe('finding');
    expect(st.finding).toEqual(fix);
    expect(st.quote).toEqual({ before: '', phrase: 'you should', after: ' know.' });
    expect(st.moreCount).toBe(1);
    expect(st).toMatchObject({ theme: 'dark', repairWord: 'pineapple', heat: true, shortcut: 'Alt+Shift+Enter' });
    // Reflective findings are never shown as barriers.
    expect(t.onShown).toHaveBeenCalledWith(t.session, [never, fix]);
    expect(st.position).not.toBeNull();
  });

  it('shows the safety note instead of findings when there is one', async () => {
    const t = setup();
    t.session.safetyNote = 'You matter. Call 988.';
    await t.hint.render(t.session);
    expect(t.hint.state).toMatchObject({ mode: 'safety', safetyNote: 'You matter. Call 988.', finding: null });
    expect(t.onShown).not.toHaveBeenCalled();
  });

  it('stays hidden on a dismissed text, during an IME composition, and when the composer lost focus', async () => {
    const t = setup();
    t.session.dismissedText = DRAFT;
    await t.hint.render(t.session);
    expect(t.hint.state).toBeNull(); // not even mounted
    t.session.dismissedText = null;
    t.setComposing(true);
    await t.hint.render(t.session);
    expect(t.hint.state).toBeNull();
    t.setComposing(false);
    t.sessions.focused = false;
    await t.hint.render(t.session);
    expect(t.hint.state).toBeNull();
  });

  it('takes Esc (dismiss) and Alt+Shift+Enter (use the first rephrasing) from the composer while visible', async () => {
    const t = setup();
    expect(t.hint.keydown(t.key({ key: 'Escape' }))).toBe(false); // nothing shown: the page's key
    await t.hint.render(t.session);
    const esc = t.key({ key: 'Escape' });
    expect(t.hint.keydown(esc)).toBe(true);
    expect(esc.defaultPrevented).toBe(true);
    expect(t.actions.dismiss).toHaveBeenCalledTimes(1);
    expect(t.hint.keydown(t.key({ key: 'Enter', altKey: true, shiftKey: true }))).toBe(true);
    expect(t.actions.use).toHaveBeenCalledWith(0);
    expect(t.hint.keydown(t.key({ key: 'a' }))).toBe(false);
    expect(t.hint.keydown(t.key({ key: 'Escape', isComposing: true }))).toBe(false);
  });

  it('shows an acknowledgement for a few seconds, never over a finding', async () => {
    const t = setup();
    t.hint.showAck('A deposit in your trust bank.');
    await flush();
    expect(t.hint.state).toMatchObject({ mode: 'ack', ackText: 'A deposit in your trust bank.' });
    await vi.advanceTimersByTimeAsync(ACK_MS);
    expect(t.hint.state!.mode).toBe('hidden');
    await t.hint.render(t.session);
    t.hint.showAck('Repair noticed');
    await flush();
    expect(t.hint.state!.mode).toBe('finding');
  });

  it('keeps Silent Sync up through hide(), until it ends', async () => {
    const t = setup();
    expect(t.hint.showSilentSync(5)).toBe(false); // no hint mounted: nothing to breathe in
    await t.hint.render(t.session);
    expect(t.hint.showSilentSync(5)).toBe(true);
    t.hint.hide();
    expect(t.hint.state!.mode).toBe('silent-sync');
    expect(t.hint.breathe()).toBe(4);
    t.hint.endSilentSync();
    expect(t.hint.state!.mode).toBe('hidden');
  });

  it('hides a session’s hint only while that session is active', async () => {
    const t = setup();
    await t.hint.render(t.session);
    const other = document.createElement('textarea');
    document.body.append(other);
    const previous = t.session;
    t.sessions.focus(other, 'textarea', 0);
    t.hint.hideFor(previous);
    expect(t.hint.state!.mode).toBe('finding');
    t.hint.hideFor(t.sessions.active!);
    expect(t.hint.state!.mode).toBe('hidden');
  });

  it('Alt+Shift+H moves focus to the hint’s first action; back, the caret is where it was', async () => {
    const t = setup();
    t.ta.focus();
    t.ta.setSelectionRange(5, 5);
    await t.hint.render(t.session);
    await flush();
    const e = t.key({ key: 'Ó', code: 'KeyH', altKey: true, shiftKey: true });
    expect(t.hint.keydown(e)).toBe(true);
    expect(e.defaultPrevented).toBe(true);
    expect(t.hint.hasFocus()).toBe(true);
    expect(document.activeElement).not.toBe(t.ta);
    t.ta.setSelectionRange(0, 0); // what a blur may do to a rich editor's selection
    t.hint.backToComposer();
    expect(document.activeElement).toBe(t.ta);
    expect([t.ta.selectionStart, t.ta.selectionEnd]).toEqual([5, 5]);
  });

  it('"+N more" leads with the next flagged phrase, and a new analysis starts from the first again', async () => {
    const t = setup();
    await t.hint.render(t.session);
    expect(t.hint.state!.finding).toEqual(fix);
    t.hint.nextFinding();
    await flush();
    expect(t.hint.state!.finding).toEqual(never);
    t.hint.nextFinding();
    await flush();
    expect(t.hint.state!.finding).toEqual(fix);
    t.hint.nextFinding();
    await flush();
    Sessions.store(t.session, DRAFT + '!', undefined, { findings: [never, fix], rephrasings: [], safetyNote: null });
    await t.hint.render(t.session);
    expect(t.hint.state!.finding).toEqual(fix);
  });

  it('hides the moment the flagged words leave the draft, with or without an input event (editors that re-render)', async () => {
    const t = setup();
    await t.hint.render(t.session);
    t.ta.value = 'you should know. you never listen to me, ok';
    t.hint.draftChanged();
    await flush();
    expect(t.hint.state!.mode).toBe('finding'); // the words are still there
    t.ta.value = 'running late, see you at 7';
    t.hint.draftChanged();
    await flush();
    expect(t.hint.state!.mode).toBe('hidden');

    // A rich editor deleting through its own model: only the DOM changes.
    const div = document.createElement('div');
    div.contentEditable = 'true';
    div.textContent = DRAFT;
    div.getBoundingClientRect = t.ta.getBoundingClientRect;
    document.body.append(div);
    const s = t.sessions.focus(div, 'contenteditable', 0);
    Sessions.store(s, DRAFT, undefined, { findings: [never, fix], rephrasings: [], safetyNote: null });
    await t.hint.render(s);
    expect(t.hint.state!.mode).toBe('finding');
    div.replaceChildren();
    await flush();
    expect(t.hint.state!.mode).toBe('hidden');
  });
});
