import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  DEFAULT_SETTINGS,
  MAX_USER_SITES,
  SettingsTooLargeError,
  SYNC_ITEM_LIMIT_BYTES,
  getSettings,
  normalizeSettings,
  resetSettings,
  settingsByteSize,
  updateSettings,
  watchSettings,
} from '@/utils/storage/settings';
import { resetAll, settle } from './helpers';

beforeEach(resetAll);

describe('settings', () => {
  it('are the defaults when nothing is saved, in storage.sync', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    await updateSettings({ sensitivity: 'watchful' });
    const raw = await fakeBrowser.storage.sync.get('settings');
    expect((raw.settings as { sensitivity: string }).sensitivity).toBe('watchful');
    // WXT's version marker, read by future migrations.
    expect((await fakeBrowser.storage.sync.get('settings$')).settings$).toEqual({ v: 1 });
  });

  it('an old saved shape gains the fields added since, keeping what was set', async () => {
    // A shape from before categories.reflective, repairRitual.lyric, theme and crisisLine existed.
    await fakeBrowser.storage.sync.set({
      settings: {
        enabled: false,
        categories: { 'rushed-fix': false, assumption: true, outsourcing: true },
        sensitivity: 'gentle',
        repairRitual: { word: 'pineapple', gesture: '' },
        userSites: ['Chat.Example.org', 'https://chat.example.org/x', 'other.example'],
      },
    });
    const s = await getSettings();
    expect(s.enabled).toBe(false);
    expect(s.categories).toEqual({ 'rushed-fix': false, assumption: true, outsourcing: true, reflective: true });
    expect(s.repairRitual).toEqual({ word: 'pineapple', gesture: '', lyric: '' });
    expect(s.theme).toBe('system');
    expect(s.crisisLine).toBe('');
    expect(s.userSites).toEqual(['chat.example.org', 'other.example']);
    expect(s.retentionDays).toBe(365);
  });

  it('wrong-typed fields fall back to defaults, with a plain-language problem each', () => {
    const problems: string[] = [];
    const s = normalizeSettings({ sensitivity: 'loud', pauseDelayMs: 'fast', enabled: 1, reminders: [{ slot: 'noon' }] }, problems);
    expect(s.sensitivity).toBe('balanced');
    expect(s.pauseDelayMs).toBe(400);
    expect(s.enabled).toBe(true);
    expect(s.reminders).toEqual(DEFAULT_SETTINGS.reminders);
    expect(problems).toHaveLength(4);
    expect(problems.join('\n')).toContain(
      'settings.reminders[0]: expected { slot: "morning" or "evening", time: "HH:MM", enabled: true/false }, got an object',
    );
    expect(problems.join('\n')).toContain('settings.sensitivity: expected one of "gentle", "balanced", "watchful", got "loud"');
    expect(problems.join('\n')).toContain('settings.pauseDelayMs: expected a number from 0 to 10000, got "fast"');
    expect(problems.join('\n')).toContain('settings.enabled: expected true or false, got 1');
  });

  it('updateSettings merges categories and repairRitual, replaces the rest', async () => {
    await updateSettings({ categories: { assumption: false }, repairRitual: { word: 'tea' } });
    await updateSettings({ repairRitual: { lyric: 'here comes the sun' } });
    const s = await getSettings();
    expect(s.categories).toEqual({ ...DEFAULT_SETTINGS.categories, assumption: false });
    expect(s.repairRitual).toEqual({ word: 'tea', gesture: '', lyric: 'here comes the sun' });
  });

  it('concurrent updates from one page both land', async () => {
    await Promise.all([updateSettings({ theme: 'dark' }), updateSettings({ hintStyle: 'underline-only' })]);
    const s = await getSettings();
    expect([s.theme, s.hintStyle]).toEqual(['dark', 'underline-only']);
  });

  it('drops expired per-site snoozes on every write', async () => {
    const now = Date.now();
    await updateSettings({ snoozedSites: { 'old.example': now - 1000, 'new.example': now + 60_000 } });
    expect((await getSettings()).snoozedSites).toEqual({ 'new.example': now + 60_000 });
  });

  it('keeps user site lists bounded and refuses a write over the sync quota, saving nothing', async () => {
    const many = Array.from({ length: 500 }, (_, i) => `site-${i}.example.org`);
    const s = await updateSettings({ userSites: many.slice(0, 150) });
    expect(s.userSites).toHaveLength(MAX_USER_SITES);
    expect(settingsByteSize(s)).toBeLessThanOrEqual(SYNC_ITEM_LIMIT_BYTES);

    const before = await fakeBrowser.storage.sync.get('settings');
    const longHosts = Array.from({ length: 100 }, (_, i) => `${'a'.repeat(60)}.${'b'.repeat(60)}.${i}.example.org`);
    const attempt = updateSettings({ userSites: longHosts });
    await expect(attempt).rejects.toBeInstanceOf(SettingsTooLargeError);
    await expect(attempt).rejects.toThrow(/too large to sync between browsers \([\d,]+ of 8,192 bytes\)\. Remove some added sites \(you have 100\)/);
    expect(await fakeBrowser.storage.sync.get('settings')).toEqual(before);
  });

  it('watchSettings sees changes made elsewhere, normalized', async () => {
    const seen: string[] = [];
    watchSettings((s) => seen.push(s.sensitivity));
    await fakeBrowser.storage.sync.set({ settings: { sensitivity: 'gentle' } });
    await settle();
    expect(seen).toEqual(['gentle']);
  });

  it('resetSettings goes back to the defaults', async () => {
    await updateSettings({ enabled: false, userSites: ['a.example'] });
    await resetSettings();
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });
});
