import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import PopupCheckinReminders from '@/components/popup/PopupCheckinReminders.vue';
import { nextOccurrence, reminderFor, scheduleReminders } from '@/utils/background/reminders';
import { dataHandlers } from '@/utils/background/handlers';
import { DEFAULT_SETTINGS } from '@/utils/storage/settings-shape';
import { getSettings } from '@/utils/storage/settings';
import { mountWith, resetPopupWorld, settle, until } from './helpers';
import { CLOCKS, onClock } from '../support/clock';

vi.mock('@/utils/messaging/reliable-send', async () => (await import('./helpers')).reliableSendMock);
beforeEach(resetPopupWorld);

describe.each(CLOCKS)('check-in reminders in the popup, at $name', ({ now }) => {
  onClock(now);
  it('asks for the notifications permission only when turned on, and stays off if refused', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false);
    const w = await mountWith(PopupCheckinReminders);
    expect(request).not.toHaveBeenCalled();
    const toggle = w.find('[role=switch]');
    expect(toggle.attributes('aria-checked')).toBe('false');
    await toggle.trigger('click');
    expect(request).toHaveBeenCalledWith({ permissions: ['notifications'] });
    await until(() => w.text().includes('Notifications were not allowed'));
    expect((await getSettings()).reminders.every((r) => !r.enabled)).toBe(true);
    w.unmount();
  });

  it('turns both reminders on when allowed, and saves the times', async () => {
    vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
    const w = await mountWith(PopupCheckinReminders);
    await w.find('[role=switch]').trigger('click');
    await until(async () => (await getSettings()).reminders.every((r) => r.enabled));
    await settle();
    const times = w.findAll('input[type=time]');
    expect(times.length).toBe(2);
    await times[0].setValue('07:15');
    await until(async () => (await getSettings()).reminders[0].time === '07:15');
    // Turning off needs no permission.
    await w.find('[role=switch]').trigger('click');
    await until(async () => (await getSettings()).reminders.every((r) => !r.enabled));
    w.unmount();
  });
});

describe.each(CLOCKS)('reminder scheduling (background), at $name', ({ now }) => {
  onClock(now);
  it('finds the next daily and weekly occurrence', () => {
    const now = new Date(2025, 5, 11, 9, 0); // a Wednesday
    expect(new Date(nextOccurrence('08:30', now))).toEqual(new Date(2025, 5, 12, 8, 30));
    expect(new Date(nextOccurrence('21:00', now))).toEqual(new Date(2025, 5, 11, 21, 0));
    expect(new Date(nextOccurrence('18:00', now, 0))).toEqual(new Date(2025, 5, 15, 18, 0));
  });

  it('keeps one alarm per enabled reminder, and the weekly prompt', async () => {
    const s = structuredClone(DEFAULT_SETTINGS);
    s.reminders[1].enabled = true;
    await scheduleReminders(s);
    const names = (await fakeBrowser.alarms.getAll()).map((a) => a.name).sort();
    expect(names).toEqual(['attune-checkin-evening', 'attune-weekly-partner']);
    s.reminders[1].enabled = false;
    s.weeklyPartnerPrompt = false;
    await scheduleReminders(s);
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });

  it('skips a reminder already done', async () => {
    expect(await reminderFor('attune-checkin-morning')).toMatchObject({ title: 'Morning check-in' });
    await dataHandlers.saveCheckin({ id: 'a', time: Date.now(), slot: 'morning', feeling: 'calm', core: 'peaceful', need: 'rest' });
    expect(await reminderFor('attune-checkin-morning')).toBeNull();
    expect(await reminderFor('attune-weekly-partner')).toMatchObject({ title: 'A deposit you noticed' });
    await dataHandlers.logTrust({ id: 'b', time: Date.now(), direction: 'deposit', kind: 'partner-deposit' });
    expect(await reminderFor('attune-weekly-partner')).toBeNull();
  });
});
