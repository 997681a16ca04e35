import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import FeelingsWheelPicker from '@/components/popup/FeelingsWheelPicker.vue';
import { FEELINGS_WHEEL, NEEDS } from '@/utils/analysis/feelings';
import { mountWith, resetPopupWorld } from './helpers';

vi.mock('@/utils/messaging/reliable-send', async () => (await import('./helpers')).reliableSendMock);
beforeEach(resetPopupWorld);

function mountWheel(feeling = '', core = '') {
  return mountWith(FeelingsWheelPicker, {
    props: {
      feeling,
      core,
      'onUpdate:feeling': (v: string) => wrapperRef.w?.setProps({ feeling: v }),
      'onUpdate:core': (v: string) => wrapperRef.w?.setProps({ core: v }),
    },
  });
}
const wrapperRef: { w?: Awaited<ReturnType<typeof mountWheel>> } = {};

describe('the feelings wheel', () => {
  it('has at least 70 words across its core feelings, and a needs list', () => {
    const words = new Set(FEELINGS_WHEEL.flatMap((s) => s.words));
    expect(words.size).toBeGreaterThanOrEqual(70);
    expect(FEELINGS_WHEEL.length).toBeGreaterThanOrEqual(5);
    expect(NEEDS.length).toBeGreaterThanOrEqual(7);
  });

  it('opens a core feeling into its nuanced words, picks one, and goes back to the cores', async () => {
    const w = (wrapperRef.w = await mountWheel());
    const cores = w.findAll('button[data-core]');
    expect(cores.map((b) => b.text())).toEqual(FEELINGS_WHEEL.map((s) => s.core));
    expect(w.find('input[type=radio]').exists()).toBe(false);

    const seg = FEELINGS_WHEEL[1];
    await w.find(`button[data-core="${seg.core}"]`).trigger('click');
    const radios = w.findAll('input[type=radio]');
    expect(radios.length).toBeGreaterThanOrEqual(seg.words.length);
    expect(w.find('legend').text()).toContain(seg.core);
    // Focus lands on the first word, ready for arrow keys.
    expect(document.activeElement).toBe(radios[0].element);

    const word = seg.words[seg.words.length - 1];
    await w.find(`input[value="${word}"]`).setValue(true);
    expect(w.emitted('update:feeling')?.at(-1)).toEqual([word]);
    expect(w.emitted('update:core')?.at(-1)).toEqual([seg.core]);

    await w.findAll('button').find((b) => b.text().includes('Back to all feelings'))!.trigger('click');
    expect(w.findAll('button[data-core]').length).toBe(FEELINGS_WHEEL.length);
    expect(document.activeElement?.getAttribute('data-core')).toBe(seg.core);
    expect(w.text()).toContain(`Chosen: ${word}`);
    expect(w.find(`button[data-core="${seg.core}"]`).attributes('aria-current')).toBe('true');
    w.unmount();
  });

  it('Escape in the words goes back; reopening shows the chosen word checked', async () => {
    const seg = FEELINGS_WHEEL[0];
    const w = (wrapperRef.w = await mountWheel(seg.words[0], seg.core));
    await w.find(`button[data-core="${seg.core}"]`).trigger('click');
    const checked = w.find<HTMLInputElement>('input[type=radio]:checked');
    expect(checked.element.value).toBe(seg.words[0]);
    expect(document.activeElement).toBe(checked.element);
    await w.find('input[type=radio]').trigger('keydown', { key: 'Escape' });
    expect(w.find('input[type=radio]').exists()).toBe(false);
    w.unmount();
  });
});
