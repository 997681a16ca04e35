/**
 * Read-only queries for extension pages (popup, options). They open the history database
 * directly — same extension origin as the background — and never write.
 *
 * Every query walks an index ([site+time], [category+time] or time), so filtering 100,000
 * entries by category and date range reads only the matching rows. The options page's charts
 * do not read entries at all: they read the daily rollup (queryRollup, rollup.ts).
 * scripts/bench-data.ts measures both.
 */
import type { Category } from '../analysis/types';
import { getDb, type AttuneDb } from './db';
import type { CheckinEntry, NotAPatternEntry, Outcome, PatternEntry, TrustEntry } from './records';
import { buildRollupRows, type PatternDay } from './rollup';

export interface TimeRange {
  /** Epoch ms, inclusive. Default: the beginning. */
  from?: number;
  /** Epoch ms, inclusive. Default: no end. */
  to?: number;
  /** At most this many, newest first. Default: all. */
  limit?: number;
}

export interface PatternQuery extends TimeRange {
  /** Only these categories (empty or missing: all). */
  categories?: readonly Category[];
  /** Only these site hosts (empty or missing: all). */
  sites?: readonly string[];
  outcomes?: readonly Outcome[];
}

const bounds = (r: TimeRange): [number, number] => [r.from ?? -Infinity, r.to ?? Infinity];

/**
 * Patterns-log entries matching `q`, newest first (ties: id descending).
 *
 * Why not simply Dexie's `where(…).between(…).and(…).reverse().toArray()`: a Dexie collection
 * with a filter (`.and()`/`.filter()`) or a direction (`.reverse()`) cannot use IndexedDB's
 * getAll — it walks a cursor, one request and one event-loop turn per row, plus Dexie's
 * promise machinery per step. On a 2,052-row category + range that measured ~300 ms against
 * 75–100 ms for one native getAll of the same index range (scripts/bench-data.ts prints both).
 * So:
 *  - without a limit, each index range is read in ONE native getAll and filtered/reversed in
 *    memory;
 *  - with a limit (the options page's entry list: newest 50, "show more"), a reverse cursor is
 *    walked only until `limit` rows match, through the narrowest index: [site+time] when
 *    sites are given (category checked per row; at worst 1 in 4 rejected), [category+time]
 *    when categories are, `time` otherwise.
 */
export async function queryPatterns(q: PatternQuery = {}, db?: AttuneDb): Promise<PatternEntry[]> {
  const d = db ?? (await getDb());
  const [from, to] = bounds(q);
  const limit = q.limit ?? Infinity;
  const categories = q.categories?.length ? new Set<string>(q.categories) : null;
  const sites = q.sites?.length ? new Set(q.sites) : null;
  const outcomes = q.outcomes?.length ? new Set(q.outcomes) : null;
  const newestFirst = (a: PatternEntry, b: PatternEntry) => b.time - a.time || (a.id < b.id ? 1 : -1);

  // Each part: [index, lower, upper, per-row check or null].
  type Part = [string, unknown, unknown, ((e: PatternEntry) => boolean) | null];
  let parts: Part[];
  // A read-only fallback of a version-1 database has no [site+time] index.
  const siteIndex = Boolean(d.patterns.schema.idxByName?.['[site+time]']);
  if (sites && siteIndex) {
    const check = categories || outcomes ? (e: PatternEntry) => (!categories || categories.has(e.category)) && (!outcomes || outcomes.has(e.outcome)) : null;
    parts = [...sites].map((site): Part => ['[site+time]', [site, from], [site, to], check]);
  } else if (categories) {
    const check =
      outcomes || sites ? (e: PatternEntry) => (!outcomes || outcomes.has(e.outcome)) && (!sites || sites.has(e.site)) : null;
    parts = [...categories].map((c): Part => ['[category+time]', [c, from], [c, to], check]);
  } else {
    const check =
      outcomes || sites ? (e: PatternEntry) => (!outcomes || outcomes.has(e.outcome)) && (!sites || sites.has(e.site)) : null;
    parts = [['time', from, to, check]];
  }

  const read = async ([index, lower, upper, check]: Part): Promise<PatternEntry[]> => {
    if (Number.isFinite(limit)) {
      const coll = d.patterns.where(index).between(lower, upper, true, true).reverse();
      return (check ? coll.filter(check) : coll).limit(limit).toArray();
    }
    const rows = (await getAllInRange(d, index, lower, upper)).reverse();
    return check ? rows.filter(check) : rows;
  };
  const got = await Promise.all(parts.map(read));
  const merged = got.length === 1 ? got[0] : got.flat().sort(newestFirst);
  return Number.isFinite(limit) ? merged.slice(0, limit) : merged;
}

export interface DayRange {
  /** First local day number, inclusive. Default: the beginning. */
  fromDay?: number;
  /** Last local day number, inclusive. Default: no end. */
  toDay?: number;
}

/** The daily rollup (rollup.ts) for a range of local days, oldest first: one getAll of ≤ ~365 rows a year. */
export async function queryRollup(range: DayRange = {}, db?: AttuneDb): Promise<PatternDay[]> {
  const d = db ?? (await getDb());
  const from = range.fromDay ?? -Infinity;
  const to = range.toDay ?? Infinity;
  if (!d.patternDays) {
    // A read-only fallback of a version-1 database (a failed upgrade): summarise the entries.
    const rows = buildRollupRows(await d.patterns.toArray());
    return rows.filter((r) => r.day >= from && r.day <= to);
  }
  if (from === -Infinity && to === Infinity) return d.patternDays.toArray();
  return d.patternDays.where('day').between(from, to, true, true).toArray();
}

/**
 * One native getAll over an index range. Dexie's toArray() does the same through its
 * middleware stack; calling IndexedDB directly measured several times faster on 100,000 rows
 * in Chromium (scripts/bench-data.ts). Falls back to Dexie if the native call is unavailable.
 */
async function getAllInRange(d: AttuneDb, index: string, lower: unknown, upper: unknown): Promise<PatternEntry[]> {
  const clamp = (k: unknown) => (Array.isArray(k) ? k.map((v) => (v === Infinity ? Number.MAX_VALUE : v === -Infinity ? -Number.MAX_VALUE : v)) : k === Infinity ? Number.MAX_VALUE : k === -Infinity ? -Number.MAX_VALUE : k);
  try {
    const idb = d.backendDB();
    const range = IDBKeyRange.bound(clamp(lower), clamp(upper));
    return await new Promise<PatternEntry[]>((resolve, reject) => {
      const request = idb.transaction('patterns', 'readonly').objectStore('patterns').index(index).getAll(range);
      request.onsuccess = () => resolve(request.result as PatternEntry[]);
      request.onerror = () => reject(request.error);
    });
  } catch {
    return d.patterns.where(index).between(lower, upper, true, true).toArray();
  }
}

export async function countPatternsByCategory(
  range: TimeRange = {},
  categories: readonly Category[] = ['rushed-fix', 'assumption', 'outsourcing', 'reflective'],
  db?: AttuneDb,
): Promise<Record<Category, number>> {
  const d = db ?? (await getDb());
  const [from, to] = bounds(range);
  const counts = await Promise.all(
    categories.map((c) => d.patterns.where('[category+time]').between([c, from], [c, to], true, true).count()),
  );
  const out = { 'rushed-fix': 0, assumption: 0, outsourcing: 0, reflective: 0 } as Record<Category, number>;
  categories.forEach((c, i) => (out[c] = counts[i]));
  return out;
}

async function byTime<T>(table: 'trust' | 'checkins', range: TimeRange, db?: AttuneDb): Promise<T[]> {
  const d = db ?? (await getDb());
  const [from, to] = bounds(range);
  const coll = d.table(table).where('time').between(from, to, true, true).reverse();
  return (range.limit !== undefined ? coll.limit(range.limit) : coll).toArray() as Promise<T[]>;
}

/** Trust-bank entries in a date range, newest first. */
export function listTrust(range: TimeRange = {}, db?: AttuneDb): Promise<TrustEntry[]> {
  return byTime<TrustEntry>('trust', range, db);
}

/** Check-ins in a date range, newest first. */
export function listCheckins(range: TimeRange = {}, db?: AttuneDb): Promise<CheckinEntry[]> {
  return byTime<CheckinEntry>('checkins', range, db);
}

/** The not-a-pattern list, newest first. */
export async function listNotAPattern(db?: AttuneDb): Promise<NotAPatternEntry[]> {
  const d = db ?? (await getDb());
  const all = await d.notAPattern.toArray();
  return all.sort((a, b) => b.time - a.time || (a.value < b.value ? -1 : 1));
}

export interface Counts {
  patterns: number;
  trust: number;
  checkins: number;
  notAPattern: number;
}

export async function countAll(db?: AttuneDb): Promise<Counts> {
  const d = db ?? (await getDb());
  const [patterns, trust, checkins, notAPattern] = await Promise.all([
    d.patterns.count(),
    d.trust.count(),
    d.checkins.count(),
    d.notAPattern.count(),
  ]);
  return { patterns, trust, checkins, notAPattern };
}
