import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { dataHandlers } from '@/utils/background/handlers';
import { reliableSendMock, resetWorld, mountWith, seed, settle, until } from './helpers';
import OptionsTrustBank from '@/components/options/OptionsTrustBank.vue';
import OptionsCheckins from '@/components/options/OptionsCheckins.vue';
import OptionsSettings from '@/components/options/OptionsSettings.vue';
import OptionsLearn from '@/components/options/OptionsLearn.vue';
import OptionsYourData from '@/components/options/OptionsYourData.vue';
import OptionsDashboard from '@/components/options/OptionsDashboard.vue';
import { getSettings, updateSettings } from '@/utils/storage/settings';
import { loadWorksheet } from '@/components/options/worksheet-store';
import { getDb } from '@/utils/storage/db';
import { CLOCKS, onClock } from '../support/clock';

vi.mock('@/utils/messaging/reliable-send', () => reliableSendMock);
vi.mock('@/utils/messaging/protocol', async (orig) => ({
  ...(await orig<typeof import('@/utils/messaging/protocol')>()),
  sendMessage: (type: string, data: unknown) => (dataHandlers as unknown as Record<string, (d: unknown) => unknown>)[type](data),
}));

vi.setConfig({ testTimeout: 30_000 });
beforeEach(resetWorld);

describe.each(CLOCKS)('Trust bank section, at $name', ({ now }) => {
  onClock(now);
  it('is empty, kindly', async () => {
    const w = await mountWith(OptionsTrustBank);
    await until(() => w.text().includes('The trust bank is empty'));
    w.unmount();
  });
  it('shows balance, streaks, weekly charts and partner notes for a year of use', async () => {
    const data = await seed({ patterns: 10 });
    const w = await mountWith(OptionsTrustBank);
    await until(() => w.find('.tiles').exists());
    const deposits = data.trust.filter((t) => t.direction === 'deposit').length;
    const withdrawals = data.trust.length - deposits;
    expect(w.find('.tiles').text()).toContain(String(deposits - withdrawals));
    expect(w.find('.tiles').text()).toMatch(/Current streak\s*(?:1 day\b|(?!1 )\d+ days)/);
    expect(w.findAll('svg[role="img"]')).toHaveLength(3);
    expect(w.text()).toContain('Week of');
    expect(w.text()).toMatch(/in \d+ of the last 26 weeks/);
    w.unmount();
  });
});

describe.each(CLOCKS)('Check-ins section, at $name', ({ now }) => {
  onClock(now);
  it('is empty, kindly', async () => {
    const w = await mountWith(OptionsCheckins);
    await until(() => w.text().includes('No check-ins yet'));
    w.unmount();
  });
  it('shows a calendar of feeling words with needs, month navigation and frequent needs', async () => {
    const { checkins } = await seed({ patterns: 10 });
    // Check-ins the seed put in a month (local time), to compare with what the calendar shows.
    const inMonth = (offset: number) => {
      const start = new Date(new Date(now).getFullYear(), new Date(now).getMonth() + offset, 1).getTime();
      const end = new Date(new Date(now).getFullYear(), new Date(now).getMonth() + offset + 1, 1).getTime();
      return checkins.filter((c) => c.time >= start && c.time < end).length;
    };
    const w = await mountWith(OptionsCheckins);
    await until(() => w.find('table.calendar').exists());
    // The current month opens first, with exactly its own check-ins (none yet early on the 1st).
    const monthName = (offset: number) =>
      new Date(new Date(now).getFullYear(), new Date(now).getMonth() + offset, 1).toLocaleDateString('en-GB', { month: 'long', year: 'numeric' });
    expect(w.find('.month-nav h3').text()).toBe(monthName(0));
    expect(w.findAll('.calendar .word')).toHaveLength(inMonth(0));
    await w.find('button[aria-label="Previous month"]').trigger('click');
    expect(w.find('.month-nav h3').text()).toBe(monthName(-1));
    expect(inMonth(-1)).toBeGreaterThan(20);
    expect(w.findAll('.calendar .word')).toHaveLength(inMonth(-1));
    expect(w.find('.calendar .need').text()).toMatch(/^needs /);
    expect(w.find('.month-nav').text()).toMatch(/Check-ins on \d+ days/);
    expect(w.findAll('svg[role="img"]')).toHaveLength(2);
    w.unmount();
  });
});

describe.each(CLOCKS)('Settings section, at $name', ({ now }) => {
  onClock(now);
  it('persists categories, sensitivity, sites, snoozes, snippets, retention and the repair ritual', async () => {
    const removed = vi.spyOn(fakeBrowser.permissions, 'remove').mockResolvedValue(true);
    vi.spyOn(fakeBrowser.permissions, 'getAll').mockResolvedValue({ origins: ['https://chat.example.org/*'], permissions: [] });
    await updateSettings({ userSites: ['chat.example.org'] });
    const w = await mountWith(OptionsSettings);
    const sw = (label: string) => w.findAll('[role="switch"]').find((b) => b.text().includes(label))!;

    await sw('Filling in a story').trigger('click');
    await until(async () => (await getSettings()).categories.assumption === false);
    await w.find('input[type="radio"][value="watchful"]').setValue(true);
    await until(async () => (await getSettings()).sensitivity === 'watchful');
    await sw('WhatsApp Web').trigger('click');
    await until(async () => (await getSettings()).disabledBuiltinSites.includes('web.whatsapp.com'));
    expect(sw('Keep a snippet').attributes('aria-checked')).toBe('false'); // off by default
    await sw('Keep a snippet').trigger('click');
    await until(async () => (await getSettings()).storeSnippets);
    const retention = w.findAll('select').find((s) => s.text().includes('1,095 days'))!;
    await retention.setValue('90');
    await until(async () => (await getSettings()).retentionDays === 90);
    await w.findAll('button').find((b) => b.text().includes('Snooze everywhere for an hour'))!.trigger('click');
    await until(async () => (await getSettings()).snoozeAllUntil > Date.now());
    const word = w.findAll('input').find((i) => i.element.closest('.base-text-field')?.textContent?.includes('Word or phrase'))!;
    await word.setValue('pineapple');
    await until(async () => (await getSettings()).repairRitual.word === 'pineapple');

    // Removing a user-added site also gives its permission back.
    await w.findAll('button').find((b) => b.text().startsWith('Remove'))!.trigger('click');
    await until(async () => (await getSettings()).userSites.length === 0);
    await until(() => removed.mock.calls.length > 0);
    expect(removed).toHaveBeenCalledWith({ origins: ['https://chat.example.org/*'] });
    w.unmount();
  });

  it('shows changes made elsewhere (another tab) without a reload', async () => {
    const w = await mountWith(OptionsSettings);
    await updateSettings({ categories: { outsourcing: false } });
    await settle();
    const sw = w.findAll('[role="switch"]').find((b) => b.text().includes('Handing over your feelings'))!;
    await until(() => sw.attributes('aria-checked') === 'false');
    w.unmount();
  });
});

describe('Learn section', () => {
  it('explains the practices and saves the Us vs. the Issue worksheet locally', async () => {
    const w = await mountWith(OptionsLearn);
    for (const title of ['Pause – Attend – Reflect', 'Emotional autobiographies', 'Us vs. the Issue', 'The trust bank', 'The feelings wheel']) {
      expect(w.text()).toContain(title);
    }
    const areas = w.findAll('textarea');
    await areas[0].setValue('Evenings get tense when we are both tired');
    const steps = w.findAll('fieldset input');
    await steps[0].setValue('Order dinner on Tuesdays');
    await w.find('form.worksheet').trigger('submit');
    await until(async () => (await loadWorksheet()).issue.startsWith('Evenings'));
    expect((await loadWorksheet()).steps).toEqual(['Order dinner on Tuesdays']);
    w.unmount();
  });
});

describe.each(CLOCKS)('Your data section, at $name', ({ now }) => {
  onClock(now);
  it('shows usage, lists every import problem as text, and deletes all after confirming', async () => {
    await seed({ patterns: 50 });
    const w = await mountWith(OptionsYourData);
    await until(() => w.text().includes('50 flagged patterns'));

    const bad = JSON.stringify({ format: 'attune-export', version: 1, exportedAt: '', patterns: [{ id: 'x', time: 'yesterday' }, { id: '<img src=x onerror=alert(1)>' }], trust: [], checkins: [], notAPattern: [] });
    const input = w.find('input[type="file"]');
    Object.defineProperty(input.element, 'files', { value: [new File([bad], 'bad.json', { type: 'application/json' })], configurable: true });
    await input.trigger('change');
    await until(() => w.find('[data-testid="import-report"]').exists());
    const report = w.find('[data-testid="import-report"]');
    expect(report.text()).toContain('Nothing was imported');
    expect(report.findAll('.errors li').length).toBeGreaterThan(1);
    expect(report.find('img').exists()).toBe(false); // rendered as text, never HTML

    await w.findAll('button').find((b) => b.text().includes('Delete all my data'))!.trigger('click');
    await w.findAll('button').find((b) => b.text().includes('Yes, delete everything'))!.trigger('click');
    const db = await getDb();
    await until(async () => (await db.patterns.count()) === 0);
    await until(() => w.text().includes('0 flagged patterns'));
    w.unmount();
  });
});

describe('the dashboard', () => {
  it('has a keyboard-reachable nav that switches sections by link', async () => {
    window.location.hash = '';
    const w = await mountWith(OptionsDashboard);
    const links = w.findAll('nav a');
    expect(links.map((l) => l.text())).toEqual(['Patterns', 'Trust bank', 'Check-ins', 'Settings', 'Learn', 'Your data']);
    expect(links[0].attributes('aria-current')).toBe('page');
    window.location.hash = '#settings';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await settle();
    expect(w.find('main h2').text()).toBe('Settings');
    expect(w.find('nav a[aria-current="page"]').text()).toBe('Settings');
    w.unmount();
  });
});
