import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import PopupGratitudeSnapshot from '@/components/popup/PopupGratitudeSnapshot.vue';
import PopupRepairRitual from '@/components/popup/PopupRepairRitual.vue';
import PopupSilentSync from '@/components/popup/PopupSilentSync.vue';
import { listTrust } from '@/utils/storage/queries';
import { getSettings, updateSettings } from '@/utils/storage/settings';
import { mountWith, openTab, resetPopupWorld, until } from './helpers';

vi.mock('@/utils/messaging/reliable-send', async () => (await import('./helpers')).reliableSendMock);
const sent = vi.hoisted(() => ({ calls: [] as unknown[][] }));
vi.mock('@/utils/messaging/protocol', () => ({
  sendMessage: async (...args: unknown[]) => (sent.calls.push(args), true),
}));

beforeEach(async () => {
  await resetPopupWorld();
  sent.calls = [];
});

const button = (w: Awaited<ReturnType<typeof mountWith>>, text: string) => w.findAll('button').find((b) => b.text().includes(text))!;

describe('Silent Sync', () => {
  it('guides five breaths and logs a deposit at the end', async () => {
    const w = await mountWith(PopupSilentSync, { props: { breathMs: 40 } });
    await button(w, 'Start Silent Sync').trigger('click');
    await until(() => w.text().includes('Breath 1 of 5'));
    expect(w.text()).toContain('Breathe in');
    await until(() => w.text().includes('Breath 5 of 5'));
    await until(() => w.text().includes('Done. Logged as a trust-bank deposit.'), 3000);
    await until(async () => (await listTrust()).length === 1);
    expect((await listTrust())[0]).toMatchObject({ direction: 'deposit', kind: 'silent-sync' });
    expect(w.emitted('done')).toHaveLength(1);
    w.unmount();
  });

  it('holds the circle still under reduced motion, and can be stopped without logging', async () => {
    vi.spyOn(window, 'matchMedia').mockImplementation(
      (q: string) => ({ matches: q.includes('reduce'), media: q, addEventListener() {}, removeEventListener() {} }) as unknown as MediaQueryList,
    );
    const w = await mountWith(PopupSilentSync, { props: { breathMs: 40 } });
    await button(w, 'Start Silent Sync').trigger('click');
    expect(w.find('.popup-silent-sync__circle--still').exists()).toBe(true);
    expect(w.find('.popup-silent-sync__circle--full').exists()).toBe(false);
    await button(w, 'Stop').trigger('click');
    await new Promise((r) => setTimeout(r, 300));
    expect(await listTrust()).toEqual([]);
    w.unmount();
  });
});

describe('Gratitude Snapshot', () => {
  it('fills the template from the user’s words; copy and insert log one gratitude deposit', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await openTab('https://chat.example.org/');
    const w = await mountWith(PopupGratitudeSnapshot);
    expect(w.text()).toContain('Fill in what they did');
    const [what, when, effect] = w.findAll('input');
    await what.setValue('Picked up the kids.');
    await when.setValue('this morning');
    await effect.setValue('I could finish my report without rushing');
    const message = w.find('[data-testid=gratitude-message]').text();
    expect(message).toBe('Thank you for this morning: you picked up the kids. It meant I could finish my report without rushing. I noticed, and it mattered to me.');
    await button(w, 'Copy').trigger('click');
    await until(() => w.text().includes('Copied, and logged'));
    expect(writeText).toHaveBeenCalledWith(message);
    await button(w, 'Put in composer').trigger('click');
    await until(() => w.text().includes('Put into the composer'));
    expect(sent.calls.at(-1)?.slice(0, 2)).toEqual(['insertText', message]);
    expect((await listTrust()).map((t) => t.kind)).toEqual(['gratitude']);
    w.unmount();
  });
});

describe('Repair Ritual', () => {
  it('invites setting a ritual, saves it to settings, shows it and logs a repair', async () => {
    const w = await mountWith(PopupRepairRitual);
    expect(w.text()).toContain('You have not agreed on a repair signal yet');
    await button(w, 'Set our ritual').trigger('click');
    const inputs = w.findAll('input');
    await inputs[0].setValue('pineapple');
    await inputs[1].setValue('hand on heart');
    await w.find('form').trigger('submit');
    await until(() => w.text().includes('pineapple'));
    expect((await getSettings()).repairRitual).toEqual({ word: 'pineapple', gesture: 'hand on heart', lyric: '' });
    expect(w.text()).toContain('hand on heart');
    expect(w.text()).not.toContain('Lyric');
    await button(w, 'log a repair').trigger('click');
    await until(() => w.text().includes('Repair logged'));
    expect((await listTrust())[0]).toMatchObject({ kind: 'repair', direction: 'deposit' });
    w.unmount();
  });

  it('shows a ritual set on the options page', async () => {
    await updateSettings({ repairRitual: { lyric: 'here comes the sun' } });
    const w = await mountWith(PopupRepairRitual);
    await until(() => w.text().includes('here comes the sun'));
    w.unmount();
  });
});
