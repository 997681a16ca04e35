import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createPinia, setActivePinia } from 'pinia';
import { dataHandlers } from '@/utils/background/handlers';
import { getDb } from '@/utils/storage/db';
import { useCheckinsStore } from '@/utils/stores/checkins';
import { useNotAPatternStore } from '@/utils/stores/not-a-pattern';
import { usePatternsStore } from '@/utils/stores/patterns';
import { rebuildRollup } from '@/utils/storage/rollup';
import { useSettingsStore } from '@/utils/stores/settings';
import { useTrustStore } from '@/utils/stores/trust';
import { DEFAULT_SETTINGS } from '@/utils/storage/settings';
import { bumpRevision } from '@/utils/background/revision';
import { checkin, DAY, NOW, pattern, resetAll, trust } from './helpers';

// Writes go to the background: here, straight to its handlers (the real message path is e2e).
vi.mock('@/utils/messaging/reliable-send', () => ({
  reliableSend: (type: string, data: unknown) => (dataHandlers as Record<string, (d: unknown) => Promise<unknown>>)[type](data),
}));

beforeEach(async () => {
  await resetAll();
  setActivePinia(createPinia());
});

const until = (check: () => boolean) => vi.waitFor(() => expect(check()).toBe(true), { timeout: 2000, interval: 10 });

describe('useSettingsStore', () => {
  it('loads, updates, reports quota problems, and follows changes from other tabs', async () => {
    const store = useSettingsStore();
    await store.ready;
    expect(store.settings).toEqual(DEFAULT_SETTINGS);
    expect(await store.update({ theme: 'dark' })).toBe(true);
    expect(store.settings.theme).toBe('dark');

    const huge = Array.from({ length: 100 }, (_, i) => `${'x'.repeat(120)}.${i}.example.org`);
    expect(await store.update({ userSites: huge })).toBe(false);
    expect(store.error).toMatch(/too large to sync/);
    expect(store.settings.userSites).toEqual([]);

    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, sensitivity: 'gentle' } });
    await until(() => store.settings.sensitivity === 'gentle');
    await store.reset();
    expect(store.settings).toEqual(DEFAULT_SETTINGS);
  });
});

describe('usePatternsStore', () => {
  it('summarises the rollup for its filter, pages entries, and refreshes when the background writes', async () => {
    const store = usePatternsStore();
    await until(() => store.loaded);
    expect(store.entries).toEqual([]);
    expect(store.summary.total).toBe(0);
    await dataHandlers.logPattern(pattern(1, { time: NOW, category: 'assumption' }));
    await until(() => store.entries.length === 1);
    await until(() => store.counts.assumption === 1);

    await dataHandlers.logPattern(pattern(2, { time: NOW - 1, category: 'rushed-fix' }));
    await dataHandlers.logPattern(pattern(3, { time: NOW - 60 * DAY, category: 'assumption' }));
    await store.setFilter({ categories: ['assumption'], from: NOW - 90 * DAY });
    expect(store.entries.map((e) => e.id)).toEqual(['p-1', 'p-3']);
    await until(() => store.summary.total === 2);
    expect(store.totalAll).toBe(3);

    // An outcome change (the same id again) moves the count, it does not add one.
    await dataHandlers.logPattern(pattern(3, { time: NOW - 60 * DAY, category: 'assumption', outcome: 'used' }));
    await until(() => store.summary.outcomes.used === 1);
    expect(store.summary.total).toBe(2);

    await store.remove(['p-1']);
    expect(store.entries.map((e) => e.id)).toEqual(['p-3']);
    expect(store.summary.total).toBe(1);
  });

  it('pages the entry list: newest first, "show more" adds the next page', async () => {
    const db = await getDb();
    await db.transaction('rw', db.patterns, db.patternDays, async () => {
      await db.patterns.bulkPut(Array.from({ length: 120 }, (_, i) => pattern(i, { time: NOW - i * 60_000 })));
      await rebuildRollup(db.patterns, db.patternDays);
    });
    const store = usePatternsStore();
    await bumpRevision();
    await until(() => store.entries.length === 50);
    expect(store.hasMore).toBe(true);
    expect(store.entries[0].id).toBe('p-0');
    await store.showMore();
    expect(store.entries).toHaveLength(100);
    await store.showMore();
    expect(store.entries).toHaveLength(120);
    expect(store.hasMore).toBe(false);
    expect(store.summary.total).toBe(120);
  });

  it('sees writes made directly in the database once the revision is bumped', async () => {
    const store = usePatternsStore();
    await until(() => store.loaded);
    await (await getDb()).patterns.put(pattern(9, { time: NOW }));
    expect(store.entries).toEqual([]);
    await bumpRevision();
    await until(() => store.entries.length === 1);
  });
});

describe('useTrustStore', () => {
  it('logs through the background, keeps the balance, follows other tabs', async () => {
    const store = useTrustStore();
    const entry = await store.log({ direction: 'deposit', kind: 'gratitude', note: '<b>thanks</b>' });
    expect(entry.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(store.entries).toEqual([entry]);
    await dataHandlers.logTrust(trust(1, { direction: 'withdrawal', kind: 'mockery', time: NOW + 5 }));
    await until(() => store.entries.length === 2);
    expect([store.deposits, store.withdrawals, store.balance]).toEqual([1, 1, 0]);
  });
});

describe('useCheckinsStore', () => {
  it('saves a check-in and knows today\'s by slot', async () => {
    const store = useCheckinsStore();
    await store.save({ slot: 'morning', feeling: 'anxious', core: 'afraid', need: 'reassurance' });
    expect(store.today.morning?.feeling).toBe('anxious');
    expect(store.today.evening).toBeUndefined();
    await dataHandlers.saveCheckin(checkin(1, { time: NOW - 3 * DAY }));
    await until(() => store.entries.length === 2);
    await store.setRange({ from: NOW - DAY });
    expect(store.entries).toHaveLength(1);
  });
});

describe('useNotAPatternStore', () => {
  it('adds (lower-cased phrases) and removes through the background', async () => {
    const store = useNotAPatternStore();
    await store.add('  Calm Down ');
    await store.add('advice-should', 'reason');
    expect(store.entries.map((e) => e.value).sort()).toEqual(['advice-should', 'calm down']);
    await store.remove('calm down');
    expect(store.entries.map((e) => e.value)).toEqual(['advice-should']);
  });
});
