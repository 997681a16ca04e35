import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DOMWrapper } from '@vue/test-utils';
import PopupShell from '@/components/popup/PopupShell.vue';
import PopupSnooze from '@/components/popup/PopupSnooze.vue';
import { describeEnd, nextMorning, snoozeEnd } from '@/components/popup/snooze';
import { getSettings, updateSettings } from '@/utils/storage/settings';
import { mountWith, resetPopupWorld, settle, until } from './helpers';

vi.mock('@/utils/messaging/reliable-send', async () => (await import('./helpers')).reliableSendMock);
vi.mock('@/utils/messaging/protocol', () => ({ sendMessage: async () => null }));

const HOST = 'chat.example.org';
// Monday 10 March 2025, 13:05 local time; only Date is faked, so timers and IndexedDB run normally.
const NOW = new Date(2025, 2, 10, 13, 5).getTime();
const TOMORROW_6 = new Date(2025, 2, 11, 6, 0).getTime();
const time = (t: number) => new Date(t).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  await resetPopupWorld();
});
afterEach(() => vi.useRealTimers());

const button = (w: Pick<DOMWrapper<Element>, 'findAll'>, text: string) => w.findAll('button').find((b) => b.text() === text)!;

describe('snooze times', () => {
  it('"tomorrow morning" is the next 06:00 local time', () => {
    expect(nextMorning(NOW)).toBe(TOMORROW_6);
    expect(nextMorning(new Date(2025, 2, 10, 2, 30).getTime())).toBe(new Date(2025, 2, 10, 6, 0).getTime());
    expect(nextMorning(new Date(2025, 2, 10, 6, 0).getTime())).toBe(TOMORROW_6);
    expect(snoozeEnd('hour', NOW)).toBe(NOW + 3600_000);
    expect(snoozeEnd('morning', NOW)).toBe(TOMORROW_6);
  });

  it('reads as a time today, "tomorrow …", or a weekday', () => {
    expect(describeEnd(NOW + 3600_000, NOW)).toBe(time(NOW + 3600_000));
    expect(describeEnd(TOMORROW_6, NOW)).toBe(`tomorrow ${time(TOMORROW_6)}`);
    expect(describeEnd(new Date(2025, 2, 12, 9, 0).getTime(), NOW)).toMatch(new RegExp(`^\\S+ ${time(new Date(2025, 2, 12, 9, 0).getTime())}$`));
  });
});

describe('pausing one site', () => {
  it('for 1 hour: stores the end for that host only, says until when, and Resume clears it', async () => {
    const w = await mountWith(PopupSnooze, { props: { host: HOST } });
    await button(w, 'For 1 hour').trigger('click');
    await until(async () => (await getSettings()).snoozedSites[HOST] === NOW + 3600_000);
    expect((await getSettings()).snoozeAllUntil).toBe(0);
    await until(() => w.find('[role=status]').text() === `Paused on ${HOST} until ${time(NOW + 3600_000)}`);
    const resume = w.find('button[aria-label="Resume Attune on chat.example.org"]');
    expect(resume.text()).toBe('Resume');
    await settle();
    expect(document.activeElement).toBe(resume.element);
    await resume.trigger('click');
    await until(async () => !(HOST in (await getSettings()).snoozedSites));
    await until(() => w.find('[role=group]').exists());
    expect(w.find('[role=status]').text()).toBe('');
    await settle();
    expect(document.activeElement?.textContent?.trim()).toBe('For 1 hour');
    w.unmount();
  });

  it('until tomorrow morning: stores the next 06:00', async () => {
    const w = await mountWith(PopupSnooze, { props: { host: HOST } });
    await button(w, 'Until tomorrow morning').trigger('click');
    await until(async () => (await getSettings()).snoozedSites[HOST] === TOMORROW_6);
    await until(() => w.text().includes(`Paused on ${HOST} until tomorrow ${time(TOMORROW_6)}`));
    w.unmount();
  });

  it('keeps other sites’ pauses when resuming one', async () => {
    await updateSettings({ snoozedSites: { [HOST]: NOW + 3600_000, 'other.example': NOW + 7200_000 } });
    const w = await mountWith(PopupSnooze, { props: { host: HOST } });
    await until(() => w.text().includes(`Paused on ${HOST}`));
    await w.find('.popup-snooze__resume').trigger('click');
    await until(async () => JSON.stringify((await getSettings()).snoozedSites) === JSON.stringify({ 'other.example': NOW + 7200_000 }));
    w.unmount();
  });
});

describe('pausing everywhere from the popup header', () => {
  it('is a disclosure in every view; each choice is stored in snoozeAllUntil, and Resume sets it back to 0', async () => {
    const w = await mountWith(PopupShell);
    const toggle = () => w.find('header .popup-snooze__toggle');
    expect(toggle().text()).toBe('Pause everywhere');
    expect(toggle().attributes('aria-expanded')).toBe('false');
    expect(w.find('header [role=group]').exists()).toBe(false);

    // Escape closes the choices and gives focus back to the toggle.
    await toggle().trigger('click');
    expect(toggle().attributes('aria-expanded')).toBe('true');
    const group = w.find('header [role=group]');
    expect(group.attributes('id')).toBe(toggle().attributes('aria-controls'));
    expect(w.find(`#${group.attributes('aria-labelledby')}`).text()).toBe('Pause Attune everywhere');
    await group.trigger('keydown', { key: 'Escape' });
    await settle();
    expect(w.find('header [role=group]').exists()).toBe(false);
    expect(document.activeElement).toBe(toggle().element);

    await toggle().trigger('click');
    await button(w.find('header'), 'For 1 hour').trigger('click');
    await until(async () => (await getSettings()).snoozeAllUntil === NOW + 3600_000);
    expect((await getSettings()).snoozedSites).toEqual({});
    await until(() => w.find('header [role=status]').text() === `Paused everywhere until ${time(NOW + 3600_000)}`);

    // It stays visible in other views.
    await w.findAll('[role=tab]')[3].trigger('click');
    await settle();
    expect(w.find('header').text()).toContain('Paused everywhere until');

    await w.find('header button[aria-label="Resume Attune everywhere"]').trigger('click');
    await until(async () => (await getSettings()).snoozeAllUntil === 0);
    await until(() => toggle().exists());
    await settle();
    expect(document.activeElement).toBe(toggle().element);

    await toggle().trigger('click');
    await button(w.find('header'), 'Until tomorrow morning').trigger('click');
    await until(async () => (await getSettings()).snoozeAllUntil === TOMORROW_6);
    await until(() => w.find('header [role=status]').text() === `Paused everywhere until tomorrow ${time(TOMORROW_6)}`);
    await w.find('header .popup-snooze__resume').trigger('click');
    await until(async () => (await getSettings()).snoozeAllUntil === 0);
    w.unmount();
  });

  it('shows a pause set elsewhere (e.g. in another window) and drops it once it has ended', async () => {
    await updateSettings({ snoozeAllUntil: NOW + 60_000 });
    const w = await mountWith(PopupSnooze);
    await until(() => w.text().includes('Paused everywhere until'));
    w.unmount();
    vi.setSystemTime(NOW + 120_000);
    const w2 = await mountWith(PopupSnooze);
    await settle();
    expect(w2.text()).not.toContain('Paused everywhere');
    w2.unmount();
  });
});
