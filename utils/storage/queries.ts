/**
 * Read-only queries for extension pages (popup, options). They open the history database
 * directly — same extension origin as the background — and never write.
 *
 * Every query walks an index: [category+time] when categories are given, time otherwise, so
 * filtering 100,000 entries by category and date range reads only the matching rows
 * (scripts/bench-data.ts measures it).
 */
import type { Category } from '../analysis/types';
import { getDb, type AttuneDb } from './db';
import type { CheckinEntry, NotAPatternEntry, Outcome, PatternEntry, TrustEntry } from './records';

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
 * Patterns-log entries matching `q`, newest first (ties: id descending). A range is read in one
 * getAll through its index and filtered in memory — much faster than a cursor with a filter;
 * only an unfiltered query with a limit walks a cursor, and only for `limit` rows.
 */
export async function queryPatterns(q: PatternQuery = {}, db?: AttuneDb): Promise<PatternEntry[]> {
  const d = db ?? (await getDb());
  const [from, to] = bounds(q);
  const limit = q.limit ?? Infinity;
  const sites = q.sites?.length ? new Set(q.sites) : null;
  const outcomes = q.outcomes?.length ? new Set(q.outcomes) : null;
  const needsFilter = Boolean(sites || outcomes);
  const keep = (e: PatternEntry) => (!sites || sites.has(e.site)) && (!outcomes || outcomes.has(e.outcome));

  const read = async (index: string, lower: unknown, upper: unknown): Promise<PatternEntry[]> => {
    if (!needsFilter && Number.isFinite(limit)) {
      return d.patterns.where(index).between(lower, upper, true, true).reverse().limit(limit).toArray();
    }
    const rows = (await getAllInRange(d, index, lower, upper)).reverse();
    const kept = needsFilter ? rows.filter(keep) : rows;
    return Number.isFinite(limit) ? kept.slice(0, limit) : kept;
  };

  if (q.categories?.length) {
    const parts = await Promise.all(
      [...new Set(q.categories)].map((category) => read('[category+time]', [category, from], [category, to])),
    );
    if (parts.length === 1) return parts[0];
    const merged = parts.flat().sort((a, b) => b.time - a.time || (a.id < b.id ? 1 : -1));
    return Number.isFinite(limit) ? merged.slice(0, limit) : merged;
  }
  return read('time', from, to);
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
