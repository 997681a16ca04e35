import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { dataHandlers } from '@/utils/background/handlers';
import { applyRetention, MAX_NOT_A_PATTERN } from '@/utils/background/maintenance';
import { startupMaintenance } from '@/utils/background/data-service';
import * as writes from '@/utils/background/writes';
import { getDb } from '@/utils/storage/db';
import { notAPatternMirrorItem, revisionItem } from '@/utils/storage/revision';
import { updateSettings } from '@/utils/storage/settings';
import { checkin, DAY, NOW, notAPattern, pattern, resetAll, trust } from './helpers';
import { REFLECT_MESSAGE } from '@/utils/background/reflect-host';

beforeEach(resetAll);

describe('background data handlers', () => {
  it('answer every message of the protocol that goes to the background', async () => {
    const src = await import('node:fs').then((fs) => fs.readFileSync('utils/messaging/protocol.ts', 'utf8'));
    const toBackground = src.slice(src.indexOf('to the background'), src.indexOf("to a tab's content script"));
    const names = [...toBackground.matchAll(/^\s+(\w+)\(/gm)].map((m) => m[1]);
    expect(names.length).toBeGreaterThan(5);
    expect([...Object.keys(dataHandlers), REFLECT_MESSAGE].sort()).toEqual(names.sort());
  });

  it('logPattern stores the entry, bumps the revision, and is idempotent by id', async () => {
    const before = await revisionItem.getValue();
    await dataHandlers.logPattern(pattern(1));
    await dataHandlers.logPattern(pattern(1)); // a retry after the worker died mid-write
    const db = await getDb();
    expect(await db.patterns.toArray()).toEqual([pattern(1)]);
    expect(await revisionItem.getValue()).toBeGreaterThan(before);
  });

  it('rejects a malformed entry with every problem named, storing nothing', async () => {
    await expect(dataHandlers.logPattern({ ...pattern(1), time: 'now', category: 'rude' } as never)).rejects.toThrow(
      'Not saved: pattern.time: expected a date (number), got "now"; pattern.category: expected one of "rushed-fix", "assumption", "outsourcing", "reflective", got "rude"',
    );
    expect(await (await getDb()).patterns.count()).toBe(0);
  });

  it('drops a draft snippet unless the user opted in', async () => {
    await dataHandlers.logPattern(pattern(1, { snippet: 'the whole draft' }));
    expect((await (await getDb()).patterns.get('p-1'))?.snippet).toBeUndefined();
    await updateSettings({ storeSnippets: true });
    await dataHandlers.logPattern(pattern(2, { snippet: 'the whole draft' }));
    expect((await (await getDb()).patterns.get('p-2'))?.snippet).toBe('the whole draft');
  });

  it('stores trust entries and check-ins; deletes patterns by id', async () => {
    await dataHandlers.logTrust(trust(1));
    await dataHandlers.saveCheckin(checkin(1));
    await Promise.all([1, 2, 3].map((i) => dataHandlers.logPattern(pattern(i))));
    await dataHandlers.deletePatterns(['p-1', 'p-3', 'not-there']);
    const db = await getDb();
    expect(await db.trust.toArray()).toEqual([trust(1)]);
    expect(await db.checkins.toArray()).toEqual([checkin(1)]);
    expect(await db.patterns.toCollection().primaryKeys()).toEqual(['p-2']);
  });

  it('many concurrent writes bump the revision at least once after the last commit', async () => {
    const seen: number[] = [];
    revisionItem.watch((v) => seen.push(v));
    await Promise.all(Array.from({ length: 50 }, (_, i) => dataHandlers.logPattern(pattern(i))));
    expect(await (await getDb()).patterns.count()).toBe(50);
    await new Promise((r) => setTimeout(r, 20));
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.at(-1)).toBe(await revisionItem.getValue());
  });

  it('keeps the content scripts\' not-a-pattern mirror in step, bounded', async () => {
    await dataHandlers.addNotAPattern(notAPattern('calm down'));
    await dataHandlers.addNotAPattern(notAPattern('advice-should', { kind: 'reason' }));
    expect(await notAPatternMirrorItem.getValue()).toEqual(['advice-should', 'calm down']);
    await dataHandlers.removeNotAPattern('calm down');
    expect(await notAPatternMirrorItem.getValue()).toEqual(['advice-should']);

    const db = await getDb();
    await db.notAPattern.bulkPut(Array.from({ length: MAX_NOT_A_PATTERN }, (_, i) => notAPattern(`p${i}`)));
    await expect(dataHandlers.addNotAPattern(notAPattern('one too many'))).rejects.toThrow(/list is full \(5000 entries\)/);
    await dataHandlers.addNotAPattern(notAPattern('p1')); // re-adding an existing one is fine
  });

  it('start-up heals a mirror left stale by a worker that died between commit and mirror write', async () => {
    const db = await getDb();
    await db.notAPattern.put(notAPattern('just ignore them'));
    await notAPatternMirrorItem.setValue([]);
    await startupMaintenance();
    expect(await notAPatternMirrorItem.getValue()).toEqual(['just ignore them']);
  });

  it('deleteAllData clears every table and the mirror, keeps settings', async () => {
    await updateSettings({ sensitivity: 'gentle' });
    await dataHandlers.logPattern(pattern(1));
    await dataHandlers.logTrust(trust(1));
    await dataHandlers.saveCheckin(checkin(1));
    await dataHandlers.addNotAPattern(notAPattern('x'));
    await dataHandlers.deleteAllData();
    expect(await dataHandlers.storageUsage()).toMatchObject({ counts: { patterns: 0, trust: 0, checkins: 0, notAPattern: 0 } });
    expect(await notAPatternMirrorItem.getValue()).toEqual([]);
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toMatchObject({ sensitivity: 'gentle' });
  });

  it('storageUsage reports counts and the origin\'s estimate', async () => {
    vi.stubGlobal('navigator', { storage: { estimate: async () => ({ usage: 1234, quota: 99999 }) } });
    await dataHandlers.logPattern(pattern(1));
    expect(await dataHandlers.storageUsage()).toEqual({
      bytes: 1234,
      quotaBytes: 99999,
      counts: { patterns: 1, trust: 0, checkins: 0, notAPattern: 0 },
    });
    vi.unstubAllGlobals();
  });

  it('a write that fails inside its transaction leaves nothing behind', async () => {
    const db = await getDb();
    await db.patterns.bulkPut([pattern(1), pattern(2)]);
    const bulkDelete = vi.spyOn(db.patterns, 'bulkDelete').mockRejectedValueOnce(new Error('worker terminated'));
    await expect(dataHandlers.deletePatterns(['p-1'])).rejects.toThrow('worker terminated');
    expect(await db.patterns.count()).toBe(2);
    bulkDelete.mockRestore();
  });
});

describe('retention and caps', () => {
  it('removes history older than retentionDays from every history table, keeps not-a-pattern', async () => {
    const db = await getDb();
    await db.patterns.bulkPut([pattern(1, { time: NOW - 10 * DAY }), pattern(2, { time: NOW - 400 * DAY })]);
    await db.trust.bulkPut([trust(1, { time: NOW - 400 * DAY })]);
    await db.checkins.bulkPut([checkin(1, { time: NOW - 29 * DAY }), checkin(2, { time: NOW - 31 * DAY })]);
    await db.notAPattern.put(notAPattern('old', { time: NOW - 999 * DAY }));
    const result = await applyRetention(db, { retentionDays: 30, now: NOW });
    expect(result).toEqual({ removedOld: 3, removedOverCap: 0 });
    expect(await db.patterns.toCollection().primaryKeys()).toEqual(['p-1']);
    expect(await db.checkins.toCollection().primaryKeys()).toEqual(['c-1']);
    expect(await db.notAPattern.count()).toBe(1);
  });

  it('caps the patterns log, pruning the oldest', async () => {
    const db = await getDb();
    await db.patterns.bulkPut(Array.from({ length: 120 }, (_, i) => pattern(i, { time: NOW - i * 1000 })));
    const result = await applyRetention(db, { retentionDays: 365, now: NOW, maxPatterns: 100 });
    expect(result.removedOverCap).toBe(20);
    expect(await db.patterns.count()).toBe(100);
    expect(await db.patterns.get('p-119')).toBeUndefined();
    expect(await db.patterns.get('p-99')).toBeDefined();
  });

  it('runs on start with the user\'s retention setting', async () => {
    await updateSettings({ retentionDays: 7 });
    const db = await getDb();
    await db.patterns.bulkPut([pattern(1, { time: Date.now() - 8 * DAY }), pattern(2, { time: Date.now() })]);
    await writes.runMaintenance();
    expect(await db.patterns.toCollection().primaryKeys()).toEqual(['p-2']);
  });
});
