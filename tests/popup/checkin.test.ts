import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import PopupCheckin from '@/components/popup/PopupCheckin.vue';
import { checkinStreak, slotForTime } from '@/components/popup/streak';
import { dataHandlers } from '@/utils/background/handlers';
import { FEELINGS_WHEEL, NEEDS } from '@/utils/analysis/feelings';
import { listCheckins, listTrust } from '@/utils/storage/queries';
import { mountWith, resetPopupWorld, settle, until } from './helpers';
import { CLOCKS, onClock } from '../support/clock';

vi.mock('@/utils/messaging/reliable-send', async () => (await import('./helpers')).reliableSendMock);
beforeEach(resetPopupWorld);

const DAY = 86_400_000;

async function pickFeeling(w: Awaited<ReturnType<typeof mountWith>>, core: string, word: string) {
  await w.find(`button[data-core="${core}"]`).trigger('click');
  await w.find(`input[value="${word}"]`).setValue(true);
  await w.findAll('button').find((b) => b.text().includes('Back to all feelings'))!.trigger('click');
}

describe.each(CLOCKS)('the check-in, at $name', ({ now }) => {
  onClock(now);
  it('needs a feeling and a need before it saves', async () => {
    const w = await mountWith(PopupCheckin);
    await w.find('form').trigger('submit');
    await settle();
    const alerts = w.findAll('[role=alert]').map((a) => a.text());
    expect(alerts).toContain('Pick a feeling first.');
    expect(alerts).toContain('Pick a need, or write one.');
    expect(await listCheckins()).toEqual([]);

    const seg = FEELINGS_WHEEL[0];
    await pickFeeling(w, seg.core, seg.words[0]);
    await w.find('form').trigger('submit');
    await settle();
    expect(w.text()).not.toContain('Pick a feeling first.');
    expect(w.text()).toContain('Pick a need, or write one.');
    expect(await listCheckins()).toEqual([]);
    w.unmount();
  });

  it('saves feeling, core, need and note, logs a check-in deposit, and shows today and the streak', async () => {
    const w = await mountWith(PopupCheckin);
    expect(w.text()).toContain('No check-ins yet today.');
    expect(w.text()).toContain('Start a streak today.');
    const seg = FEELINGS_WHEEL[2];
    const word = seg.words[1];
    await pickFeeling(w, seg.core, word);
    await w.find('input[value="__other__"]').setValue(true);
    await w.find('input[placeholder="In your own words"]').setValue('a long walk');
    await w.find('input[placeholder="Anything you want to remember"]').setValue('slept badly');
    await w.find('form').trigger('submit');
    await until(() => w.text().includes('Saved: feeling'));

    const [saved] = await listCheckins();
    expect(saved).toMatchObject({ feeling: word, core: seg.core, need: 'a long walk', note: 'slept badly', slot: slotForTime() });
    const trust = await listTrust();
    expect(trust).toMatchObject([{ direction: 'deposit', kind: 'check-in' }]);
    await until(() => w.text().includes(`${word}, needing a long walk`));
    expect(w.text()).toContain('Streak: 1 day');
    // The form is ready for the next one.
    expect(w.text()).toContain('Pick a core feeling, then a closer word.');
    w.unmount();
  });

  it('picks a need from the list', async () => {
    const w = await mountWith(PopupCheckin);
    const seg = FEELINGS_WHEEL[0];
    await pickFeeling(w, seg.core, seg.words[0]);
    const needRadio = w.findAll('input[type=radio]').find((r) => !['morning', 'evening', '__other__'].includes((r.element as HTMLInputElement).value))!;
    await needRadio.setValue(true);
    await w.find('form').trigger('submit');
    await until(async () => (await listCheckins()).length === 1);
    expect((await listCheckins())[0].need).toBe((needRadio.element as HTMLInputElement).value);
    w.unmount();
  });

  it('offers the six needs named most often, and the rest behind "More needs…"', async () => {
    // "space" three times and "quiet" twice before: they lead; the list's own order fills up the six.
    for (const [i, need] of ['space', 'space', 'quiet', 'space', 'quiet'].entries()) {
      await dataHandlers.saveCheckin({ id: `n${i}`, time: Date.now() - (i + 1) * DAY, slot: 'morning', feeling: 'calm', core: 'peaceful', need });
    }
    const w = await mountWith(PopupCheckin);
    const needs = () =>
      w.findAll('input[type=radio]').map((r) => (r.element as HTMLInputElement).value).filter((v) => !['morning', 'evening'].includes(v));
    await until(() => needs()[0] === 'space');
    expect(needs()).toEqual(['space', 'quiet', ...NEEDS.filter((n) => n !== 'space' && n !== 'quiet').slice(0, 4), '__other__']);
    const more = w.findAll('button').find((b) => b.text() === 'More needs…')!;
    expect(more.attributes('aria-expanded')).toBe('false');
    await more.trigger('click');
    expect(needs()).toHaveLength(NEEDS.length + 1);
    expect(more.attributes('aria-expanded')).toBe('true');
    // A need chosen from the long list stays visible when the list folds again.
    const last = NEEDS[NEEDS.length - 1];
    await w.find(`input[value="${last}"]`).setValue(true);
    await w.findAll('button').find((b) => b.text() === 'Fewer needs')!.trigger('click');
    expect(needs()).toHaveLength(8);
    expect(needs()).toContain(last);
    w.unmount();
  });

  it('counts a streak of consecutive days, alive until today is over', async () => {
    const now = new Date(2025, 5, 10, 12);
    const t = now.getTime();
    expect(checkinStreak([], now)).toBe(0);
    expect(checkinStreak([{ time: t }, { time: t - DAY }, { time: t - 2 * DAY }, { time: t - 4 * DAY }], now)).toBe(3);
    expect(checkinStreak([{ time: t - DAY }, { time: t - 2 * DAY }], now)).toBe(2);
    expect(checkinStreak([{ time: t - 2 * DAY }], now)).toBe(0);
    expect(slotForTime(new Date(2025, 5, 10, 8))).toBe('morning');
    expect(slotForTime(new Date(2025, 5, 10, 20))).toBe('evening');
  });

  it('shows check-ins saved elsewhere (another tab) live', async () => {
    const w = await mountWith(PopupCheckin);
    await dataHandlers.saveCheckin({ id: 'x', time: Date.now(), slot: 'evening', feeling: 'calm', core: 'peaceful', need: 'rest' });
    await until(() => w.text().includes('Evening: calm, needing rest'));
    w.unmount();
  });
});
