/**
 * The Patterns section's numbers, from the patterns log's daily rollup (utils/storage/rollup.ts:
 * one row per local day with counts by category, site, hour, outcome and phrase). Pure and
 * synchronous: a year is ~365 rows, so any filter change re-summarises in a few milliseconds
 * (tests/insights/insights.test.ts, scripts/bench-options.ts). Date ranges are whole local days.
 */
import { ALL_CATEGORIES, type Category } from '../analysis/types';
import type { Outcome, PatternEntry } from '../storage/records';
import { buildRollupRows, localDay, type PatternDay } from '../storage/rollup';
import { firstDayOfWeek, weekOfDay } from './calendar';

export const OUTCOMES: readonly Outcome[] = ['used', 'edited', 'dismissed', 'sent-anyway', 'not-a-pattern', 'shown'];

export interface PatternFilter {
  /** Only these categories (empty or missing: all). */
  categories?: readonly Category[];
  /** Only these site hosts (empty or missing: all). */
  sites?: readonly string[];
  /** Epoch ms; the summary counts from the start of its local day. */
  from?: number;
  /** Epoch ms; the summary counts to the end of its local day. */
  to?: number;
  /** First local day number, inclusive (overrides `from`). */
  fromDay?: number;
  /** Last local day number, inclusive (overrides `to`). */
  toDay?: number;
}

export type CategoryCounts = Record<Category, number>;

export interface Bucket {
  /** Day number (day buckets), the Monday's day number (week buckets) or the hour (hour buckets). */
  day: number;
  counts: CategoryCounts;
  total: number;
}

export interface SiteCount {
  site: string;
  total: number;
  counts: CategoryCounts;
}

export interface PhraseCount {
  phrase: string;
  category: Category;
  count: number;
}

export interface PatternSummary {
  total: number;
  byCategory: CategoryCounts;
  /** Every week from the first to the last of the range, empty ones included. */
  weeks: Bucket[];
  /** Every day of the range's last `maxDays` days. */
  days: Bucket[];
  /** Busiest first. */
  sites: SiteCount[];
  /** 24 entries, local hour 0–23. */
  hours: Bucket[];
  /** Most frequent first. */
  phrases: PhraseCount[];
  outcomes: Record<Outcome, number>;
  /** Outcome counts per category (for insights). */
  outcomesByCategory: Record<Category, Record<Outcome, number>>;
  /** Last 30 days of the range vs the 30 before, per category (for insights). */
  recent: CategoryCounts;
  previous: CategoryCounts;
  /** Every site in the whole log (for the site filter), busiest first. */
  allSites: string[];
  /** First and last day number of the range shown. */
  firstDay: number;
  lastDay: number;
}

export const emptyCounts = (): CategoryCounts => ({ 'rushed-fix': 0, assumption: 0, outsourcing: 0, reflective: 0 });
const emptyOutcomes = (): Record<Outcome, number> => ({
  used: 0,
  edited: 0,
  dismissed: 0,
  'sent-anyway': 0,
  'not-a-pattern': 0,
  shown: 0,
});
const sum = (c: CategoryCounts) => c['rushed-fix'] + c.assumption + c.outsourcing + c.reflective;

export interface SummariseOptions {
  /** "Now": the default end of the range. */
  now?: number;
  /** How many phrases to keep. */
  topPhrases?: number;
  /** The day view's length. */
  maxDays?: number;
}

/** Every site of the rollup, busiest first; cached per loaded array (it ignores the filter). */
const allSitesCache = new WeakMap<readonly PatternDay[], string[]>();
function allSitesOf(days: readonly PatternDay[]): string[] {
  const cached = allSitesCache.get(days);
  if (cached) return cached;
  const totals = new Map<string, number>();
  for (const row of days) {
    for (const bySite of Object.values(row.buckets)) {
      for (const site in bySite) totals.set(site, (totals.get(site) ?? 0) + bySite[site].n);
    }
  }
  const out = [...totals].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([site]) => site);
  allSitesCache.set(days, out);
  return out;
}

/** The day range a filter covers (local day numbers, inclusive; ±Infinity when open). */
export function filterDays(filter: PatternFilter): [number, number] {
  return [
    filter.fromDay ?? (filter.from !== undefined ? localDay(filter.from) : -Infinity),
    filter.toDay ?? (filter.to !== undefined ? localDay(filter.to) : Infinity),
  ];
}

/** Summarises rollup rows (any order) under a filter. */
export function summariseDays(
  days: readonly PatternDay[],
  filter: PatternFilter = {},
  options: SummariseOptions = {},
): PatternSummary {
  const now = options.now ?? Date.now();
  const today = localDay(now);
  const cats = filter.categories?.length ? new Set<string>(filter.categories) : null;
  const sites = filter.sites?.length ? new Set(filter.sites) : null;
  const [fromDay, toDay] = filterDays(filter);
  // The 30-day windows of the insights end at the range's end (or today).
  const refEnd = Math.min(toDay, today);

  let total = 0;
  const byCat = emptyCounts();
  const recent = emptyCounts();
  const previous = emptyCounts();
  const hours: CategoryCounts[] = Array.from({ length: 24 }, emptyCounts);
  const perDay = new Map<number, CategoryCounts>();
  const perSite = new Map<string, CategoryCounts>();
  const perPhrase = new Map<string, number>();
  const outcomesByCategory = {} as Record<Category, Record<Outcome, number>>;
  for (const c of ALL_CATEGORIES) outcomesByCategory[c] = emptyOutcomes();
  let minDay = Infinity;
  let maxDay = -Infinity;

  for (const row of days) {
    const d = row.day;
    if (d < fromDay || d > toDay) continue;
    const window = d > refEnd - 30 && d <= refEnd ? recent : d > refEnd - 60 && d <= refEnd - 30 ? previous : null;
    let dayCounts: CategoryCounts | undefined;
    for (const c of ALL_CATEGORIES) {
      const bySite = row.buckets[c];
      if (!bySite || (cats && !cats.has(c))) continue;
      const outs = outcomesByCategory[c];
      for (const site in bySite) {
        if (sites && !sites.has(site)) continue;
        const cell = bySite[site];
        const n = cell.n;
        if (n <= 0) continue;
        total += n;
        byCat[c] += n;
        if (window) window[c] += n;
        dayCounts ??= perDay.get(d) ?? emptyCounts();
        dayCounts[c] += n;
        let sc = perSite.get(site);
        if (!sc) perSite.set(site, (sc = emptyCounts()));
        sc[c] += n;
        const h = cell.h;
        for (let k = 0; k < 24; k++) if (h[k]) hours[k][c] += h[k];
        for (const o in cell.o) {
          const v = cell.o[o as Outcome]!;
          if (o in outs) outs[o as Outcome] += v;
          else outs.shown += v;
        }
        for (const p in cell.p) {
          const key = `${c}\u0001${p}`;
          perPhrase.set(key, (perPhrase.get(key) ?? 0) + cell.p[p]);
        }
      }
    }
    if (dayCounts) {
      perDay.set(d, dayCounts);
      if (d < minDay) minDay = d;
      if (d > maxDay) maxDay = d;
    }
  }

  const firstDay = Number.isFinite(fromDay) ? fromDay : Number.isFinite(minDay) ? minDay : today;
  const lastDay = Number.isFinite(toDay) ? Math.min(toDay, today) : Math.max(today, Number.isFinite(maxDay) ? maxDay : today);

  const weeks: Bucket[] = [];
  for (let w = weekOfDay(firstDay); w <= weekOfDay(lastDay); w++) {
    const b: Bucket = { day: firstDayOfWeek(w), counts: emptyCounts(), total: 0 };
    for (let d = b.day; d < b.day + 7; d++) {
      const c = perDay.get(d);
      if (!c) continue;
      for (const k of ALL_CATEGORIES) b.counts[k] += c[k];
    }
    b.total = sum(b.counts);
    weeks.push(b);
  }
  const maxDays = options.maxDays ?? 92;
  const dayBuckets: Bucket[] = [];
  for (let d = Math.max(firstDay, lastDay - maxDays + 1); d <= lastDay; d++) {
    const counts = perDay.get(d) ?? emptyCounts();
    dayBuckets.push({ day: d, counts, total: sum(counts) });
  }

  const hourBuckets: Bucket[] = hours.map((counts, h) => ({ day: h, counts, total: sum(counts) }));

  const siteList: SiteCount[] = [...perSite].map(([site, counts]) => ({ site, counts, total: sum(counts) }));
  siteList.sort((a, b) => b.total - a.total || (a.site < b.site ? -1 : 1));

  const phraseList: PhraseCount[] = [...perPhrase].map(([key, count]) => {
    const cut = key.indexOf('\u0001');
    return { phrase: key.slice(cut + 1), category: key.slice(0, cut) as Category, count };
  });
  phraseList.sort((a, b) => b.count - a.count || (a.phrase < b.phrase ? -1 : a.phrase > b.phrase ? 1 : 0));

  const outcomeTotals = emptyOutcomes();
  for (const c of ALL_CATEGORIES) for (const o of OUTCOMES) outcomeTotals[o] += outcomesByCategory[c][o];

  return {
    total,
    byCategory: byCat,
    weeks,
    days: dayBuckets,
    sites: siteList,
    hours: hourBuckets,
    phrases: phraseList.slice(0, options.topPhrases ?? 10),
    outcomes: outcomeTotals,
    outcomesByCategory,
    recent,
    previous,
    allSites: allSitesOf(days),
    firstDay,
    lastDay,
  };
}

/** The same summary from entries (tests, small data): rolls them up by day first. */
export function summarisePatterns(
  entries: readonly PatternEntry[],
  filter: PatternFilter = {},
  options: SummariseOptions = {},
): PatternSummary {
  return summariseDays(buildRollupRows(entries), filter, options);
}

/**
 * Entries matching `filter`, at most `limit`, in the order given (the store's is newest
 * first), for the list under the charts. Stops as soon as it has enough.
 */
export function filterPatterns(entries: readonly PatternEntry[], filter: PatternFilter, limit: number): PatternEntry[] {
  const cats = filter.categories?.length ? new Set(filter.categories) : null;
  const sites = filter.sites?.length ? new Set(filter.sites) : null;
  const from = filter.from ?? -Infinity;
  const to = filter.to ?? Infinity;
  const out: PatternEntry[] = [];
  for (const e of entries) {
    if (e.time < from || e.time > to || (cats && !cats.has(e.category)) || (sites && !sites.has(e.site))) continue;
    out.push(e);
    if (out.length >= limit) break;
  }
  return out;
}
