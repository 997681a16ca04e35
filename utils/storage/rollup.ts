/**
 * The patterns log's daily rollup: table `patternDays`, one row per local calendar day, holding
 * every count the options page's charts and insights need (by category, site, hour, outcome and
 * phrase). A year is ~365 small rows instead of 100,000 entries, so the Patterns section reads
 * the rollup and only the entry list fetches full rows (newest N, paginated).
 *
 * Kept by the background (the only writer) in the SAME Dexie transaction as every change to
 * `patterns`: log (including an outcome change = the same id put again), delete, import,
 * retention/caps and delete-all. `rebuildRollup()` recomputes it from `patterns`: used by the
 * schema upgrade that introduced it (db.ts, version 2) and as a repair when `rollupConsistent()`
 * finds the counts disagree with the patterns table (checked on worker start).
 *
 * Days are local calendar days (days since 1970-01-01 in the writer's time zone, like
 * utils/insights/calendar.ts); hours are local too. Everything here is pure except the
 * functions taking tables.
 */
import type { Collection, Table } from 'dexie';
import type { Category } from '../analysis/types';
import type { Outcome, PatternEntry } from './records';

const DAY_MS = 86_400_000;

/** Counts for one (day, category, site). */
export interface RollupCell {
  /** Entries. */
  n: number;
  /** Entries per local hour, 24 numbers. */
  h: number[];
  /** Entries per outcome (missing: 0). */
  o: Partial<Record<Outcome, number>>;
  /** Entries per triggering phrase. */
  p: Record<string, number>;
}

/** One local day of the patterns log. */
export interface PatternDay {
  /** Local calendar day number (1970-01-01 → 0); the primary key. */
  day: number;
  /** Entries that day, all categories and sites. */
  total: number;
  /** category → site host → counts. */
  buckets: Partial<Record<Category, Record<string, RollupCell>>>;
}

/** Local calendar day number of an epoch-ms time (DST-proof: built from y/m/d). */
export function localDay(time: number): number {
  const d = new Date(time);
  return Math.round(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / DAY_MS);
}

/** Local midnight (epoch ms) of a day number. */
export function startOfLocalDay(day: number): number {
  const d = new Date(day * DAY_MS);
  return new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()).getTime();
}

const emptyCell = (): RollupCell => ({ n: 0, h: new Array<number>(24).fill(0), o: {}, p: {} });

/** Adds (sign 1) or removes (sign -1) one entry's counts from a day row. */
export function applyEntry(row: PatternDay, e: PatternEntry, sign: 1 | -1): void {
  const byCat = (row.buckets[e.category] ??= {});
  const cell = (byCat[e.site] ??= emptyCell());
  const hour = new Date(e.time).getHours();
  cell.n += sign;
  cell.h[hour] += sign;
  cell.o[e.outcome] = (cell.o[e.outcome] ?? 0) + sign;
  if (!cell.o[e.outcome]) delete cell.o[e.outcome];
  cell.p[e.phrase] = (cell.p[e.phrase] ?? 0) + sign;
  if (!cell.p[e.phrase]) delete cell.p[e.phrase];
  row.total += sign;
  if (cell.n <= 0) {
    delete byCat[e.site];
    if (!Object.keys(byCat).length) delete row.buckets[e.category];
  }
}

/** Day rows for a set of entries (any order), sorted by day. Pure. */
export function buildRollupRows(entries: Iterable<PatternEntry>): PatternDay[] {
  const rows = new Map<number, PatternDay>();
  for (const e of entries) {
    const day = localDay(e.time);
    let row = rows.get(day);
    if (!row) rows.set(day, (row = { day, total: 0, buckets: {} }));
    applyEntry(row, e, 1);
  }
  return [...rows.values()].sort((a, b) => a.day - b.day);
}

type PatternsTable = Table<PatternEntry, string>;
type DaysTable = Table<PatternDay, number>;

/**
 * Applies added and removed entries to the rollup. Call inside the transaction that changes
 * `patterns` (with `patternDays` in its scope). An outcome change is (removed: old, added: new).
 */
export async function updateRollup(
  days: DaysTable,
  change: { added?: readonly PatternEntry[]; removed?: readonly PatternEntry[] },
): Promise<void> {
  const touched = new Map<number, [PatternEntry, 1 | -1][]>();
  const note = (e: PatternEntry, sign: 1 | -1) => {
    const day = localDay(e.time);
    const list = touched.get(day);
    if (list) list.push([e, sign]);
    else touched.set(day, [[e, sign]]);
  };
  for (const e of change.removed ?? []) note(e, -1);
  for (const e of change.added ?? []) note(e, 1);
  if (!touched.size) return;
  const keys = [...touched.keys()];
  const current = await days.bulkGet(keys);
  const put: PatternDay[] = [];
  const gone: number[] = [];
  keys.forEach((day, i) => {
    const row = current[i] ?? { day, total: 0, buckets: {} };
    for (const [e, sign] of touched.get(day)!) applyEntry(row, e, sign);
    if (row.total > 0) put.push(row);
    else gone.push(day);
  });
  if (put.length) await days.bulkPut(put);
  if (gone.length) await days.bulkDelete(gone);
}

/** Reads `patterns` in primary-key pages (one getAll each), so 100,000 rows never sit in memory at once. */
async function eachPage(patterns: PatternsTable, visit: (rows: PatternEntry[]) => void, pageSize = 20_000): Promise<void> {
  let last: string | null = null;
  for (;;) {
    const coll: Collection<PatternEntry, string> = last === null ? patterns.orderBy(':id') : patterns.where(':id').above(last);
    const rows: PatternEntry[] = await coll.limit(pageSize).toArray();
    if (!rows.length) return;
    visit(rows);
    last = rows[rows.length - 1].id;
    if (rows.length < pageSize) return;
  }
}

/**
 * Recomputes the whole rollup from `patterns` (clear + one bulkPut). Call inside a transaction
 * over both tables — the schema upgrade's, or a 'rw' one — so readers never see it half built.
 * A year of 100,000 entries is ~365 rows.
 */
export async function rebuildRollup(patterns: PatternsTable, days: DaysTable): Promise<number> {
  const rows = new Map<number, PatternDay>();
  await eachPage(patterns, (page) => {
    for (const e of page) {
      const day = localDay(e.time);
      let row = rows.get(day);
      if (!row) rows.set(day, (row = { day, total: 0, buckets: {} }));
      applyEntry(row, e, 1);
    }
  });
  await days.clear();
  if (rows.size) await days.bulkPut([...rows.values()]);
  return rows.size;
}

/**
 * True when the rollup's per-category totals equal the patterns table's (counted through the
 * [category+time] index, no rows read). Cheap enough for every worker start.
 */
export async function rollupConsistent(patterns: PatternsTable, days: DaysTable): Promise<boolean> {
  const fromRollup: Record<string, number> = {};
  await days.each((row) => {
    for (const [category, sites] of Object.entries(row.buckets)) {
      for (const cell of Object.values(sites ?? {})) fromRollup[category] = (fromRollup[category] ?? 0) + cell.n;
    }
  });
  const counted = await patterns.count();
  const rollupTotal = Object.values(fromRollup).reduce((a, b) => a + b, 0);
  if (counted !== rollupTotal) return false;
  for (const [category, n] of Object.entries(fromRollup)) {
    const c = await patterns.where('[category+time]').between([category, -Infinity], [category, Infinity], true, true).count();
    if (c !== n) return false;
  }
  return true;
}
