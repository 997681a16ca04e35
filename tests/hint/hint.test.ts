import { afterEach, describe, expect, it, vi } from 'vitest';
import { mount } from '@vue/test-utils';
import { nextTick, reactive } from 'vue';
import AttuneHint from '../../components/hint/AttuneHint.vue';
import { emptyHintState, type HintActions, type HintState } from '../../components/hint/types';
import type { Finding } from '../../utils/analysis/types';

const finding: Finding = {
  category: 'assumption', start: 4, end: 16, phrase: 'never listen', severity: 'medium',
  reason: 'assume-always-never', explanation: '"Always" and "never" turn one moment into a verdict.',
};

function setup(extra: Partial<HintState> = {}) {
  const state = reactive({
    ...emptyHintState(),
    mode: 'finding',
    finding,
    quote: { before: 'you ', phrase: 'never listen', after: ' to me' },
    moreCount: 1,
    rephrasings: [
      { start: 0, end: 22, text: 'I feel unheard right now', move: 'name the feeling' },
      { start: 0, end: 22, text: 'can we talk about this?', move: 'invite' },
    ],
    heat: true,
    repairWord: 'pineapple',
    position: { left: 10, top: 10, maxHeight: 300, maxWidth: 380, side: 'above' },
    ...extra,
  }) as HintState;
  const actions: HintActions = {
    use: vi.fn(), dismiss: vi.fn(), notAPattern: vi.fn(), silentSync: vi.fn(), stopSilentSync: vi.fn(),
    insertRepairWord: vi.fn(), nextFinding: vi.fn(), leave: vi.fn(),
  };
  const w = mount(AttuneHint, { props: { state, actions }, attachTo: document.body });
  const names = () => w.findAll('button').map((b) => b.attributes('aria-label') ?? b.text());
  const focused = () => (document.activeElement as HTMLElement | null)?.getAttribute('aria-label') ?? document.activeElement?.textContent?.trim();
  const key = async (k: string, shiftKey = false) => {
    (document.activeElement as HTMLElement).dispatchEvent(new KeyboardEvent('keydown', { key: k, shiftKey, bubbles: true, cancelable: true }));
    await nextTick();
  };
  return { w, state, actions, names, focused, key };
}

afterEach(() => document.body.replaceChildren());

describe('the hint', () => {
  it('is compact: the category, the words, the why, the first rephrasing, Dismiss and More', () => {
    const { w, names } = setup();
    expect(w.text()).toContain('never listen');
    expect(w.text()).toContain('turn one moment into a verdict');
    expect(names()).toEqual(['+1 more: show the next phrase', 'Use this rephrasing: I feel unheard right now', 'Dismiss', 'More · take a pause']);
    expect(w.text()).not.toContain('can we talk about this?');
  });

  it('"More" shows the other rephrasings, the pause, Not a pattern and the keys; every action is a button', async () => {
    const { w, names, actions } = setup();
    const more = w.find('button[aria-expanded]');
    expect(more.attributes('aria-expanded')).toBe('false');
    await more.trigger('click');
    expect(w.find('button[aria-expanded]').attributes('aria-expanded')).toBe('true');
    expect(names()).toEqual([
      '+1 more: show the next phrase',
      'Use this rephrasing: I feel unheard right now',
      'Use this rephrasing: can we talk about this?',
      'Silent Sync (5 breaths)',
      'Use our repair word “pineapple”',
      'Dismiss',
      'Not a pattern',
      'Less',
    ]);
    expect(w.text()).toContain('Alt+Shift+H moves here');
    await w.findAll('button').find((b) => b.text() === 'Not a pattern')!.trigger('click');
    expect(actions.notAPattern).toHaveBeenCalledTimes(1);
    await w.find('button.next').trigger('click');
    expect(actions.nextFinding).toHaveBeenCalledTimes(1);
  });

  it('starts compact again for the next finding', async () => {
    const { w, state } = setup();
    await w.find('button[aria-expanded]').trigger('click');
    state.finding = { ...finding, start: 30, reason: 'other' };
    await nextTick();
    expect(w.find('button[aria-expanded]').attributes('aria-expanded')).toBe('false');
  });

  it('keyboard: arrows and Tab move between the actions and wrap, Home/End jump, Esc leaves', async () => {
    const { w, focused, key, actions } = setup();
    (w.find('button').element as HTMLElement).focus();
    expect(focused()).toBe('+1 more: show the next phrase');
    await key('ArrowDown');
    expect(focused()).toBe('Use this rephrasing: I feel unheard right now');
    await key('Tab');
    expect(focused()).toBe('Dismiss');
    await key('ArrowRight');
    expect(focused()).toBe('More · take a pause');
    await key('Tab'); // wraps: focus stays in the hint
    expect(focused()).toBe('+1 more: show the next phrase');
    await key('Tab', true);
    expect(focused()).toBe('More · take a pause');
    await key('ArrowUp');
    expect(focused()).toBe('Dismiss');
    await key('Home');
    expect(focused()).toBe('+1 more: show the next phrase');
    await key('End');
    expect(focused()).toBe('More · take a pause');
    // Enter on "More" opens it and keeps focus on the toggle.
    (document.activeElement as HTMLButtonElement).click();
    await nextTick();
    await nextTick();
    expect(focused()).toBe('Less');
    await key('Escape');
    expect(actions.leave).toHaveBeenCalledTimes(1);
  });

  it('right-to-left: ArrowLeft moves forward', async () => {
    const { w, focused, key } = setup({ dir: 'rtl' });
    (w.find('button').element as HTMLElement).focus();
    await key('ArrowLeft');
    expect(focused()).toBe('Use this rephrasing: I feel unheard right now');
  });
});
