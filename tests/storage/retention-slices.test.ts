import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { applyRetention, type RetentionOptions } from '@/utils/background/maintenance';
import { getDb } from '@/utils/storage/db';
import { buildRollupRows, rollupConsistent } from '@/utils/storage/rollup';
import { checkin, DAY, NOW, pattern, resetAll, trust } from './helpers';

beforeEach(resetAll);

/**
 * A history with work for every step: patterns over 300 days (some older than 60 days, more
 * than the cap), trust entries older than the period and over their cap, check-ins over theirs.
 * Same-time patterns on purpose, so the cap's "oldest first" has ties to break the same way.
 */
async function seed(): Promise<void> {
  const db = await getDb();
  const patterns = Array.from({ length: 500 }, (_, i) => pattern(i, i % 50 === 0 ? { time: NOW - 10 * DAY } : {}));
  await db.patterns.bulkPut(patterns);
  await db.patternDays.bulkPut(buildRollupRows(patterns));
  await db.trust.bulkPut(Array.from({ length: 90 }, (_, i) => trust(i, i % 9 === 0 ? { time: NOW - 70 * DAY } : {})));
  await db.checkins.bulkPut(Array.from({ length: 40 }, (_, i) => checkin(i)));
}

const OPTIONS: RetentionOptions = { retentionDays: 60, now: NOW, maxPatterns: 77, maxTrust: 50, maxCheckins: 33 };

/** Everything a user could see of the history afterwards. */
async function snapshot() {
  const db = await getDb();
  return {
    patterns: await db.patterns.toCollection().primaryKeys(),
    days: await db.patternDays.orderBy('day').toArray(),
    trust: await db.trust.toCollection().primaryKeys(),
    checkins: await db.checkins.toCollection().primaryKeys(),
  };
}

/** The rollup agrees with the log: same rows as built from scratch, day totals sum to the row count. */
async function expectConsistent(): Promise<void> {
  const db = await getDb();
  const days = await db.patternDays.orderBy('day').toArray();
  expect(days).toEqual(buildRollupRows(await db.patterns.toArray()));
  expect(days.reduce((n, d) => n + d.total, 0)).toBe(await db.patterns.count());
  expect(await rollupConsistent(db.patterns, db.patternDays)).toBe(true);
}

describe('retention and caps in bounded slices', () => {
  it('removes exactly what one big transaction removes, and the rollup total equals the rows left', async () => {
    await seed();
    const db = await getDb();
    const whole = await applyRetention(db, { ...OPTIONS, batch: 1_000_000 });
    const expected = await snapshot();
    expect(expected.patterns).toHaveLength(77);
    expect(expected.trust).toHaveLength(50);
    expect(expected.checkins).toHaveLength(33);

    await resetAll();
    await seed();
    const sliced = await applyRetention(await getDb(), { ...OPTIONS, batch: 7 });
    expect(sliced).toEqual(whole);
    expect(await snapshot()).toEqual(expected);
    await expectConsistent();
  });

  it('never removes more than a batch in one transaction, and lets other work run in between', async () => {
    await seed();
    const db = await getDb();
    const before = { patterns: await db.patterns.count(), trust: await db.trust.count(), checkins: await db.checkins.count() };
    const sizes: number[] = [];
    let last = before;
    await applyRetention(db, {
      ...OPTIONS,
      batch: 25,
      between: async () => {
        const now = { patterns: await db.patterns.count(), trust: await db.trust.count(), checkins: await db.checkins.count() };
        sizes.push(last.patterns - now.patterns + last.trust - now.trust + last.checkins - now.checkins);
        last = now;
      },
    });
    expect(Math.max(...sizes)).toBe(25);
    expect(sizes.length).toBeGreaterThan((500 - 77) / 25);
  });

  it('stopped between two slices, leaves consistent data; the next run finishes the same way', async () => {
    await seed();
    const db = await getDb();
    const whole = await applyRetention(db, { ...OPTIONS, batch: 1_000_000 });
    const expected = await snapshot();
    await resetAll();
    await seed();

    let slices = 0;
    const stopped = applyRetention(await getDb(), {
      ...OPTIONS,
      batch: 40,
      between: async () => {
        if (++slices === 5) throw new Error('the service worker stopped');
      },
    });
    await expect(stopped).rejects.toThrow('the service worker stopped');
    const partway = await getDb();
    expect(await partway.patterns.count()).toBeLessThan(500);
    expect(await partway.patterns.count()).toBeGreaterThan(77);
    await expectConsistent();

    const rest = await applyRetention(partway, { ...OPTIONS, batch: 40 });
    expect(rest.removedOld + rest.removedOverCap).toBeLessThan(whole.removedOld + whole.removedOverCap);
    expect(await snapshot()).toEqual(expected);
    await expectConsistent();
  });

  it('has nothing to do on a history within its period and caps', async () => {
    const db = await getDb();
    await db.patterns.bulkPut([pattern(1, { time: NOW - DAY })]);
    await db.patternDays.bulkPut(buildRollupRows([pattern(1, { time: NOW - DAY })]));
    expect(await applyRetention(db, { retentionDays: 365, now: NOW })).toEqual({ removedOld: 0, removedOverCap: 0 });
    await expectConsistent();
  });
});
