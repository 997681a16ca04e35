import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/utils/storage/db';
import { countAll, countPatternsByCategory, listCheckins, listNotAPattern, listTrust, queryPatterns } from '@/utils/storage/queries';
import { checkin, DAY, NOW, notAPattern, pattern, resetAll, trust } from './helpers';

beforeEach(resetAll);

describe('read-only queries', () => {
  const all = Array.from({ length: 400 }, (_, i) => pattern(i));
  beforeEach(async () => {
    const db = await getDb();
    await db.patterns.bulkPut(all);
    await db.trust.bulkPut([trust(1), trust(2), trust(3)]);
    await db.checkins.bulkPut([checkin(1), checkin(2)]);
    await db.notAPattern.bulkPut([notAPattern('a', { time: 1 }), notAPattern('b', { time: 2 })]);
  });

  const expected = (keep: (p: (typeof all)[number]) => boolean) =>
    all.filter(keep).sort((a, b) => b.time - a.time).map((p) => p.id);

  it('queryPatterns: everything newest first', async () => {
    expect((await queryPatterns()).map((p) => p.id)).toEqual(expected(() => true));
  });

  it('queryPatterns: categories + date range (the [category+time] index)', async () => {
    const from = NOW - 60 * DAY;
    const to = NOW - 10 * DAY;
    const got = await queryPatterns({ categories: ['assumption', 'outsourcing'], from, to });
    expect(got.map((p) => p.id)).toEqual(expected((p) => ['assumption', 'outsourcing'].includes(p.category) && p.time >= from && p.time <= to));
    expect(got.length).toBeGreaterThan(0);
  });

  it('queryPatterns: sites, outcomes and limit', async () => {
    const got = await queryPatterns({ sites: ['discord.com'], limit: 5 });
    expect(got.map((p) => p.id)).toEqual(expected((p) => p.site === 'discord.com').slice(0, 5));
    const byCat = await queryPatterns({ categories: ['rushed-fix', 'reflective'], sites: ['app.slack.com'], limit: 7 });
    expect(byCat.map((p) => p.id)).toEqual(
      expected((p) => ['rushed-fix', 'reflective'].includes(p.category) && p.site === 'app.slack.com').slice(0, 7),
    );
    expect(await queryPatterns({ outcomes: ['used'] })).toEqual([]);
  });

  it('countPatternsByCategory counts through the index', async () => {
    expect(await countPatternsByCategory()).toEqual({ 'rushed-fix': 100, assumption: 100, outsourcing: 100, reflective: 100 });
  });

  it('lists trust, check-ins and not-a-pattern newest first; counts all', async () => {
    expect((await listTrust()).map((t) => t.id)).toEqual(['t-1', 't-2', 't-3']);
    expect((await listTrust({ from: NOW - 2500, limit: 1 })).map((t) => t.id)).toEqual(['t-1']);
    expect((await listCheckins({ to: NOW - 1500 })).map((c) => c.id)).toEqual(['c-2']);
    expect((await listNotAPattern()).map((n) => n.value)).toEqual(['b', 'a']);
    expect(await countAll()).toEqual({ patterns: 400, trust: 3, checkins: 2, notAPattern: 2 });
  });
});
