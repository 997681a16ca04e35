import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import PopupDraftSuggestion from '@/components/popup/PopupDraftSuggestion.vue';
import type { DraftState } from '@/utils/messaging/protocol';
import { getSettings } from '@/utils/storage/settings';
import { mountWith, openTab, resetPopupWorld, settle, until } from './helpers';
import { CLOCKS, onClock } from '../support/clock';

vi.mock('@/utils/messaging/reliable-send', async () => (await import('./helpers')).reliableSendMock);
const tabMessages = vi.hoisted(() => ({ handler: (_type: string, _data: unknown, _tab?: number): unknown => null, calls: [] as unknown[][] }));
vi.mock('@/utils/messaging/protocol', () => ({
  sendMessage: async (type: string, data: unknown, tab?: number) => {
    tabMessages.calls.push([type, data, tab]);
    return tabMessages.handler(type, data, tab);
  },
}));

const DRAFT: DraftState = {
  host: 'chat.example.org',
  draftText: 'You should just talk to your boss.',
  findings: [
    { category: 'rushed-fix', start: 0, end: 21, phrase: 'you should just talk', severity: 'medium', reason: 'advice-should', explanation: 'Advice before acknowledging can feel dismissive.' },
  ],
  rephrasings: [{ start: 0, end: 34, text: 'That sounds really stressful. Would it help to talk to your boss?', move: 'acknowledge first', category: 'rushed-fix' }],
};

let tabId = 0;
beforeEach(async () => {
  await resetPopupWorld();
  tabMessages.calls = [];
  tabId = await openTab('https://chat.example.org/room');
});

describe.each(CLOCKS)('the current draft, at $name', ({ now }) => {
  onClock(now);
  it('shows the finding and the rephrasing, and "Use this rephrasing" asks the tab to apply it', async () => {
    tabMessages.handler = (type) => (type === 'getDraft' ? DRAFT : type === 'applyRephrasing' ? true : null);
    const w = await mountWith(PopupDraftSuggestion, { props: { pollMs: 0 } });
    await until(() => w.text().includes('Rushing to fix'));
    expect(w.text()).toContain('Triggered by “you should just talk”');
    expect(w.text()).toContain('Advice before acknowledging can feel dismissive.');
    expect(w.text()).toContain('That sounds really stressful. Would it help to talk to your boss?');
    const use = w.findAll('button').find((b) => b.text() === 'Use this rephrasing')!;
    await use.trigger('click');
    await until(() => w.text().includes('the rephrasing is in your composer'));
    expect(tabMessages.calls).toContainEqual(['applyRephrasing', 0, tabId]);
    w.unmount();
  });

  it('shows an "ask first" question as a question, with no button that would insert it', async () => {
    const ask = { start: 0, end: 34, text: 'Before I jump in — how are you feeling about it?', move: 'ask first', category: 'rushed-fix' as const, kind: 'ask' as const };
    tabMessages.handler = (type) => (type === 'getDraft' ? { ...DRAFT, rephrasings: [ask] } : null);
    const w = await mountWith(PopupDraftSuggestion, { props: { pollMs: 0 } });
    await until(() => w.text().includes('Maybe ask first'));
    expect(w.text()).toContain('Before I jump in — how are you feeling about it?');
    expect(w.text()).not.toContain('A kinder way to say it');
    expect(w.findAll('button').some((b) => b.text() === 'Use this rephrasing')).toBe(false);
    w.unmount();
  });

  it('says so when there is nothing to suggest, and pauses this site for an hour, then resumes', async () => {
    tabMessages.handler = () => ({ ...DRAFT, findings: [], rephrasings: [] });
    const w = await mountWith(PopupDraftSuggestion, { props: { pollMs: 0 } });
    await until(() => w.text().includes('Nothing to suggest'));
    const group = w.find('[role=group]');
    expect(group.attributes('aria-labelledby')).toBeTruthy();
    expect(w.find(`#${group.attributes('aria-labelledby')}`).text()).toBe('Pause Attune on chat.example.org');
    const before = Date.now();
    await group.findAll('button').find((b) => b.text() === 'For 1 hour')!.trigger('click');
    await until(async () => ((await getSettings()).snoozedSites['chat.example.org'] ?? 0) >= before + 3600_000);
    const until1h = (await getSettings()).snoozedSites['chat.example.org'];
    expect(until1h).toBeLessThanOrEqual(Date.now() + 3600_000);
    expect((await getSettings()).snoozeAllUntil).toBe(0);
    await until(() => w.text().includes('Paused on chat.example.org until'));
    await w.find('button[aria-label="Resume Attune on chat.example.org"]').trigger('click');
    await until(async () => !(await getSettings()).snoozedSites['chat.example.org']);
    await until(() => w.find('[role=group]').exists());
    w.unmount();
  });

  it('has no pause control where Attune is not running', async () => {
    await openTab('https://chat.example.org/room', false);
    const w = await mountWith(PopupDraftSuggestion, { props: { pollMs: 0 } });
    await until(() => w.text().includes('Attune is not running'));
    expect(w.text()).not.toContain('For 1 hour');
    w.unmount();
  });

  it('offers "Use Attune on this site" when no content script answers, asking for that origin only', async () => {
    await openTab('https://chat.example.org/room', false);
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
    const w = await mountWith(PopupDraftSuggestion, { props: { pollMs: 0 } });
    await until(() => w.text().includes('Attune is not running on chat.example.org'));
    const enable = w.findAll('button').find((b) => b.text() === 'Use Attune on this site')!;
    await enable.trigger('click');
    expect(request).toHaveBeenCalledWith({ origins: ['https://chat.example.org/*'] });
    await until(async () => (await getSettings()).userSites.includes('chat.example.org'));
    await until(() => w.text().includes('Reload the page to start'));
    w.unmount();
  });

  it('keeps the site off when permission is refused', async () => {
    await openTab('https://chat.example.org/room', false);
    vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false);
    const w = await mountWith(PopupDraftSuggestion, { props: { pollMs: 0 } });
    await until(() => w.text().includes('Use Attune on this site'));
    await w.findAll('button').find((b) => b.text() === 'Use Attune on this site')!.trigger('click');
    await until(() => w.text().includes('Permission was not given'));
    expect((await getSettings()).userSites).toEqual([]);
    w.unmount();
  });

  it('explains pages Attune cannot run on', async () => {
    await fakeBrowser.tabs.update(tabId, { url: 'chrome://settings' });
    const w = await mountWith(PopupDraftSuggestion, { props: { pollMs: 0 } });
    await settle();
    expect(w.text()).toContain('Attune works on web pages');
    w.unmount();
  });
});
