import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { AttuneDb, CURRENT_DB_VERSION, SCHEMA, getDb, openDb, storageProblemItem, type SchemaVersion } from '@/utils/storage/db';
import { buildRollupRows, localDay, rollupConsistent } from '@/utils/storage/rollup';
import { pattern, resetAll } from './helpers';

beforeEach(resetAll);

/** Writes rows as version 1 stored them, with nothing but IndexedDB (no current code). */
async function writeV1(name: string, rows: object[]): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores({ patterns: 'id, time, [category+time], site, outcome', trust: 'id, time', checkins: 'id, time', notAPattern: 'value' });
  await v1.table('patterns').bulkPut(rows);
  v1.close();
}

describe('history database schema', () => {
  it('is version 2 with the indexes the queries use and the daily rollup', async () => {
    expect(CURRENT_DB_VERSION).toBe(2);
    const db = await getDb();
    expect(db.verno).toBe(2);
    const idx = db.patterns.schema.indexes.map((i) => i.name).sort();
    expect(idx).toEqual(['[category+time]', '[site+time]', 'time']);
    expect(db.notAPattern.schema.primKey.name).toBe('value');
    expect(db.patternDays.schema.primKey.name).toBe('day');
  });

  it('upgrades a version-1 database: the rollup is built from the patterns already stored', async () => {
    await Dexie.delete('v1-rollup');
    // A few hundred rows over ~300 days, some on the same day, every category and site.
    const rows = Array.from({ length: 600 }, (_, i) => pattern(i, { outcome: (['shown', 'used', 'sent-anyway'] as const)[i % 3] }));
    await writeV1('v1-rollup', rows);
    const db = await openDb('v1-rollup');
    expect(db.readOnlyFallback).toBe(false);
    expect(db.verno).toBe(2);
    expect(await db.patterns.count()).toBe(600);
    const days = await db.patternDays.orderBy('day').toArray();
    expect(days).toEqual(buildRollupRows(rows));
    expect(days.reduce((a, d) => a + d.total, 0)).toBe(600);
    // Spot check one day against the rows themselves.
    const d0 = localDay(rows[0].time);
    const sameDay = rows.filter((r) => localDay(r.time) === d0);
    const row = days.find((d) => d.day === d0)!;
    expect(row.total).toBe(sameDay.length);
    expect(row.buckets[rows[0].category]![rows[0].site].p[rows[0].phrase]).toBe(1);
    expect(await rollupConsistent(db.patterns, db.patternDays)).toBe(true);
    // The new index answers.
    expect(await db.patterns.where('[site+time]').between(['discord.com', -Infinity], ['discord.com', Infinity]).count()).toBe(200);
    db.close();
  });

  it('opens a database written by version 1 with the current schema, rows intact', async () => {
    await Dexie.delete('from-v1');
    await writeV1('from-v1', [pattern(1), pattern(2)]);
    const db = await openDb('from-v1');
    expect(db.readOnlyFallback).toBe(false);
    expect((await db.patterns.toArray()).map((p) => p.id).sort()).toEqual(['p-1', 'p-2']);
    db.close();
  });

  it('runs a later version\'s upgrade over version 1 rows (the migrations pattern)', async () => {
    await Dexie.delete('upgrade');
    await writeV1('upgrade', [pattern(1, { site: 'WEB.WhatsApp.com' }), pattern(2)]);
    // A made-up version 3: hosts lower-cased, plus a new index on reason.
    const v2: SchemaVersion = {
      version: 3,
      stores: { patterns: 'id, time, [category+time], [site+time], reason' },
      upgrade: (tx) =>
        tx.table('patterns').toCollection().modify((p: { site: string }) => {
          p.site = p.site.toLowerCase();
        }),
    };
    const db = await openDb('upgrade', [...SCHEMA, v2]);
    expect(db.verno).toBe(3);
    expect((await db.patterns.get('p-1'))?.site).toBe('web.whatsapp.com');
    expect(await db.patterns.where('reason').equals(pattern(2).reason).count()).toBeGreaterThan(0);
    db.close();
  });

  it('a failed upgrade leaves the old data as it was, readable, read-only, and reported', async () => {
    await Dexie.delete('broken');
    await writeV1('broken', [pattern(1), pattern(2), pattern(3)]);
    const broken: SchemaVersion = {
      version: 3,
      stores: { patterns: 'id, time, [category+time], [site+time]' },
      upgrade: async (tx) => {
        await tx.table('patterns').clear(); // would lose everything if it committed
        throw new Error('boom');
      },
    };
    const db = await openDb('broken', [...SCHEMA, broken]);
    expect(db.readOnlyFallback).toBe(true);
    expect(db.verno).toBe(1);
    expect(await db.patterns.count()).toBe(3);
    expect(await storageProblemItem.getValue()).toMatch(/could not upgrade your saved history.*boom.*has not been changed/s);
    db.close();

    // A fixed release opens it normally and clears the report.
    const fixed = await openDb('broken', [...SCHEMA, { ...broken, upgrade: undefined }]);
    expect(fixed.readOnlyFallback).toBe(false);
    expect(await fixed.patterns.count()).toBe(3);
    expect(await storageProblemItem.getValue()).toBe('');
    fixed.close();
  });

  it('the shared connection is one per context', async () => {
    expect(await getDb()).toBe(await getDb());
    expect(await getDb()).toBeInstanceOf(AttuneDb);
  });
});
