import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { dataHandlers } from '@/utils/background/handlers';
import { applyRetention, repairRollupIfNeeded } from '@/utils/background/maintenance';
import { startupMaintenance } from '@/utils/background/data-service';
import { getDb } from '@/utils/storage/db';
import { DEFAULT_SETTINGS } from '@/utils/storage/settings';
import { queryPatterns, queryRollup } from '@/utils/storage/queries';
import {
  buildRollupRows,
  localDay,
  rebuildRollup,
  rollupConsistent,
  startOfLocalDay,
  updateRollup,
} from '@/utils/storage/rollup';
import { summariseDays, summarisePatterns } from '@/utils/insights/patterns';
import { importFile, inThreadSource } from '@/utils/storage/import-file';
import { SLICE_ENTRIES } from '@/utils/storage/import-slices';
import { DAY, NOW, pattern, resetAll } from './helpers';

beforeEach(resetAll);

/** The stored rollup equals one built from scratch from the stored patterns. */
async function expectRollupMatchesLog(): Promise<void> {
  const db = await getDb();
  const stored = await db.patternDays.orderBy('day').toArray();
  expect(stored).toEqual(buildRollupRows(await db.patterns.toArray()));
  expect(await rollupConsistent(db.patterns, db.patternDays)).toBe(true);
}

describe('the daily rollup (patternDays)', () => {
  it('buildRollupRows: one row per local day, counts by category → site → hour/outcome/phrase', () => {
    const t = startOfLocalDay(localDay(NOW) - 3) + 21 * 3_600_000 + 5;
    const rows = buildRollupRows([
      pattern(1, { time: t, category: 'rushed-fix', site: 'a.com', phrase: 'calm down', outcome: 'used' }),
      pattern(2, { time: t + 60_000, category: 'rushed-fix', site: 'a.com', phrase: 'calm down', outcome: 'sent-anyway' }),
      pattern(3, { time: t + DAY, category: 'assumption', site: 'b.com', phrase: 'you always', outcome: 'shown' }),
    ]);
    expect(rows).toHaveLength(2);
    expect(rows[0].day).toBe(localDay(t));
    expect(rows[0].total).toBe(2);
    const cell = rows[0].buckets['rushed-fix']!['a.com'];
    expect(cell.n).toBe(2);
    expect(cell.h[21]).toBe(2);
    expect(cell.o).toEqual({ used: 1, 'sent-anyway': 1 });
    expect(cell.p).toEqual({ 'calm down': 2 });
    expect(rows[1].buckets.assumption!['b.com'].n).toBe(1);
  });

  it('every write keeps it in step, in the same transaction: log, outcome change, delete', async () => {
    for (let i = 0; i < 40; i++) await dataHandlers.logPattern(pattern(i));
    await expectRollupMatchesLog();
    // The same id again with another outcome (and even another time) moves the counts.
    await dataHandlers.logPattern(pattern(3, { outcome: 'used' }));
    await dataHandlers.logPattern(pattern(4, { time: NOW - 2 * DAY, outcome: 'sent-anyway' }));
    await expectRollupMatchesLog();
    const db = await getDb();
    expect((await db.patternDays.toArray()).reduce((a, d) => a + d.total, 0)).toBe(40);
    await dataHandlers.deletePatterns(['p-1', 'p-2', 'p-unknown']);
    await expectRollupMatchesLog();
    // Deleting a day's only entry removes the day's row.
    await dataHandlers.logPattern(pattern(99, { time: NOW - 500 * DAY }));
    expect(await db.patternDays.get(localDay(NOW - 500 * DAY))).toBeDefined();
    await dataHandlers.deletePatterns(['p-99']);
    expect(await db.patternDays.get(localDay(NOW - 500 * DAY))).toBeUndefined();
    await expectRollupMatchesLog();
  });

  it('a failed write changes neither the log nor the rollup', async () => {
    await dataHandlers.logPattern(pattern(1));
    const db = await getDb();
    await expect(
      db.transaction('rw', db.patterns, db.patternDays, async () => {
        await db.patterns.put(pattern(2));
        await updateRollup(db.patternDays, { added: [pattern(2)] });
        throw new Error('interrupted');
      }),
    ).rejects.toThrow('interrupted');
    await expectRollupMatchesLog();
    expect(await db.patterns.count()).toBe(1);
  });

  it('import recomputes the days it touched; delete-all clears it', async () => {
    for (let i = 0; i < 10; i++) await dataHandlers.logPattern(pattern(i));
    const file = JSON.stringify({
      format: 'attune-export',
      version: 1,
      exportedAt: new Date(NOW).toISOString(),
      settings: DEFAULT_SETTINGS,
      patterns: [...Array.from({ length: 50 }, (_, i) => pattern(500 + i)), pattern(3)],
      trust: [],
      checkins: [],
      notAPattern: [],
    });
    const report = await dataHandlers.importData(file);
    expect(report.ok).toBe(true);
    expect(report.added.patterns).toBe(50);
    await expectRollupMatchesLog();
    await dataHandlers.deleteAllData();
    const db = await getDb();
    expect(await db.patternDays.count()).toBe(0);
    await expectRollupMatchesLog();
  });

  it('a sliced import adds onto the days already there: equal to a rebuild after a cancel, after the re-import, with duplicates', async () => {
    for (let i = 0; i < 40; i++) await dataHandlers.logPattern(pattern(i, { outcome: i % 2 ? 'used' : 'shown' }));
    // The file: some of the stored entries again (duplicates) and new ones on the same days and others.
    const entries = [...Array.from({ length: SLICE_ENTRIES * 2 }, (_, i) => pattern(1000 + i)), pattern(3), pattern(4), pattern(1000)];
    const json = JSON.stringify({ format: 'attune-export', version: 1, patterns: entries, trust: [], checkins: [], notAPattern: [] });
    const asFile = { size: json.length, text: async () => json } as unknown as Blob;
    const send = ((type: 'importSlice' | 'importFinish', data: unknown) => (dataHandlers[type] as (d: unknown) => Promise<unknown>)(data)) as never;
    const cancel = new AbortController();
    const first = await importFile(asFile, { source: inThreadSource(), send, signal: cancel.signal, onProgress: (p) => p.phase === 'saving' && p.done > 0 && cancel.abort() });
    expect(first).toMatchObject({ cancelled: true, added: { patterns: SLICE_ENTRIES } });
    await expectRollupMatchesLog();
    const again = await importFile(asFile, { source: inThreadSource(), send });
    expect(again).toMatchObject({ ok: true, added: { patterns: SLICE_ENTRIES }, skippedDuplicates: SLICE_ENTRIES + 3 });
    await expectRollupMatchesLog();
    expect(await (await getDb()).patterns.count()).toBe(40 + SLICE_ENTRIES * 2);
  });

  it('retention and caps subtract what they remove', async () => {
    const db = await getDb();
    for (let i = 0; i < 120; i++) await dataHandlers.logPattern(pattern(i));
    await applyRetention(db, { retentionDays: 30, now: NOW });
    await expectRollupMatchesLog();
    expect(await db.patternDays.where('day').below(localDay(NOW - 31 * DAY)).count()).toBe(0);
    await applyRetention(db, { retentionDays: 365, now: NOW, maxPatterns: 5 });
    expect(await db.patterns.count()).toBe(5);
    await expectRollupMatchesLog();
  });

  it('is repaired on worker start when it disagrees with the log', async () => {
    const db = await getDb();
    for (let i = 0; i < 20; i++) await dataHandlers.logPattern(pattern(i));
    // Rows written around the background (no rollup update), and a stray rollup row.
    await db.patterns.bulkPut([pattern(100), pattern(101)]);
    await db.patternDays.put({ day: 1, total: 3, buckets: { assumption: { 'x.com': { n: 3, h: new Array(24).fill(0), o: {}, p: {} } } } });
    expect(await rollupConsistent(db.patterns, db.patternDays)).toBe(false);
    await startupMaintenance();
    await expectRollupMatchesLog();
    expect(await repairRollupIfNeeded(db)).toBe(false); // nothing to do now
  });

  it('rebuildRollup matches the incremental rollup, and summaries from it match summaries from entries', async () => {
    const db = await getDb();
    const rows = Array.from({ length: 300 }, (_, i) => pattern(i, { outcome: (['used', 'shown', 'dismissed'] as const)[i % 3] }));
    for (const r of rows) await dataHandlers.logPattern(r);
    const incremental = await db.patternDays.orderBy('day').toArray();
    await db.transaction('rw', db.patterns, db.patternDays, () => rebuildRollup(db.patterns, db.patternDays));
    expect(await db.patternDays.orderBy('day').toArray()).toEqual(incremental);

    const days = await queryRollup();
    const filter = { categories: ['assumption', 'outsourcing'] as const, sites: ['discord.com'], fromDay: localDay(NOW) - 90 };
    const fromRollup = summariseDays(days, { ...filter, categories: [...filter.categories] }, { now: NOW });
    const fromEntries = summarisePatterns(rows, { ...filter, categories: [...filter.categories] }, { now: NOW });
    expect(fromRollup).toEqual(fromEntries);
    // Same count as the entries of those whole days.
    const entries = await queryPatterns({ categories: [...filter.categories], sites: filter.sites, from: startOfLocalDay(filter.fromDay) });
    expect(fromRollup.total).toBe(entries.length);
    expect(await queryRollup({ fromDay: localDay(NOW) - 10, toDay: localDay(NOW) })).toEqual(days.filter((d) => d.day >= localDay(NOW) - 10));
  });
});
