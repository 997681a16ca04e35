import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import PopupShell from '@/components/popup/PopupShell.vue';
import { readPopupParams, welcomeDismissedItem } from '@/components/popup/popup-state';
import { storeReflectText, takeReflectText } from '@/utils/background/context-menu';
import { dataHandlers } from '@/utils/background/handlers';
import { updateSettings } from '@/utils/storage/settings';
import { mountWith, resetPopupWorld, settle, until } from './helpers';
import { CLOCKS, onClock } from '../support/clock';

vi.mock('@/utils/messaging/reliable-send', async () => (await import('./helpers')).reliableSendMock);
// Reflect is answered by the background; here with a canned reflection.
vi.mock('@/utils/messaging/protocol', () => ({
  sendMessage: async (type: string) => (type === 'reflectMessage' ? { kind: 'reflection', reflections: ['I hear how tired you are.'], questions: [] } : null),
}));

beforeEach(async () => {
  await resetPopupWorld();
  delete document.documentElement.dataset.theme;
});

describe.each(CLOCKS)('the popup shell, at $name', ({ now }) => {
  onClock(now);
  it('explains Attune in three sentences on first run, links to the practice page, and can be dismissed', async () => {
    const w = await mountWith(PopupShell);
    await until(() => w.text().includes('Welcome to Attune'));
    expect(w.findAll('.popup-welcome__sentence')).toHaveLength(3);
    expect(w.find('a[href$="/practice.html"]').exists()).toBe(true);
    await w.findAll('button').find((b) => b.text() === 'Start with a check-in')!.trigger('click');
    expect(w.text()).not.toContain('Welcome to Attune');
    expect(await welcomeDismissedItem.getValue()).toBe(true);
    w.unmount();
  });

  it('shrinks the welcome to one line after the first visit, until dismissed', async () => {
    const first = await mountWith(PopupShell);
    await until(() => first.findAll('.popup-welcome__sentence').length === 3);
    expect(first.find('form').exists()).toBe(false); // the welcome stands in for the check-in form
    first.unmount();

    const second = await mountWith(PopupShell);
    await until(() => second.find('.popup-welcome--line').exists());
    expect(second.find('.popup-welcome--line').text()).toContain('Try it on the practice page');
    expect(second.findAll('.popup-welcome__sentence')).toHaveLength(0);
    expect(second.find('button[type=submit]').text()).toBe('Save check-in');
    await second.findAll('button').find((b) => b.text() === 'Got it')!.trigger('click');
    await until(() => !second.find('.popup-welcome--line').exists());
    expect(await welcomeDismissedItem.getValue()).toBe(true);
    second.unmount();
  });

  it('skips the welcome once there is history', async () => {
    await dataHandlers.logTrust({ id: 't', time: Date.now(), direction: 'deposit', kind: 'repair' });
    const w = await mountWith(PopupShell);
    await settle();
    expect(w.text()).not.toContain('Welcome to Attune');
    w.unmount();
  });

  it('moves between views with the arrow keys (tabs with a roving tabindex)', async () => {
    const w = await mountWith(PopupShell);
    const tabs = () => w.findAll('[role=tab]');
    expect(tabs().map((t) => t.text())).toEqual(['Check-in', 'Draft', 'Reflect', 'Trust bank', 'Rituals']);
    expect(tabs()[0].attributes('aria-selected')).toBe('true');
    expect(tabs().filter((t) => t.attributes('tabindex') === '0')).toHaveLength(1);
    await tabs()[0].trigger('keydown', { key: 'ArrowRight' });
    await settle();
    expect(tabs()[1].attributes('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(tabs()[1].element);
    expect(w.find('[role=tabpanel]').attributes('aria-labelledby')).toBe(tabs()[1].attributes('id'));
    await tabs()[1].trigger('keydown', { key: 'End' });
    await settle();
    expect(w.text()).toContain('Silent Sync');
    await tabs()[4].trigger('keydown', { key: 'ArrowRight' });
    await settle();
    expect(tabs()[0].attributes('aria-selected')).toBe('true');
    w.unmount();
  });

  it('opens on Reflect with the text chosen from the context menu, and consumes it', async () => {
    await storeReflectText('  I am so tired of all this  ');
    const w = await mountWith(PopupShell);
    await until(() => w.text().includes('I hear how tired you are.'));
    expect(w.find('[role=tab][aria-selected=true]').text()).toBe('Reflect');
    expect((w.find('textarea').element as HTMLTextAreaElement).value).toBe('I am so tired of all this');
    expect(await takeReflectText()).toBe('');
    w.unmount();
  });

  it('follows the theme setting', async () => {
    const w = await mountWith(PopupShell);
    await updateSettings({ theme: 'dark' });
    await until(() => document.documentElement.dataset.theme === 'dark');
    await updateSettings({ theme: 'system' });
    await until(() => document.documentElement.dataset.theme === undefined);
    w.unmount();
  });

  it('reads test and deep-link overrides from its address', () => {
    expect(readPopupParams('?view=rituals&breath=50')).toEqual({ view: 'rituals', breathMs: 50 });
    expect(readPopupParams('?view=nope&breath=-1')).toEqual({ view: undefined, breathMs: undefined });
  });

  it('stores the context-menu selection in session storage', async () => {
    await storeReflectText('hello');
    expect((await fakeBrowser.storage.session.get('reflectText')).reflectText).toBe('hello');
    expect(await takeReflectText()).toBe('hello');
    expect(await takeReflectText()).toBe('');
  });
});
