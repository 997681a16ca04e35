import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { AttuneDb, CURRENT_DB_VERSION, SCHEMA, getDb, openDb, storageProblemItem, type SchemaVersion } from '@/utils/storage/db';
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
  it('is version 1 with the indexes the queries use', async () => {
    expect(CURRENT_DB_VERSION).toBe(1);
    const db = await getDb();
    expect(db.verno).toBe(1);
    const idx = db.patterns.schema.indexes.map((i) => i.name).sort();
    expect(idx).toEqual(['[category+time]', 'outcome', 'site', 'time']);
    expect(db.notAPattern.schema.primKey.name).toBe('value');
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
    // A made-up version 2: hosts lower-cased, plus a new index on reason.
    const v2: SchemaVersion = {
      version: 2,
      stores: { patterns: 'id, time, [category+time], site, outcome, reason' },
      upgrade: (tx) =>
        tx.table('patterns').toCollection().modify((p: { site: string }) => {
          p.site = p.site.toLowerCase();
        }),
    };
    const db = await openDb('upgrade', [...SCHEMA, v2]);
    expect(db.verno).toBe(2);
    expect((await db.patterns.get('p-1'))?.site).toBe('web.whatsapp.com');
    expect(await db.patterns.where('reason').equals(pattern(2).reason).count()).toBeGreaterThan(0);
    db.close();
  });

  it('a failed upgrade leaves the old data as it was, readable, read-only, and reported', async () => {
    await Dexie.delete('broken');
    await writeV1('broken', [pattern(1), pattern(2), pattern(3)]);
    const broken: SchemaVersion = {
      version: 2,
      stores: { patterns: 'id, time, [category+time], site, outcome' },
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
